import type { FrenchLexicon } from './french-lexicon.ts';

/** How many word tokens a text has and how many of them the lexicon does not know. */
export interface LexiconCoverage {
  words: number;
  unknown: number;
  /** unknown / words, 0 when there are no words. */
  unknownShare: number;
}

const TOKEN = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu;

/**
 * Counts word tokens the lexicon does not know. Acronyms, abbreviations and one-letter tokens
 * (section letters, roman numerals) are not words of the language and are left out, as are elided
 * articles (l', d').
 */
export function lexiconCoverage(text: string, lexicon: FrenchLexicon, options: { lowercaseOnly?: boolean } = {}): LexiconCoverage {
  let words = 0;
  let unknown = 0;
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    if (token.length < 2 || token === token.toUpperCase()) continue;
    // Short capitalised tokens are abbreviations (Mme, Add., Rev.), not words the lexicon could hold.
    if (token.length <= 3 && /^\p{Lu}/u.test(token)) continue;
    if (text[m.index + token.length] === "'") continue;
    if (options.lowercaseOnly && !/^\p{Ll}/u.test(token)) continue;
    words++;
    if (!lexicon.knows(token)) unknown++;
  }
  return { words, unknown, unknownShare: words === 0 ? 0 : unknown / words };
}
