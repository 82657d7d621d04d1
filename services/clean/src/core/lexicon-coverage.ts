import type { FrenchLexicon } from './french-lexicon.ts';
import { textAnswers } from './text-answers.ts';
import { bmp, codePointAt, isLowercase, isUppercase, isWordChar, WORD_CHAR, wordRunEnd, width } from './letter-classes.ts';

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
  const table = bmp();
  const answers = textAnswers(lexicon, 'knows');
  let at = 0;
  while (at < text.length) {
    const unit = text.charCodeAt(at);
    // Plain BMP characters are read straight from the table; surrogates are decoded.
    const first = unit < 0xd800 || unit > 0xdfff ? unit : codePointAt(text, at);
    if (!(first === unit ? ((table[unit] ?? 0) & WORD_CHAR) !== 0 : isWordChar(first))) {
      at += width(first);
      continue;
    }
    const start = at;
    at = wordRunEnd(text, at);
    while (text.charCodeAt(at) === HYPHEN && isWordChar(codePointAt(text, at + 1))) at = wordRunEnd(text, at + 1);
    if (at - start < 2 || (options.lowercaseOnly && !isLowercase(first)) || text.charCodeAt(at) === APOSTROPHE) continue;
    // A token opening on a-z is neither all capitals nor capitalised: it is looked up as it stands.
    if (first >= 0x61 && first <= 0x7a) {
      words++;
      if (!answers.knows(text, start, at)) unknown++;
      continue;
    }
    const token = text.slice(start, at);
    if (token === token.toUpperCase()) continue;
    // Short capitalised tokens are abbreviations (Mme, Add., Rev.), not words the lexicon could hold.
    if (token.length <= 3 && isUppercase(first)) continue;
    words++;
    if (!lexicon.knows(token)) unknown++;
  }
  return { words, unknown, unknownShare: words === 0 ? 0 : unknown / words };
}

const APOSTROPHE = 0x27;


const HYPHEN = 0x2d;
