import type { FrenchLexicon } from './french-lexicon.ts';
import { codePointAt, isLowercase, isUppercase, isWordChar, wordRunEnd, wordRuns } from './letter-classes.ts';

/** How many word tokens a text has and how many of them the lexicon does not know. */
export interface LexiconCoverage {
  words: number;
  unknown: number;
  /** unknown / words, 0 when there are no words. */
  unknownShare: number;
}

/**
 * Counts word tokens the lexicon does not know. Acronyms, abbreviations and one-letter tokens
 * (section letters, roman numerals) are not words of the language and are left out, as are elided
 * articles (l', d'). A token is a run of letters and marks, hyphenated runs included
 * (`[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*`), read by table rather than by regex: it runs twice over every text.
 */
export function lexiconCoverage(text: string, lexicon: FrenchLexicon, options: { lowercaseOnly?: boolean } = {}): LexiconCoverage {
  let words = 0;
  let unknown = 0;
  const runs = wordRuns(text, 0, text.length);
  let at = 0;
  for (let i = 0; i < runs.length; i += 2) {
    const start = runs[i] ?? 0;
    // A run inside the hyphenated token before is part of it.
    if (start < at) continue;
    const first = codePointAt(text, start);
    at = runs[i + 1] ?? start;
    while (text.charCodeAt(at) === HYPHEN && isWordChar(codePointAt(text, at + 1))) at = wordRunEnd(text, at + 1);
    if (at - start < 2 || (options.lowercaseOnly && !isLowercase(first))) continue;
    const token = text.slice(start, at);
    // A token opening on a-z is not all capitals; others are asked.
    if (!(first >= 0x61 && first <= 0x7a) && token === token.toUpperCase()) continue;
    // Short capitalised tokens are abbreviations (Mme, Add., Rev.), not words the lexicon could hold.
    if (token.length <= 3 && isUppercase(first)) continue;
    if (text[at] === "'") continue;
    words++;
    if (!lexicon.knows(token)) unknown++;
  }
  return { words, unknown, unknownShare: words === 0 ? 0 : unknown / words };
}

const HYPHEN = 0x2d;
