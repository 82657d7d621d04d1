// The layout core on real pages: pdf.js text items of UN PDFs, stored as JSON in
// test/fixtures/pdf-engine (see its README), read into text as LAYOUT.md says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PdfPage } from '../pdf-items.ts';
import { layoutPage, layoutPdf } from './pdf-layout.ts';

const pages = (name: string): PdfPage[] =>
  JSON.parse(readFileSync(new URL(`../../../../../test/fixtures/pdf-engine/${name}.items.json`, import.meta.url), 'utf8')) as PdfPage[];
const read = (name: string, index = 0) => {
  const page = layoutPage(pages(name)[index]!);
  return { ...page, text: page.lines.join('\n') };
};

describe('layoutPdf', () => {
  it('separates pages with form feeds and describes every line of every page', () => {
    const { text, layout } = layoutPdf(pages('A_RES_80_228'));
    const parts = text.split('\f');
    expect(parts).toHaveLength(2);
    parts.forEach((part, index) => expect(layout.pages[index]!.lines).toHaveLength(part.split('\n').length));
  });

  it('keeps the source white space and invisible characters inside a line, for clean to record, and collapses only its own', () => {
    // poppler passes U+FEFF through, and any engine may give a no-break space inside a glyph's string.
    const item = (str: string, x: number, width: number) => ({ str, x, y: 100, width, height: 12, fontSize: 12, fontName: 'F1', fontFamily: 'sans-serif', eol: false, rotated: false });
    const page = { width: 612, height: 792, items: [item('Total 1\u00A0352 and  9\u202F000 ', 72, 150), item('in\uFEFFpersons\t', 240, 60)] };
    expect(layoutPdf([page]).text).toBe('Total 1\u00A0352 and 9\u202F000 in\uFEFFpersons');
  });

  it('reads an empty page as one empty line', () => {
    expect(layoutPdf([{ width: 612, height: 792, items: [] }])).toEqual({ text: '', layout: { pages: [{ lines: [{ kind: 'text', fontSize: 0, x: 0 }] }] } });
  });
});

describe('layoutPage on a resolution (A/RES/80/228)', () => {
  it('reads the first page block by block: the organ block, then the symbol and distribution block', () => {
    const { lines } = read('A_RES_80_228');
    expect(lines.slice(0, 6)).toEqual(['United Nations', 'General Assembly', 'A/RES/80/228', 'Distr.: General', '22 December 2025', 'Eightieth session']);
  });

  it('writes raised footnote markers as superscripts after the word they follow, and at the head of each note', () => {
    const first = read('A_RES_80_228').text;
    expect(first).toContain('Sustainable Development,¹ and recalling also');
    expect(first).toMatch(/^¹ Resolution 70\/1\.$/m);
    const third = read('A_RES_80_228', 1).text;
    expect(third).toContain('trafficking in persons,¹⁰');
    expect(third).toContain('technological change”,¹⁷ and the other');
    expect(third).toMatch(/^¹⁰ Resolutions 49\/166, 50\/167/m);
    expect(third).toMatch(/^¹⁷ Ibid\., 2024, Supplement No\. 10/m);
    expect(third).not.toMatch(/persons, ?10\b/);
  });

  it('joins the running header on one line and keeps the hanging resolution number with its title', () => {
    const { lines, layout } = read('A_RES_80_228', 1);
    expect(lines[0]).toBe('Improving the coordination of efforts against trafficking in persons A/RES/80/228');
    expect(layout[0]!.fontSize).toBeLessThan(9);
    const first = read('A_RES_80_228');
    const title = first.lines.indexOf('80/228. Improving the coordination of efforts against trafficking');
    expect(title).toBeGreaterThan(0);
    expect(first.layout[title]).toMatchObject({ kind: 'text', fontSize: 12 });
    expect(first.layout[title]!.indent).toBeLessThan(-40);
  });

  it('finds no table and no chart in prose, however its justified word gaps line up', () => {
    for (const index of [0, 1]) {
      const { lines, layout } = read('A_RES_80_228', index);
      expect(lines.join('\n')).not.toContain('\t');
      expect(layout.every((line) => line.kind === 'text')).toBe(true);
    }
  });
});

describe('layoutPage on justified prose stretched wider than a column gutter (seed 001 as the team renders it, page 11)', () => {
  it('reads a stretched line as one line of prose, its last word in place, and finds no table', () => {
    const { lines, layout } = read('seed-001-rendering.p11');
    expect(lines).toContain('h) Le Bureau de la');
    expect(lines).toContain('des droits des enfants en mouvement en temps de crise. Ce document⁸ promeut la');
    expect(lines[lines.indexOf('h) Le Bureau de la') + 1]).toBe('Représentante spéciale du Secrétaire général chargée de la question de la violence');
    expect(lines.join('\n')).not.toContain('\t');
    expect(layout.every((line) => line.kind === 'text')).toBe(true);
  });
});

