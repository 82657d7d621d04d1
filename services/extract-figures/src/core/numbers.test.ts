import { describe, expect, it } from 'vitest';
import { findNumbers, parseFrenchDigits, parseFrenchNumberWords } from './numbers.ts';

describe('parseFrenchDigits', () => {
  it.each([
    ['1 352', 1352], ['80 000', 80000], ['80\u00A0000', 80000], ['80\u202F000', 80000], ['300.000', 300000],
    ['9,8', 9.8], ['1 234 567,5', 1234567.5], ['42', 42],
  ])('reads %s as %d', (raw, value) => {
    expect(parseFrenchDigits(raw)).toBe(value);
  });

  it('refuses what is not a number', () => {
    expect(parseFrenchDigits('5.2')).toBeNull();
    expect(parseFrenchDigits('abc')).toBeNull();
  });
});

describe('parseFrenchNumberWords', () => {
  it.each([
    ['deux', 2], ['onze', 11], ['seize', 16], ['dix-sept', 17], ['vingt et un', 21], ['soixante et onze', 71],
    ['soixante-dix', 70], ['quatre-vingts', 80], ['quatre-vingt-dix', 90], ['quatre-vingt-dix-neuf', 99],
    ['cent', 100], ['deux cents', 200], ['trois cent cinquante', 350], ['mille', 1000], ['deux mille', 2000],
    ['trois cent mille', 300000], ['un million', 1e6], ['deux millions trois cent mille', 2300000], ['un milliard', 1e9],
  ])('reads %s as %d', (words, value) => {
    expect(parseFrenchNumberWords(words)).toBe(value);
  });
});

describe('findNumbers', () => {
  const values = (text: string) => findNumbers(text).map((n) => [text.slice(n.start, n.end), n.value]);

  it('takes the scale word with the digits', () => {
    expect(values('9,8 millions de dollars, 1,5 million, 2 milliards')).toEqual([
      ['9,8 millions', 9.8e6], ['1,5 million', 1.5e6], ['2 milliards', 2e9],
    ]);
  });

  it('reads "un million" but not the article "un"', () => {
    expect(values('un million de dollars pour un État')).toEqual([['un million', 1e6]]);
  });

  it('does not read "pour cent" as a hundred', () => {
    expect(values('60 pour cent')).toEqual([['60', 60]]);
  });

  it('keeps digits glued to letters or slashes out', () => {
    expect(values('A41-16 et 76/186')).toEqual([]);
  });
});
