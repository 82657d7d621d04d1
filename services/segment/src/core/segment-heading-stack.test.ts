// A budget fascicle stacks its headings over a numbered paragraph (A/81/6 (Sect. 24), pages 16–17,
// as the clean stage gives them): each is a heading, none is glued to the paragraph before.
import { describe, expect, it } from 'vitest';
import { segmentText } from './segment-text.ts';

const BLOCKS = [
  '24.18 The following evaluations, to be conducted by the Office, are planned for 2027:',
  '(a) One cross-cutting thematic evaluation;',
  '(b) Three programme/project evaluations.',
  'Programme of work',
  'Subprogramme 1',
  'Human rights mainstreaming, right to development, and research and analysis',
  '(a) Human rights mainstreaming',
  'Objective',
  '24.19 The objective, to which this subprogramme contributes, is to advance the promotion and protection of all human rights through strengthened integration of all human rights into areas of work of the United Nations system.',
  'Strategy',
  '24.20 To contribute to the objective, the subprogramme will:',
  '(a) Lead cooperation within the United Nations system for the integration of human rights into United Nations programmes and activities;',
  '(b) Promote the practical integration of human rights into development programmes.',
];

describe('a stack of headings over a numbered paragraph', () => {
  const doc = segmentText(BLOCKS.join('\n\n'));

  it('reads each as a heading, the lettered one too', () => {
    expect(doc.sections.map((s) => s.title)).toEqual([
      'Programme of work',
      'Subprogramme 1',
      'Human rights mainstreaming, right to development, and research and analysis',
      '(a) Human rights mainstreaming',
      'Objective',
      'Strategy',
    ]);
  });

  it('leaves the paragraph before it whole and alone, and sub-items inside their paragraph', () => {
    const at = (label: string) => doc.paragraphs.find((p) => p.label === label)?.text;
    expect(at('24.18')).toMatch(/\(b\) Three programme\/project evaluations\.$/);
    expect(at('24.20')).toContain('(b) Promote the practical integration');
    expect(doc.paragraphs.filter((p) => p.label === undefined)).toEqual([]);
  });
});

// A/81/6 (Sect. 24), pages 19 and 22, as the clean stage gives them: a result's heading of 239
// characters over a heading and a paragraph; a figure's number and caption after a paragraph.
describe('a long result heading and a figure\'s number', () => {
  const doc = segmentText(
    [
      '24.28 Progress towards the objective and the target for 2027 is presented in the performance measure below (see table 24.5).',
      'Result 3: Member States adopt counter-terrorism laws and implement measures that are consistent with and are applied in a manner that fully respects the rights enshrined in the Universal Declaration of Human Rights and their obligations under international human rights law',
      'Proposed programme plan for 2027',
      '24.29 To advance full compliance with Member States’ obligations under international law while countering terrorism, in particular international human rights law, the subprogramme has developed tools and guidance.',
      '24.30 Progress towards the objective is presented in the performance measure below (see figure 24.I).',
      'Figure 24.I',
      'Performance measure: number of Member States and stakeholdersᵃ that have been certified to operationalize the right to development',
      '24.31 The lesson for the subprogramme was that Member States needed more support.',
    ].join('\n\n'),
  );

  it('reads the result as a heading, however long, and the figure\'s number as no part of the paragraph before', () => {
    expect(doc.sections.map((s) => s.title)).toEqual([
      expect.stringMatching(/^Result 3: Member States adopt counter-terrorism laws .* international human rights law$/),
      'Proposed programme plan for 2027',
      'Figure 24.I',
      expect.stringMatching(/^Performance measure: number of Member States/),
    ]);
    expect(doc.paragraphs.find((p) => p.label === '24.30')?.text).toMatch(/\(see figure 24\.I\)\.$/);
  });
});
