import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frenchLexicon } from './french-lexicon.ts';
import { countWords, wordRuns, wordsIn } from './letter-classes.ts';
import { lexiconCoverage } from './lexicon-coverage.ts';

const seed = readFileSync(new URL('../../../../seeds/002_6dceaf7ad839cf46.txt', import.meta.url), 'utf8');
// Marks, letters outside the BMP (𝐀 mathematical bold, 𐐷 Deseret), lone and cut surrogates, hyphens.
const TRICKY = [
  'l’Office a-t-il é\u0301té 𝐀bc-𝐀 \uD800x \uDC00y 𐐷𐐷-é -x x- ÉTATS Mme Add. n° 12 ﬁn',
  'e\u0301\u0301 ab\uD801\uDC37cd a\uD801',
  seed.slice(0, 4000),
];

/** The regex reading the table replaces: `[\p{L}\p{M}]+` over a slice. */
const regexRuns = (text: string, from: number, to: number): number[] =>
  [...text.slice(from, to).matchAll(/[\p{L}\p{M}]+/gu)].flatMap((m) => [from + m.index, from + m.index + m[0].length]);

describe('words read by table', () => {
  it('finds the runs the regex finds, in any slice, surrogates cut or not', () => {
    for (const text of TRICKY) {
      for (const [from, to] of [[0, text.length], [1, text.length - 1], [3, 17], [4, 7], [7, 9], [30, 41], [5, 5]] as const) {
        expect(wordRuns(text, from, to)).toEqual(regexRuns(text, from, to));
        expect(wordsIn(text, from, to)).toEqual(text.slice(from, to).match(/[\p{L}\p{M}]+/gu) ?? []);
      }
      expect(countWords(text)).toBe(regexRuns(text, 0, text.length).length / 2);
      expect(countWords(text, 3)).toBe(Math.min(3, regexRuns(text, 0, text.length).length / 2));
    }
  });

  it('counts unknown words exactly as the regex tokenizer did', () => {
    const lexicon = frenchLexicon();
    // The former implementation, kept here as the reference.
    const reference = (text: string, lowercaseOnly: boolean): { words: number; unknown: number } => {
      let words = 0;
      let unknown = 0;
      for (const m of text.matchAll(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu)) {
        const token = m[0];
        if (token.length < 2 || token === token.toUpperCase()) continue;
        if (token.length <= 3 && /^\p{Lu}/u.test(token)) continue;
        if (text[m.index + token.length] === "'") continue;
        if (lowercaseOnly && !/^\p{Ll}/u.test(token)) continue;
        words++;
        if (!lexicon.knows(token)) unknown++;
      }
      return { words, unknown };
    };
    for (const text of [...TRICKY, seed]) {
      for (const lowercaseOnly of [true, false]) {
        const { words, unknown } = lexiconCoverage(text, lexicon, { lowercaseOnly });
        expect({ words, unknown }).toEqual(reference(text, lowercaseOnly));
      }
    }
  });
});
