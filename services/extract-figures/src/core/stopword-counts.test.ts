import { describe, expect, it } from 'vitest';
import { countStopwords } from './stopword-counts.ts';

const LISTS = { fr: ['le', 'la', 'il', 'les'], it: ['il', 'di', 'della'], de: ['der', 'die', 'das'] };

// What the per-language regexes counted before: whole words only, each list on its own.
function oneListAtATime(folded: string): Map<string, number> {
  return new Map(Object.entries(LISTS).map(([language, words]) =>
    [language, folded.match(new RegExp(`(?:^|[^a-z])(?:${words.join('|')})(?![a-z])`, 'g'))?.length ?? 0]));
}

describe('countStopwords', () => {
  it('credits a word to every language whose list has it', () => {
    expect(countStopwords('il est la, il di', LISTS)).toEqual(new Map([['fr', 3], ['it', 3], ['de', 0]]));
  });

  it('counts whole words only, at the start, the end and after any non-letter', () => {
    expect(countStopwords('les lesbos ilot della-der 2die das', LISTS)).toEqual(new Map([['fr', 1], ['it', 1], ['de', 3]]));
  });

  it('counts as one regex per language did, on text with every kind of boundary', () => {
    const text = "le la,les;il'di della dellaa xder der.die\ndas la\u00a0le 2il il2 l'il -la- les";
    expect(countStopwords(text, LISTS)).toEqual(oneListAtATime(text));
  });

  it('gives zero to every language of an empty text', () => {
    expect(countStopwords('', LISTS)).toEqual(new Map([['fr', 0], ['it', 0], ['de', 0]]));
  });
});
