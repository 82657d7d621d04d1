import type { SegmentedDocument } from '@palermo/contracts';

/** The paragraph number every labelled sentence gets in the one-paragraph document built from it. */
export const SENTENCE_PARAGRAPH = 1;

/**
 * A one-paragraph document holding `text` alone, in `language`, with no date, symbol or section:
 * the extractor can only use what the sentence itself says, which is all the labels judge.
 */
export function sentenceDocument(text: string, language: string): SegmentedDocument {
  return {
    text,
    metadata: { symbol: null, organ: null, date: null, session: null, agendaItem: null, title: null, language },
    sections: [],
    paragraphs: [{ index: 0, number: SENTENCE_PARAGRAPH, numbered: true, sectionId: null, text, start: 0, end: text.length, footnoteRefs: [] }],
    footnotes: [],
    warnings: [],
  };
}
