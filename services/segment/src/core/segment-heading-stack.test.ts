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
