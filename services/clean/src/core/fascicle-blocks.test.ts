// Lines of a budget fascicle (A/81/6 (Sect. 24), pages 22, 32 and 45, as the fetch stage lays
// them out) that only their layout or their shape tells apart: headings over three lines, a
// chart's caption and the heading under the chart, a figure's number after a page break.
import type { PdfLayout, PdfLayoutLine } from '@palermo/contracts';
import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text.ts';

type Printed = [string, PdfLayoutLine['kind'], number, number, number]; // text, kind, size, x, y

const clean = (pages: Printed[][]): string[] => {
  const text = pages.map((lines) => lines.map(([line]) => line).join('\n')).join('\f');
  const layout: PdfLayout = { pages: pages.map((lines) => ({ lines: lines.map(([, kind, fontSize, x, y]) => ({ kind, fontSize, x, y })) })) };
  return cleanText(text, { mediaType: 'application/pdf', layout }).text.split('\n\n');
};

// Page 45: the heading's one line is full; the next heading stands 18 points under it, not 12.
const PAGE_45: Printed[] = [
  ['Result 3: improved access of persons with disabilities to the work of the Human Rights Council', 'text', 9.96, 123.14, 337.97],
  ['Proposed programme plan for 2027', 'text', 9.96, 123.14, 355.97],
  ['24.95 The subprogramme strives to improve the access of persons with disabilities to the work of the', 'text', 9.96, 86.78, 373.97],
  ['Human Rights Council. Through its sustained support for the work of the task force for accessibility', 'text', 9.96, 123.14, 385.97],
];

// Page 32: a figure's caption, the chart's labels, then the next result's heading.
const PAGE_32: Printed[] = [
  ['Figure 24.IV', 'text', 9.96, 59.76, 259.97],
  ['Performance measure: number of countries that have shared practices on implementation, reporting and', 'text', 9.96, 59.76, 271.97],
  ['follow up to the international human rights mechanisms through the knowledge hub (cumulative)', 'text', 9.96, 59.76, 283.97],
  ['70', 'chart', 8.52, 57.72, 308.81],
  ['2027', 'chart', 8.52, 498.38, 434.88],
  ['Result 2: improved access by State Parties and stakeholders to the recommendations of treaty', 'text', 9.96, 123.14, 477.79],
  ['bodies to facilitate their implementation', 'text', 9.96, 123.14, 489.79],
  ['Programme performance in 2025 and target for 2027', 'text', 9.96, 123.14, 507.79],
];

describe('a fascicle\'s headings and captions', () => {
  it('keeps a heading apart from the heading set a block\'s gap under it, the lines of each joined', () => {
    const blocks = clean([PAGE_45]);
    expect(blocks.slice(0, 2)).toEqual(['Result 3: improved access of persons with disabilities to the work of the Human Rights Council', 'Proposed programme plan for 2027']);
    expect(blocks[2]).toMatch(/^24\.95 The subprogramme strives .* Through its sustained support/);
  });

  it('keeps a chart\'s caption apart from the heading under the chart', () => {
    const blocks = clean([PAGE_32]);
    expect(blocks).toContain(
      'Performance measure: number of countries that have shared practices on implementation, reporting and follow up to the international human rights mechanisms through the knowledge hub (cumulative)',
    );
    expect(blocks).toContain('Result 2: improved access by State Parties and stakeholders to the recommendations of treaty bodies to facilitate their implementation');
  });

  it('opens a block on a figure\'s number at the top of a page, after the paragraph that announced it', () => {
    // Page 21 ends on paragraph 24.37 (its footer removed); page 22 opens on the figure.
    const blocks = clean([
      [['24.37 Progress towards the objective is presented in the performance measure below (see figure 24.I).', 'text', 9.96, 86.78, 700]],
      [
        ['Figure 24.I', 'text', 9.96, 59.76, 481.99],
        ['Performance measure: number of Member States and stakeholders that have been certified to', 'text', 9.96, 59.76, 493.99],
      ],
    ]);
    expect(blocks[0]).toBe('24.37 Progress towards the objective is presented in the performance measure below (see figure 24.I).');
    expect(blocks[1]).toBe('Figure 24.I');
  });
});
