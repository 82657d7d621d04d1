import { allMatches, runStartBefore } from './matches.ts';

/** A sentence of a paragraph, with its offsets in the paragraph's text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// Words that end with a dot without ending the sentence: "M. Murad", "art. 32", "vol. 2237", "Add.1".
const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'st', 'ste', 'art', 'arts', 'n', 'no', 'nos', 'p', 'pp',
  'vol', 'etc', 'cf', 'ibid', 'id', 'ed', 'éd', 'al', 'add', 'rev', 'corr', 'chap', 'par', 'para', 'fig',
  'ann', 'env', 'av', 'inc', 'ltd', 'co', 'jr', 'ex', 'op', 'cit', 'suiv', 'min', 'max', 'sect',
]);

const CLOSERS = '"»”’)\\]\u00B9\u00B2\u00B3\u2070-\u2079';
const BOUNDARY = new RegExp(`[.!?…]+[${CLOSERS}]*(?=\\s|$)`, 'g');
// A line that opens a list item ("a) ...", "ii) ...", "- ...") starts a new sentence even after ";".
const LIST_ITEM_BREAK = /\n(?=\s*(?:[a-z]{1,4}\)|[-•–]\s))/g;

function isAbbreviation(text: string, dotIndex: number): boolean {
  const before = text.slice(runStartBefore(text, dotIndex, 12, '.'), dotIndex); // letters and dots
  const word = before.toLowerCase().replace(/\./g, '');
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital letter is an initial ("J. Smith"), not the end of a sentence.
  return /^\p{Lu}$/u.test(before);
}

/** Splits French text into sentences without cutting at `M.`, `art.`, `n°`, decimals or document symbols. */
export function splitSentences(text: string): Sentence[] {
  const cuts = new Set<number>();
  for (const m of allMatches(BOUNDARY, text)) {
    const end = m.index + m[0].length;
    const next = /\S/.exec(text.slice(end));
    if (next) {
      const c = next[0];
      // A sentence starts with a capital, a digit, an opening quote or bracket; anything else continues.
      if (!/[\p{Lu}\d«"“([¡¿]/u.test(c)) continue;
    }
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(text, m.index)) continue;
    cuts.add(end);
  }
  for (const m of allMatches(LIST_ITEM_BREAK, text)) cuts.add(m.index);
  cuts.add(text.length);

  const sentences: Sentence[] = [];
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const piece = text.slice(start, cut);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed.length > 0) {
      sentences.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    }
    start = cut;
  }
  return sentences;
}
