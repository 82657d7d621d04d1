// Lines of real UN resolutions (test/fixtures/reading) that only their layout tells apart: a title
// set larger than the "The General Assembly," under it, and a running title wrapped after a comma.
import type { PdfLayout, PdfLayoutLine } from '@palermo/contracts';
import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text.ts';
import { fontSizeBreaks, linePair } from './font-size-breaks.ts';
import { findPageFurniture } from './page-furniture.ts';

// A/RES/78/228, page 1: the title in 12 points, the body in 9.96, the adoption line in 14.04.
const PAGE_78_228: Array<[string, number]> = [
  ['Resolution adopted by the General Assembly', 14.04],
  ['on 19 December 2023', 14.04],
  ['[on the report of the Third Committee (A/78/482, para. 29)]', 9.96],
  ['78/228. Improving the coordination of efforts against trafficking in persons', 12],
  ['The General Assembly,', 9.96],
  ['Reiterating its strong condemnation of trafficking in persons, especially women', 9.96],
  ['and children, which constitutes an offence and a serious threat to human dignity and', 9.96],
  ['physical integrity, human rights and sustainable development,', 9.96],
];
const text = PAGE_78_228.map(([line]) => line).join('\n');
const line = (fontSize: number): PdfLayoutLine => ({ kind: 'text', fontSize, x: 123.38 });
const layout: PdfLayout = { pages: [{ lines: PAGE_78_228.map(([, size]) => line(size)) }] };

describe('font size breaks', () => {
  it('names the pairs of lines a point or more apart in size, and no others', () => {
    expect([...fontSizeBreaks(text, layout)]).toEqual([
      linePair('on 19 December 2023', '[on the report of the Third Committee (A/78/482, para. 29)]'),
      linePair('[on the report of the Third Committee (A/78/482, para. 29)]', '78/228. Improving the coordination of efforts against trafficking in persons'),
      linePair('78/228. Improving the coordination of efforts against trafficking in persons', 'The General Assembly,'),
    ]);
  });

  it('keeps a title apart from the "The General Assembly," set smaller under it', () => {
    const blocks = cleanText(text, { mediaType: 'application/pdf', layout }).text.split('\n\n');
    expect(blocks).toContain('78/228. Improving the coordination of efforts against trafficking in persons');
    expect(blocks).toContain('The General Assembly,');
    expect(blocks).toContain('Resolution adopted by the General Assembly on 19 December 2023');
    // Without the layout the text alone cannot tell: the title runs on.
    expect(cleanText(text, { mediaType: 'application/pdf' }).text).toContain('trafficking in persons The General Assembly,');
  });
});

describe('a running title wrapped after a comma', () => {
  // A/RES/79/292: the title wraps after "Abkhazia," on page 1 and in the header of page 2.
  const first = [
    'A/RES/79/292',
    'Seventy-ninth session',
    '79/292. Status of internally displaced persons and refugees from Abkhazia,',
    'Georgia, and the Tskhinvali region/South Ossetia, Georgia',
    'The General Assembly,',
    'Concerned also by the humanitarian situation caused by armed conflict in August',
    '2008, which resulted in the further forced displacement of civilians,',
  ];
  const header = ['A/RES/79/292', 'Status of internally displaced persons and refugees from Abkhazia,', 'Georgia, and the Tskhinvali region/South Ossetia, Georgia'];
  const body = ['Mindful of the urgent need to find a solution to the problems related to forced', 'displacement in Georgia,'];

  it('is removed, both of its lines, under the symbol', () => {
    expect(findPageFurniture([first, [...header, ...body]])[1]).toEqual([
      'running header or footer (document symbol)',
      'running header (title)',
      'running header (title)',
      null,
      null,
    ]);
  });

  it('is not taken from a body line that ends with a comma and is followed by other text', () => {
    // The first line of the title alone, then the body: a comma-ending line is a piece of the
    // title only with the line after it.
    expect(findPageFurniture([first, ['A/RES/79/292', header[1] ?? '', ...body]])[1]).toEqual(['running header or footer (document symbol)', null, null, null]);
  });
});

describe('a table caption at the top of a page', () => {
  // A/81/6 (Sect. 17): tables 17.1 to 17.5 on five pages; "Table 17.5" opens page 15 under the
  // running header, its shape ("Table #.#") that of the captions on the other pages.
  const titles = [
    'Cross-cutting deliverables for the period 2025–2027, by category and subcategory',
    'Performance measure',
    'Subprogramme 1: deliverables for the period 2025–2027, by category and subcategory',
    'Performance measure',
    'Subprogramme 2: deliverables for the period 2025–2027, by category and subcategory',
  ];
  const header = (n: number): string[] => (n % 2 === 0 ? ['Part IV International cooperation for development'] : ['Section 17 UN-Women']);
  const pages = [1, 2, 3, 4, 5, 6].map((n) => [
    ...header(n),
    `17.${n * 8} The subprogramme’s work contributed to the consensual adoption of the political declaration.`,
    ...(n < 6 ? [`Table 17.${n}`, titles[n - 1] ?? ''] : []),
    `26-03599 ${n}/15`,
  ]);
  pages[4] = [...header(5), 'Table 17.5', titles[4] ?? '', '26-03599 5/15'];

  it('is kept, while the running headers around it go', () => {
    const marks = findPageFurniture(pages);
    expect(marks[4]).toEqual(['repeated on several pages', null, null, 'running header or footer (job number)']);
    expect(marks.flatMap((m, p) => m.map((r, l) => (r === null && /^Table/.test(pages[p]?.[l] ?? '') ? l : -1))).filter((l) => l >= 0)).toHaveLength(5);
  });
});
