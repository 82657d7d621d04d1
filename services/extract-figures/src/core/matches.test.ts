import { describe, expect, it } from 'vitest';
import { allMatches, runStartBefore } from './matches.ts';

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

describe('runStartBefore', () => {
  const text = 'Protocole de1 352, A41 ; M. Smith, 😀x2 ; art.3, Élan4';
  it.each(Array.from({ length: text.length + 1 }, (_, i) => i))('starts where /([\\p{L}]+)$/u starts, at offset %i', (end) => {
    const window = Math.max(0, end - 6);
    const letters = /(\p{L}+)$/u.exec(text.slice(window, end));
    expect(runStartBefore(text, end, 6)).toBe(letters ? end - (letters[1]?.length ?? 0) : end);
    const withDots = /([\p{L}.]+)$/u.exec(text.slice(window, end));
    expect(runStartBefore(text, end, 6, '.')).toBe(withDots ? end - (withDots[1]?.length ?? 0) : end);
  });
});
