// Chart labels on lines of a real page: A/81/6 (Sect. 24), page 28, figure 24.II (a grouped bar
// chart: its axis 200…0 right-aligned at x 78.3, the bars' values on the axis's lines, a legend).
import { describe, expect, it } from 'vitest';
import { findChartLines } from './pdf-charts.ts';
import { line } from '../testing/layout-line.ts';

const PAGE_28 = [
  line(108.5, 9.96, [[59.8, 292.5, 'descent, Indigenous Peoples and minorities (annual)']]),
  line(131.1, 8.52, [[65.5, 78.3, '200']]),
  line(145.4, 8.52, [[65.5, 78.3, '180']]),
  line(159.7, 8.54, [[65.5, 78.3, '160']]),
  line(174.1, 8.52, [[65.5, 78.3, '140']]),
  line(183.3, 8.52, [[195.6, 208.5, '104'], [228.3, 241.2, '104'], [392.7, 405.6, '105']]),
  line(188.4, 8.52, [[65.5, 78.3, '120'], [130.2, 143.1, '100']]),
  line(202.8, 8.54, [[65.5, 78.3, '100']]),
  line(213.5, 8.54, [[295.8, 304.4, '44'], [329.6, 338.2, '68'], [393.9, 402.5, '44']]),
  line(216.1, 8.52, [[69.8, 78.3, '80'], [132.3, 140.9, '41'], [197.7, 206.3, '44'], [230.4, 239.0, '46']]),
  line(231.5, 8.52, [[69.8, 78.3, '60']]),
  line(245.8, 8.52, [[69.8, 78.3, '40']]),
  line(253.0, 8.52, [[134.5, 143.1, '59'], [197.7, 206.3, '60'], [232.6, 241.2, '58'], [295.8, 304.4, '61'], [393.9, 402.5, '61']]),
  line(257.7, 8.52, [[69.8, 78.3, '20'], [493.1, 501.6, '48']]),
  line(262.4, 8.52, [[102.9, 107.2, '–'], [330.7, 339.3, '35']]),
  line(265.3, 8.52, [[429.8, 434.1, '–'], [527.9, 532.2, '–']]),
  line(274.5, 8.52, [[74.1, 78.4, '0']]),
  line(302.4, 8.52, [[180.8, 242.4, 'Women (planned)'], [260.6, 315.6, 'Women (actual)'], [333.9, 384.1, 'Men (planned)'], [402.4, 446.0, 'Men (actual)']]),
  line(329.6, 9.96, [[123.1, 527.7, 'Result 2: improved understanding by Member States and other stakeholders of the human']]),
];

describe('a grouped bar chart, its values set on the lines of its axis', () => {
  it('is a chart from the axis to the legend: the caption above and the heading below are not', () => {
    const chart = findChartLines(PAGE_28);
    expect(PAGE_28.filter((l) => chart.has(l)).map((l) => l.y)).toEqual(PAGE_28.slice(1, -1).map((l) => l.y));
  });
});