describe('layoutPage on a running header whose title runs over two lines (A/RES/79/292, page 2)', () => {
  it('reads the symbol beside the title as a block of its own, before the title, never joined to its second line', () => {
    const { lines } = read('A_RES_79_292.p2');
    expect(lines.slice(0, 3)).toEqual(['A/RES/79/292', 'Status of internally displaced persons and refugees from Abkhazia,', 'Georgia, and the Tskhinvali region/South Ossetia, Georgia']);
  });
});

describe('layoutPage on a committee draft (A/C.2/80/L.18)', () => {
  it('keeps the sponsor line above the title, each on its own line, in page order', () => {
    const { lines } = read('A_C.2_80_L.18.p1');
    const sponsor = lines.indexOf('Iraq:* draft resolution');
    expect(sponsor).toBeGreaterThan(0);
    expect(lines[sponsor + 1]).toBe('Science, technology and innovation for sustainable development');
    expect(lines[sponsor + 2]).toBe('The General Assembly,');
  });
});

describe('layoutPage on budget fascicles', () => {
  it('reads a deliverables table as rows of tab-separated cells, one per column, group labels included', () => {
    const { lines, layout } = read('A_81_6_Sect.24.p16');
    const rows = lines.filter((_, index) => layout[index]!.kind === 'table');
    expect(rows).toContain('1. Reports to the General Assembly\t1\t1\t1\t1');
    expect(rows).toContain('Substantive services for meetings (number of three-hour meetings)\t38\t40\t34\t34');
    expect(rows).toContain('Meetings of:\t\t\t\t');
    expect(rows).toContain('6. Commissions of inquiry\t3\t13\t3\t5');
    expect(new Set(rows.map((row) => row.split('\t').length))).toEqual(new Set([5]));
    expect(lines).toContain('24.16 The following evaluations, completed in 2025, have guided the proposed programme plan for 2027:');
    expect(layout[lines.indexOf('Evaluation activities')]!.kind).toBe('text');
  });

  it('tells a chart from a table: axis numbers and bar labels are chart lines, the performance table is a table', () => {
    const { lines, layout } = read('A_81_6_Sect.17.p8');
    const kind = (line: string) => layout[lines.indexOf(line)]?.kind;
    for (const label of ['140', '120', '0', '2023', '(actual)', '110']) expect(kind(label)).toBe('chart');
    expect(kind('Planned results for 2027')).toBe('text');
    const table = lines.filter((_, index) => layout[index]!.kind === 'table');
    expect(table[0]).toBe('2023 (actual)\t2024 (actual)\t2025 (actual)\t2026 (planned)\t2027 (planned)');
    expect(table[1]).toMatch(/^97 per centᵃ\t94 per centᵃ\tMember States adopted a political declaration on the occasion of the thirtieth anniversary/);
    expect(lines).toContain('ᵃ Percentage of recommendations in the report of the Secretary-General on the priority theme of the Commission on the Status');
  });

  it('keeps the rows of a table continued from the page before, under its repeated head set smaller, in the table', () => {
    const { lines, layout } = read('A_81_6_Sect.17.p11');
    const rows = lines.filter((_, index) => layout[index]!.kind === 'table');
    // "actual" and "planned" under 2025 and 2026 stand 0.8 font sizes apart: still two columns.
    expect(rows.slice(0, 2)).toEqual(['\t2025\t2025\t2026\t2027', 'Category and subcategory\tplanned\tactual\tplannedᵃ\tplanned']);
    expect(rows).toContain('C. Substantive deliverables\t\t\t\t');
    expect(rows).toContain('D. Communication deliverables\t\t\t\t');
    expect(rows).toContainEqual(expect.stringMatching(/^Consultation, advice and advocacy: .* with broad geographical representation\.\t\t\t\t$/));
    expect(lines.filter((_, index) => layout[index]!.kind === 'text')).toEqual(['Section 17 UN-Women']);
  });

  it('keeps a group row in the table when the rule under the head leaves more space than between rows', () => {
    const { lines, layout } = read('A_81_6_Sect.24.p42');
    const rows = lines.filter((_, index) => layout[index]!.kind === 'table');
    expect(rows.slice(1, 3)).toEqual(['Category and subcategory\tplanned\tactual\tplanned\tplanned', 'C. Substantive deliverables\t\t\t\t']);
  });

  it('splits a head whose words stand less than a gutter apart, and a cell whose figure ends where a column ends', () => {
    const { lines, layout } = read('A_81_6_Sect.17.p15');
    const rows = lines.filter((_, index) => layout[index]!.kind === 'table');
    expect(rows.slice(0, 2)).toEqual(['\t2025\t2025\t2026\t2027', 'Category and subcategory\tplanned\tactual\tplannedᵃ\tplanned']);
    expect(rows).toContain('Parliamentary documentation (number of documents)\t9\t10\t9\t12');
    expect(rows).toContain('5. Courses on gender equality and macroeconomics\t6\t31\t10 [15]\t35');
    expect(rows).toContain(
      '1. The General Assembly, including on violence against women, trafficking in women, the world survey on the role of women in development, women in development, improvement in the situation of women and girls in rural areas and violence against women migrant workers\t3\t4\t3 [4]\t5',
    );
  });

  it('reads items marked `©` (an autocorrected `(c)`) as list items of prose, not as a table', () => {
    const { lines, layout } = read('A_81_6_Sect.29A.p45');
    expect(layout.every((line) => line.kind === 'text')).toBe(true);
    expect(lines).toContain('© Address institutional and systemic racism by establishing and reinforcing leadership');
  });

  it('splits the columns of a table whose gutters are narrower than a tab, from their alignment, and joins wrapped cells', () => {
    const { lines, layout } = read('A_81_6_Sect.29A.p14');
    const table = lines.filter((_, index) => layout[index]!.kind === 'table');
    expect(table).toContain(
      'Overall satisfaction with the services provided\tOverall satisfaction with the services provided\tOverall satisfaction with services provided\tMaintain overall satisfaction with the services provided\tMaintain overall satisfaction with the services provided',
    );
    expect(lines).toContain('29A.40 In implementing its activities in support of the Fifth Committee’s work in the areas of appointments');
  });
});

