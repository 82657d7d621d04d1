// Paragraph breaks and joins that follow UN layout conventions, on lines of real documents
// (test/fixtures/reading and the team's corpus): a preambular clause opened by an adjective or an
// adverb, a fascicle's numbered paragraph after a line that runs to the margin, a range of years
// cut after its dash, a title's "Stockpiling" at the left margin that opens no clause.
import type { PdfLayout } from '@palermo/contracts';
import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text.ts';
import { flushLines } from './font-size-breaks.ts';

const blocksOf = (lines: string[]): string[] => cleanText(lines.join('\n'), { mediaType: 'application/pdf' }).text.split('\n\n');

describe('a preambular clause opened by "Conscious" (A/RES/80/94, page 1)', () => {
  const lines = [
    'Expressing concern that, more than 60 years after the adoption of the',
    'Declaration on the Granting of Independence to Colonial Countries and Peoples,',
    'there still remain 17 Non-Self-Governing Territories, including the Cayman Islands,',
    'Conscious of the importance of continuing the effective implementation of the',
    'Declaration, taking into account the target set by the United Nations to eradicate',
    'colonialism by 2030 and the plan of action for the International Decades for the',
    'Eradication of Colonialism,',
  ];

  it('opens a paragraph of its own after the comma that ends the clause before', () => {
    const blocks = blocksOf(lines);
    expect(blocks).toHaveLength(2);
    expect(blocks[1]).toMatch(/^Conscious of the importance of continuing/);
  });
});

describe("a fascicle's numbered paragraph after a line that runs to the margin (A/81/6 (Sect. 24), page 4)", () => {
  const lines = (number: string, end = '.'): string[] => [
    '24.8 With regard to inter-agency coordination and liaison, the Office will help to ensure that human rights',
    'considerations are systematically integrated into United Nations policies and activities, including',
    'Affairs and the Department of Peace Operations. It will also continue its collaboration with all the',
    `United Nations agencies and programmes in crisis situations, such as humanitarian emergencies${end}`,
    `${number} With regard to the external factors, the overall plan for 2027 is based on the following planning`,
    'assumptions:',
  ];

  it('opens a paragraph when it follows the number before (24.8, then 24.9)', () => {
    const blocks = blocksOf(lines('24.9'));
    expect(blocks).toHaveLength(2);
    expect(blocks[1]).toMatch(/^24\.9 With regard to the external factors/);
  });

  it('opens one after a full line that does not end a sentence only when it follows the number before', () => {
    expect(blocksOf(lines('24.9', ','))).toHaveLength(2);
    expect(blocksOf(lines('17.3', ','))).toHaveLength(1);
  });
});

describe('a range of years cut after its dash (A/RES/78/155, page 3)', () => {
  it('is joined without a space, as printed', () => {
    const [block] = blocksOf([
      'Recalling its resolution 73/284 of 1 March 2019, in which it proclaimed 2021–',
      '2030 the United Nations Decade on Ecosystem Restoration, with the aim of',
      'supporting and scaling up efforts to prevent, halt and reverse the degradation of',
    ]);
    expect(block).toContain('proclaimed 2021–2030 the United Nations Decade');
  });
});

describe('a preambular clause opened by "Strongly condemning" after a full line (A/RES/78/221)', () => {
  it('opens a paragraph of its own', () => {
    const blocks = blocksOf([
      'role played by the Office of the United Nations High Commissioner for Human Rights',
      'in contributing to an objective appraisal of the situation of human rights in Ukraine,',
      'and in this regard welcoming the investigation by the International Criminal Court,',
      'Strongly condemning the continued arbitrary detentions in the temporarily',
      'controlled or occupied territories of Ukraine, the ongoing impunity in reported cases',
    ]);
    expect(blocks[1]).toMatch(/^Strongly condemning the continued arbitrary detentions/);
  });
});

describe('a title word ending in -ing at the left margin after a comma (A/RES/79/80, page 1)', () => {
  // x in PDF points; the body's left margin is at 123, a clause's first line at 147.
  const PAGE: Array<[string, number]> = [
    ['Recalling also the provisions of the Treaty on the Non-Proliferation of Nuclear', 24.14],
    ['Weapons, the Convention on the Prohibition of the Development, Production and', 0.38],
    ['Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their', 0.38],
    ['Destruction and the Convention on the Prohibition of the Development, Production,', 0.38],
    ['Stockpiling and Use of Chemical Weapons and on Their Destruction and the', 0.38],
    ['provisions of relevant United Nations resolutions,', 0.38],
    ['Reaffirming the need for all Member States to abide by the purposes and', 24.14],
    ['principles of the Charter of the United Nations and international law,', 0.38],
  ];
  const text = PAGE.map(([line]) => line).join('\n');
  const layout: PdfLayout = { pages: [{ lines: PAGE.map(([, indent]) => ({ kind: 'text', fontSize: 9.96, x: 123 + indent, indent })) }] };

  it('goes on with the title, while an indented "Reaffirming" opens the next clause', () => {
    const blocks = cleanText(text, { mediaType: 'application/pdf', layout }).text.split('\n\n');
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toContain('Production, Stockpiling and Use of Chemical Weapons');
    expect(blocks[1]).toMatch(/^Reaffirming the need for all Member States/);
  });

  it('is named among the lines at the margin, and an indented line is not', () => {
    const flush = flushLines(text, layout);
    expect(flush.has('Stockpiling and Use of Chemical Weapons and on Their Destruction and the')).toBe(true);
    expect(flush.has('Reaffirming the need for all Member States to abide by the purposes and')).toBe(false);
  });
});
