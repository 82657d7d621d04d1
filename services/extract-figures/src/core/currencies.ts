import type { LanguageProfile } from './language-profile.ts';
import { FRENCH } from './profile-fr.ts';

/** A currency written next to an amount, as an ISO 4217 code (null when unclear), and the span of its words. */
export interface CurrencyMatch {
  currency: string | null;
  ambiguous: boolean; // a dollar or a CFA franc whose country the text does not make clear
  start: number;
  end: number;
}

/** Maps a currency word or symbol to its ISO code (`dollars des États-Unis` → USD); null when unknown or unclear. */
export function currencyCode(word: string, profile: LanguageProfile = FRENCH, context = '', usDollars = true): string | null {
  return profile.currencies.code(word, context, usDollars)?.currency ?? null;
}

/** The currency written right after an amount ("2 millions de dollars"), on folded text; `context` is the sentence. */
export function currencyAfter(folded: string, amountEnd: number, profile: LanguageProfile = FRENCH, usDollars = true): CurrencyMatch | null {
  const m = profile.currencies.after.exec(folded.slice(amountEnd, amountEnd + 50));
  const word = m?.[1];
  if (!m || !word) return null;
  const code = profile.currencies.code(word, folded, usDollars);
  return code ? { currency: code.currency, ambiguous: code.ambiguous, start: amountEnd + m[0].length - word.length, end: amountEnd + m[0].length } : null;
}

/** The currency symbol or code written right before an amount ("US$ 2 millions"), on folded text. */
export function currencyBefore(folded: string, amountStart: number, profile: LanguageProfile = FRENCH, usDollars = true): CurrencyMatch | null {
  const window = folded.slice(Math.max(0, amountStart - 6), amountStart);
  const m = profile.currencies.before.exec(window);
  const word = m?.[1];
  if (!m || !word) return null;
  const code = profile.currencies.code(word, folded, usDollars);
  const start = amountStart - window.length + m.index;
  return code ? { currency: code.currency, ambiguous: code.ambiguous, start, end: start + word.length } : null;
}
