import { superscriptValue } from './block-kinds.ts';

/** A footnote marker taken out of a text, at `offset` in the text without markers. */
export interface MarkerHit {
  marker: string;
  footnote: number;
  offset: number;
}

/**
 * Removes footnote markers from a text and says where they were. Only superscript digits are
 * markers: an ordinary digit after a number ("2016 8") may be a real number and is left alone.
 */
export function takeFootnoteMarkers(text: string): { text: string; markers: MarkerHit[] } {
  const markers: MarkerHit[] = [];
  let out = '';
  let cursor = 0;
  for (const m of text.matchAll(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g)) {
    out += text.slice(cursor, m.index);
    markers.push({ marker: m[0], footnote: superscriptValue(m[0]), offset: out.length });
    cursor = m.index + m[0].length;
  }
  out += text.slice(cursor);
  return { text: out, markers };
}