describe('layoutPage on lists of legislative mandates (a reference, its title beside it, no header row)', () => {
  it('reads each reference with its whole title as one line of prose, list by list, down the left column then the right, and keeps the real table below', () => {
    const { lines, layout } = read('A_81_6_Sect.17.p5');
    const at = (text: string): number => lines.indexOf(text);
    const general = [
      '80/152 Contribution of the care economy to sustainable development',
      '80/184 Improvement of the situation of women and girls in rural areas',
      '80/185 Violence against women migrant workers',
      '80/186 Follow-up to the Fourth World Conference on Women and full implementation of the Beijing Declaration and Platform for Action and the outcome of the twenty-third special session of the General Assembly',
    ];
    expect(general.map(at)).toEqual(general.map((_, i) => at(general[0]!) + i));
    expect(at('Economic and Social Council resolutions and decisions')).toBe(at(general[3]!) + 1);
    expect(lines[at('1999/257 Enabling the Commission on the Status of Women to continue to carry out its mandate') + 1]).toBe('2022/4 Future organization and methods of work of the Commission on the Status of Women');
    const council = ['1325 (2000)', '1820 (2008)', '1888 (2009)', '1889 (2009)', '1960 (2010)', '2106 (2013)', '2122 (2013)', '2242 (2015)', '2467 (2019)', '2493 (2019)'];
    expect(council.map(at)).toEqual(council.map((_, i) => at('Security Council resolutions') + 1 + i));
    // No line of the lists is a table row; Table 17.1 under them still is a table.
    expect(layout.slice(0, at('Deliverables')).every((line) => line.kind === 'text')).toBe(true);
    // Its figures are four cells, a nil dash among them no bullet; a deliverable wrapped over two lines is one row.
    const table = lines.filter((_, i) => layout[i]!.kind === 'table');
    expect(table.slice(0, 2)).toEqual(['\t2025\t2025\t2026\t2027', 'Category and subcategory\tplanned\tactual\tplanned\tplanned']);
    expect(table).toContain('Parliamentary documentation (number of documents)\t1\t3\t1\t3');
    expect(table).toContain('2. Biennial integrated budget estimates for UN-Women\t–\t1\t–\t1');
    expect(table).toContain('1. Annual report of the Under-Secretary-General/Executive Director of the United Nations Entity for Gender Equality and the Empowerment of Women\t1\t1\t1\t1');
    expect(table).toContain('A. Facilitation of the intergovernmental process and expert bodies\t\t\t\t');
  });

  it('keeps a reference wrapped over two lines whole, and a second column of only two references beside a list', () => {
    const { lines, layout } = read('A_81_6_Sect.29A.p7');
    expect(lines).toContain('64/259 Towards an accountability system in the United Nations Secretariat');
    expect(lines).toContain('70/255; 74/271; 77/280 Progress towards an accountability system in the United Nations Secretariat');
    expect(lines).toContain('76/271 Addressing racism and promoting dignity for all in the United Nations Secretariat');
    expect(layout.every((line) => line.kind === 'text')).toBe(true);
  });
});
