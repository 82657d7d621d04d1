// A deliverables table as the clean stage gives it (A/81/6 (Sect. 17), page 5, table 17.1): its
// years stand over the figure columns, the corner above "Category and subcategory" blank.
import { describe, expect, it } from 'vitest';
import { segmentText } from './segment-text.ts';

const PAGE = [
  '17.16 Table 17.1 lists all cross-cutting deliverables of the programme.',
  'Table 17.1',
  'Cross-cutting deliverables for the period 2025–2027, by category and subcategory',
  [
    '\t2025\t2025\t2026\t2027',
    'Category and subcategory\tplanned\tactual\tplanned\tplanned',
    'A. Facilitation of the intergovernmental process and expert bodies\t\t\t\t',
    'Parliamentary documentation (number of documents)\t1\t3\t1\t3',
  ].join('\n'),
];

describe('a table whose first row opens on a blank corner', () => {
  it('keeps the blank cell, so that each year stays over its column', () => {
    const [table] = segmentText(PAGE.join('\n\n')).tables ?? [];
    expect(table?.rows[0]).toEqual(['', '2025', '2025', '2026', '2027']);
    expect(table?.rows.every((row) => row.length === 5)).toBe(true);
  });
});
