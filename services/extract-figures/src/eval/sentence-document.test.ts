import { describe, expect, it } from 'vitest';
import { extractFacts } from '../core/extract-facts.ts';
import { SENTENCE_PARAGRAPH, sentenceDocument } from './sentence-document.ts';

describe('sentenceDocument', () => {
  it('makes a one-paragraph document in the sentence language, with nothing the sentence does not say', () => {
    const doc = sentenceDocument('Le Fonds a financé 34 projets.', 'fr');
    expect(doc.paragraphs).toHaveLength(1);
    expect(doc.paragraphs[0]).toMatchObject({ number: SENTENCE_PARAGRAPH, start: 0, end: doc.text.length });
    expect(doc.metadata).toMatchObject({ language: 'fr', date: null });
    const { facts } = extractFacts(doc);
    expect(facts).toEqual([expect.objectContaining({ kind: 'count', value: 34, unit: 'projects', paragraph: SENTENCE_PARAGRAPH })]);
  });
});
