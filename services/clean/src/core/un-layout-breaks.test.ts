// Paragraph breaks and joins that follow UN layout conventions, on lines of real documents
// (test/fixtures/reading): a preambular clause opened by an adjective, a fascicle's numbered
// paragraph after a line that runs to the margin, a range of years cut after its dash.
import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text.ts';

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
