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

// A/81/6 (Sect. 24), pages 33–34, table 24.15 as the clean stage gives it: page 34 repeats the
// head, then the rest of three cells cut by the page break.
describe('a table continued on the next page', () => {
  const HEAD = '2023 (actual)\t2024 (actual)\t2025 (actual)\t2026 (planned)\t2027 (planned)';
  const ROWS = [
    HEAD,
    '–\t–\tMember States and stakeholders have access to more consistent and reliable data in the treaty body database based on quality assurance of information on\tMember States and stakeholders have access to validated and up-to-date data on engagement with treaty bodies contained in the Office’s human rights data platforms,\tMember States and stakeholders can gain access more easily to treaty body information through interoperable platforms facilitating engagement, monitoring and',
    HEAD,
    '\t\tengagement with treaty bodies\tfacilitating more informed reporting and follow-up\timplementation of treaty body recommendations',
  ];

  it('reads its head once and the cells cut by the page break whole', () => {
    const [table] = segmentText(['Table 24.15', 'Performance measure', ROWS.join('\n')].join('\n\n')).tables ?? [];
    expect(table?.rows).toHaveLength(2);
    expect(table?.rows[1]?.[2]).toBe('Member States and stakeholders have access to more consistent and reliable data in the treaty body database based on quality assurance of information on engagement with treaty bodies');
    expect(table?.rows[1]?.[3]).toBe('Member States and stakeholders have access to validated and up-to-date data on engagement with treaty bodies contained in the Office’s human rights data platforms, facilitating more informed reporting and follow-up');
    expect(table?.rows[1]?.[4]).toMatch(/facilitating engagement, monitoring and implementation of treaty body recommendations$/);
  });
});

