import { describe, expect, it } from 'vitest';
import { currencyAfter, currencyBefore, currencyCode } from './currencies.ts';
import { fold } from './text-fold.ts';

describe('currencies', () => {
  it.each([
    ['dollars', 'USD'], ['dollars des États-Unis', 'USD'], ['$', 'USD'], ['US$', 'USD'], ['USD', 'USD'],
    ['euros', 'EUR'], ['EUR', 'EUR'], ['francs CFA (BCEAO)', 'XOF'], ['francs CFA BEAC', 'XAF'], ['livres sterling', 'GBP'],
    ['dollars canadiens', 'CAD'],
  ])('%s → %s', (word, code) => {
    expect(currencyCode(fold(word))).toBe(code);
  });

  it('finds the currency after or before an amount', () => {
    const after = fold('2 millions de dollars des États-Unis');
    expect(currencyAfter(after, 10)?.currency).toBe('USD');
    const before = fold('US$ 2 millions');
    expect(currencyBefore(before, 4)?.currency).toBe('USD');
    expect(currencyAfter(fold('300 euros'), 3)?.currency).toBe('EUR');
    // The contract (notes/FACT-CONTRACT.md): a CFA franc whose zone the text does not name is not guessed.
    expect(currencyAfter(fold('300 francs CFA'), 3)).toMatchObject({ currency: null, ambiguous: true });
    expect(currencyAfter(fold('300 francs CFA au Sénégal'), 3)?.currency).toBe('XOF');
  });
});
