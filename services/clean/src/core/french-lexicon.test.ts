import { describe, expect, it } from 'vitest';
import { frenchLexicon, lookupIn } from './french-lexicon.ts';

describe('lookupIn', () => {
  it('finds every word of a sorted list, and no other, by binary search', () => {
    const words = ['abaca', 'abandon', 'migrant', 'migrante', 'traite', 'traité', 'zèbre'];
    const has = lookupIn(words);
    for (const word of words) expect(has(word)).toBe(true);
    for (const word of ['', 'a', 'abac', 'abacas', 'migrants', 'traitee', 'zz', 'Traite']) expect(has(word)).toBe(false);
  });

  it('answers the same for a list that is not sorted (it is put in a Set)', () => {
    const has = lookupIn(['traite', 'abandon', 'zèbre', 'migrant']);
    expect(['traite', 'abandon', 'zèbre', 'migrant'].every(has)).toBe(true);
    expect(has('migrante')).toBe(false);
  });

  it('keeps duplicates of a sorted list findable', () => {
    const has = lookupIn(['a', 'b', 'b', 'b', 'c']);
    expect(['a', 'b', 'c'].map(has)).toEqual([true, true, true]);
    expect(has('bb')).toBe(false);
  });
});

describe('frenchLexicon', () => {
  it('knows the published list by binary search, inflections and elisions included', () => {
    const lexicon = frenchLexicon();
    expect(lexicon.size).toBeGreaterThan(300_000);
    expect(lexicon.knowsExactly('traite')).toBe(true);
    expect(lexicon.knowsExactly('traité')).toBe(true);
    expect(lexicon.knows('Migrants')).toBe(true);
    expect(lexicon.knows("l'exploitation")).toBe(true);
    expect(lexicon.knows('trafficking')).toBe(false);
  });
});
