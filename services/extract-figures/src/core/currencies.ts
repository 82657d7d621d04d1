/** A currency written next to an amount, as an ISO 4217 code, and the span of its words. */
export interface CurrencyMatch {
  currency: string;
  start: number;
  end: number;
}

// On folded text. In United Nations texts a bare "dollars" means United States dollars.
const AFTER = /^[ ]*(?:de |d')?[ ]*(dollars? des etats-unis(?: d'amerique)?|dollars? e\.-u\.|dollars? (?:us|americains?)|dollars?|euros?|francs? cfa|francs? suisses?|livres? sterling|yens?|usd|eur|chf|gbp|xof|us\$|\$|€)(?![a-z])/;
const BEFORE = /(us\$|\$|usd|eur|€|chf|gbp)[ ]?$/;

/** Maps a currency word or symbol of a French text to its ISO code (`dollars` → USD). */
export function currencyCode(word: string): string | null {
  const w = word.toLowerCase();
  if (/^(?:dollars?|usd|us\$|\$)/.test(w)) return 'USD';
  if (/^(?:euros?|eur|€)$/.test(w)) return 'EUR';
  if (/^francs? cfa$/.test(w) || w === 'xof') return 'XOF';
  if (/^francs? suisses?$/.test(w) || w === 'chf') return 'CHF';
  if (/^livres? sterling$/.test(w) || w === 'gbp') return 'GBP';
  if (/^yens?$/.test(w)) return 'JPY';
  return null;
}

/** The currency written right after an amount ("2 millions de dollars"), on folded text. */
export function currencyAfter(folded: string, amountEnd: number): CurrencyMatch | null {
  const m = AFTER.exec(folded.slice(amountEnd, amountEnd + 50));
  const word = m?.[1];
  if (!m || !word) return null;
  const currency = currencyCode(word);
  return currency ? { currency, start: amountEnd + m[0].length - word.length, end: amountEnd + m[0].length } : null;
}

/** The currency symbol or code written right before an amount ("US$ 2 millions"), on folded text. */
export function currencyBefore(folded: string, amountStart: number): CurrencyMatch | null {
  const window = folded.slice(Math.max(0, amountStart - 6), amountStart);
  const m = BEFORE.exec(window);
  const word = m?.[1];
  if (!m || !word) return null;
  const currency = currencyCode(word);
  const start = amountStart - window.length + m.index;
  return currency ? { currency, start, end: start + word.length } : null;
}
