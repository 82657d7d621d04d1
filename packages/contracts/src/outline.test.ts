import { describe, expect, it } from 'vitest';
import type { Paragraph, SegmentedDocument } from './text-records.ts';
import { describeOutline } from './outline.ts';

const paragraph = (index: number, number: number, sectionId: string): Paragraph => ({
  index, number, numbered: true, sectionId, text: 'x', start: 0, end: 1, footnoteRefs: [],
});

describe('describeOutline', () => {
  it('gives each section the paragraphs of its sub-sections too', () => {
    const document: SegmentedDocument = {
      text: '',
      metadata: { symbol: null, organ: null, date: null, session: null, agendaItem: null, title: null, language: 'fr' },
      sections: [
        { id: 'I', number: 'I', level: 1, title: 'Introduction', parentId: null },
        { id: 'II', number: 'II', level: 1, title: 'Activités', parentId: null },
        { id: 'II.A', number: 'A', level: 2, title: 'Prévention', parentId: 'II' },
      ],
      paragraphs: [paragraph(0, 1, 'I'), paragraph(1, 2, 'II'), paragraph(2, 3, 'II.A'), paragraph(3, 4, 'II.A')],
      footnotes: [],
      warnings: [],
    };
    expect(describeOutline(document).map((e) => [e.id, e.firstParagraph, e.lastParagraph])).toEqual([
      ['I', 1, 1],
      ['II', 2, 4],
      ['II.A', 3, 4],
    ]);
  });
});
