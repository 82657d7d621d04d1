import { describe, expect, it } from 'vitest';
import { allMatches, wordSet, wordsIn } from './matches.ts';

const spans = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0], ...m.slice(1)]);

describe('allMatches', () => {
  const text = 'Le 8 novembre 2016, 34 projets ; 😀 x 1 352 victimes.';
  it.each([/\d+/g, /(\d)(\d)?/g, /\b/g, /x*/g, /x*/gu, /(?<=[\p{L}])\s/gu])('lists what matchAll lists for %s', (pattern) => {
    expect(spans(allMatches(pattern, text))).toEqual(spans(text.matchAll(pattern)));
    expect(pattern.lastIndex).toBe(0);
  });

  it('refuses a pattern without the global flag, as matchAll does', () => {
    expect(() => allMatches(/\d/, text)).toThrow(TypeError);
  });
});

describe('wordsIn', () => {
  it('finds what a whole-word alternation finds', () => {
    const words = ['un', 'une', 'deux', 'cent', 'et'];
    const folded = "vingt et un projets, une aide d'un an; deuxieme cent-deux, un1 et";
    const pattern = new RegExp(`(?<![a-z])(?:${[...words].sort((a, b) => b.length - a.length).join('|')})(?![a-z])`, 'g');
    const found: [string, number, number][] = [];
    wordsIn(folded, wordSet(words), (word, start, end) => found.push([word, start, end]));
    expect(found).toEqual([...folded.matchAll(pattern)].map((m) => [m[0], m.index, m.index + m[0].length]));
  });

  it('refuses a word it could not find', () => {
    expect(() => wordSet(['quatre-vingt'])).toThrow(/quatre-vingt/);
  });
});
