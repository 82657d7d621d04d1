import type { SegmentedDocument } from '@palermo/contracts';

/** A segmented document of one paragraph per text, in the given language, for tests of the extractor. */
export function paragraphsDocument(texts: readonly string[], language: string): SegmentedDocument {
  let text = '';
  const paragraphs = texts.map((t, index) => {
    const start = text.length + (index > 0 ? 2 : 0);
    text += `${index > 0 ? '\n\n' : ''}${t}`;
    return { index, number: index + 1, numbered: true, sectionId: null, text: t, start, end: start + t.length, footnoteRefs: [] };
  });
  return {
    text, paragraphs, footnotes: [], sections: [], warnings: [],
    metadata: { symbol: null, organ: null, date: null, session: null, agendaItem: null, title: null, language },
  };
}
