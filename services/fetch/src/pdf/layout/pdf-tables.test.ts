// Table finding on lines of a real page: A/81/6 (Sect. 24), page 29, table 24.13 (a performance
// measure: years across in 6.96 points, dashes under three of them, a few words under two).
import { describe, expect, it } from 'vitest';
import { findTables, tableRows } from './pdf-tables.ts';
import { line } from '../testing/layout-line.ts';

const PAGE_29 = [
  line(348.5, 9.96, [[59.8, 108.9, 'Table 24.13']]),
  line(360.5, 9.96, [[59.8, 158.0, 'Performance measure']]),
  line(385.9, 6.96, [[59.8, 101.0, '2023 (actual)'], [165.5, 206.7, '2024 (actual)'], [264.1, 305.3, '2025 (actual)'], [364.9, 411.5, '2026 (planned)'], [461.3, 507.9, '2027 (planned)']]),
  line(408.8, 9.96, [[59.8, 64.7, '–'], [165.5, 170.5, '–'], [264.1, 269.0, '–'], [364.9, 431.8, 'Member States,'], [461.3, 545.5, 'Additional Member']]),
  line(420.8, 9.96, [[364.9, 435.2, 'pursuant to their'], [461.3, 531.4, 'States adopt and']]),
  line(432.8, 9.96, [[364.9, 415.1, 'requests for'], [461.3, 506.7, 'implement']]),
  line(444.8, 9.96, [[364.9, 436.0, 'support, develop'], [461.3, 527.0, 'evidence-based']]),
  line(456.8, 9.96, [[364.9, 430.6, 'evidence-based'], [461.3, 545.7, 'anti-racism policies']]),
  line(468.8, 9.96, [[364.9, 449.4, 'anti-racism policies'], [461.3, 505.4, 'and action']]),
  line(480.8, 9.96, [[364.9, 409.0, 'and action']]),
  line(516.5, 12, [[123.1, 190.3, 'Deliverables']]),
];

describe('a performance measure whose cells start under its head of years', () => {
  it('is one table, from the years to the last wrapped line, the caption and the heading after it left out', () => {
    const tables = findTables(PAGE_29);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.lines.map((l) => l.y)).toEqual([385.9, 408.8, 420.8, 432.8, 444.8, 456.8, 468.8, 480.8]);
    const rows = tableRows(tables[0]!).map((row) => row.cells);
    expect(rows[0]).toEqual(['2023 (actual)', '2024 (actual)', '2025 (actual)', '2026 (planned)', '2027 (planned)']);
    // The cells' lines stand 12 points apart (1.2 font sizes): one row, each cell whole.
    expect(rows).toEqual([
      ['2023 (actual)', '2024 (actual)', '2025 (actual)', '2026 (planned)', '2027 (planned)'],
      ['–', '–', '–', 'Member States, pursuant to their requests for support, develop evidence-based anti-racism policies and action', 'Additional Member States adopt and implement evidence-based anti-racism policies and action'],
    ]);
  });

  it('is no table when a line below starts under none of the head cells', () => {
    const shifted = PAGE_29.map((l) => (l.y === 444.8 ? line(444.8, 9.96, [[300.0, 360.0, 'support, develop'], [461.3, 527.0, 'evidence-based']]) : l));
    expect(findTables(shifted)).toHaveLength(0);
  });
});

// A/81/6 (Sect. 24), page 27, table 24.11: three items in the first column, two in the last, each
// item's lines 12 points apart, items 18 apart, the two columns' lines on baselines of their own.
const PAGE_27 = [
  line(387.4, 6.96, [[59.8, 101.0, '2023 (actual)'], [231.2, 272.4, '2024 (actual)'], [395.4, 436.6, '2025 (actual)']]),
  line(410.4, 9.96, [[59.8, 194.8, 'Human Rights Council adopted'], [231.2, 236.1, '–'], [395.4, 530.4, 'Human Rights Council adopted']]),
  line(422.4, 9.96, [[59.8, 218.3, 'resolution 52/24 on the human rights'], [395.4, 537.9, 'resolution 60/26 on human rights']]),
  line(434.5, 9.96, [[59.8, 176.3, 'implications of drug policy'], [395.4, 511.9, 'implications of drug policy']]),
  line(452.5, 9.96, [[59.8, 215.9, 'Pakistan abolished the death penalty'], [395.4, 532.8, 'Brazil rolled out programmes to']]),
  line(464.5, 9.96, [[59.8, 125.8, 'for drug crimes'], [395.4, 535.5, 'address racial justice in drug use']]),
  line(476.5, 9.96, [[395.4, 505.2, 'prevention, treatment and']]),
  line(482.5, 9.96, [[59.8, 218.2, 'Colombia adopted a new drug policy']]),
  line(488.5, 9.96, [[395.4, 452.5, 'rehabilitation']]),
  line(494.5, 9.96, [[59.8, 220.3, 'based on the International Guidelines']]),
  line(506.5, 9.96, [[59.8, 207.8, 'on Human Rights and Drug Policy']]),
];

describe('a performance measure whose cells hold items of several lines', () => {
  it('reads each item whole, a line going to the item its column last wrote, however the columns\' baselines interleave', () => {
    const tables = findTables(PAGE_27);
    expect(tables).toHaveLength(1);
    expect(tableRows(tables[0]!).map((row) => row.cells)).toEqual([
      ['2023 (actual)', '2024 (actual)', '2025 (actual)'],
      ['Human Rights Council adopted resolution 52/24 on the human rights implications of drug policy', '–', 'Human Rights Council adopted resolution 60/26 on human rights implications of drug policy'],
      ['Pakistan abolished the death penalty for drug crimes', '', 'Brazil rolled out programmes to address racial justice in drug use prevention, treatment and rehabilitation'],
      ['Colombia adopted a new drug policy based on the International Guidelines on Human Rights and Drug Policy', '', ''],
    ]);
  });
});

// A/81/6 (Sect. 24), page 34: table 24.15 goes on from page 33 under its head repeated in 6.96
// points, the rest of three cells in 9.96 under it, "engagement with" in lower case.
const PAGE_34 = [
  line(85.8, 6.96, [[59.8, 101.0, '2023 (actual)'], [165.5, 206.7, '2024 (actual)'], [264.1, 305.3, '2025 (actual)'], [364.9, 411.5, '2026 (planned)'], [461.3, 507.9, '2027 (planned)']]),
  line(106.8, 9.96, [[264.1, 337.0, 'engagement with'], [364.9, 436.1, 'facilitating more'], [461.3, 539.9, 'implementation of']]),
  line(118.8, 9.96, [[264.1, 319.0, 'treaty bodies'], [364.9, 445.8, 'informed reporting'], [461.3, 509.6, 'treaty body']]),
  line(130.8, 9.96, [[364.9, 425.1, 'and follow-up'], [461.3, 537.0, 'recommendations']]),
];

describe('a performance measure continued under its repeated head', () => {
  it('keeps the head a row of its own: no line of the body, set larger, goes on with it', () => {
    const [table] = findTables(PAGE_34);
    expect(tableRows(table!).map((row) => row.cells)).toEqual([
      ['2023 (actual)', '2024 (actual)', '2025 (actual)', '2026 (planned)', '2027 (planned)'],
      ['', '', 'engagement with treaty bodies', 'facilitating more informed reporting and follow-up', 'implementation of treaty body recommendations'],
    ]);
  });
});

