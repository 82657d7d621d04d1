import { FACT_FLAGS, type FactDraft } from '@palermo/contracts';
import { currencyAfter, currencyBefore, type CurrencyMatch } from './currencies.ts';
import { draftFact } from './fact-draft.ts';
import type { LanguageProfile } from './language-profile.ts';
import { allMatches } from './matches.ts';
import { ownPeriod, periodNear } from './time-frame.ts';
import type { Quantity } from './quantities.ts';
import { resolveAsOf } from './extract-treaty-parties.ts';
import { resolveFund, type DocumentState, type SentenceUnit } from './sentence-unit.ts';

// The measures' keywords are the profile's, on folded text; the keyword nearest before the amount wins.
function nearestMeasure(window: string, fromEnd: boolean, measures: LanguageProfile['money']['measures']): { measure: string; at: number } | null {
  let best: { measure: string; at: number } | null = null;
  for (const [pattern, measure] of measures) {
    for (const m of allMatches(pattern, window)) {
      // Ends, not starts, are compared so that "annonces de contributions" beats the "contributions" inside it.
      const at = fromEnd ? m.index + m[0].length : m.index;
      if (!best || (fromEnd ? at > best.at : at < best.at)) best = { measure, at };
    }
  }
  return best;
}

function measureOf(q: Quantity, unit: SentenceUnit, from: number, to: number): string {
  const before = unit.folded.slice(from, q.start);
  const after = unit.folded.slice(q.end, Math.min(to, q.end + 90));
  const whole = unit.folded;
  const { money } = unit.profile;
  if ((q.qualifier === 'up_to' || q.qualifier === 'at_most') && money.maxGrantNouns.test(before + after)) return 'max_grant';
  // What the amount is made of, said right after it, decides: "2,3 millions de dollars d'annonces de contributions".
  if (money.pledgedAfter.test(after)) return 'pledged';
  const measure = (nearestMeasure(before, true, money.measures) ?? nearestMeasure(after, false, money.measures))?.measure ?? 'other';
  const sinceCreation = money.sinceCreation.test(whole);
  if ((measure === 'received_in_period' || measure === 'grants_awarded') && sinceCreation && money.receivedWords.test(before + after)) {
    return 'received_since_creation';
  }
  return measure;
}

/**
 * "(53,9 millions de dollars), ... (82,6 millions) et ... (10 millions de dollars)": a scaled figure with
 * nothing after it, between two amounts in the same currency, is an amount in that currency too.
 */
function elidedCurrency(q: Quantity, before: CurrencyMatch | null, after: CurrencyMatch | null, unit: SentenceUnit): CurrencyMatch | null {
  if (q.scale <= 1 || !before || !after || before.currency !== after.currency || before.ambiguous !== after.ambiguous) return null;
  if (!/^\s*(?:[),;.]|$)/.test(unit.folded.slice(q.end, q.end + 3))) return null;
  return { currency: before.currency, ambiguous: before.ambiguous, start: q.end, end: q.end };
}

const CUMULATIVE = new Set(['received_since_creation', 'distributed', 'grants_awarded', 'pledged', 'other']);

/** Extracts amounts of money with currency, fund, measure, qualifier and period or as-of date. */
export function extractMoney(unit: SentenceUnit, state: DocumentState): { facts: FactDraft[]; used: Set<Quantity> } {
  const facts: FactDraft[] = [];
  const used = new Set<Quantity>();
  // A loop into an array literal, not map() and filter(): see findWordNumbers.
  const written: ({ q: Quantity; currency: CurrencyMatch } | { q: Quantity; currency: null })[] = [];
  for (const q of unit.quantities) {
    written.push({ q, currency: currencyAfter(unit.folded, q.end, unit.profile, state.usDollars) ?? currencyBefore(unit.folded, q.start, unit.profile, state.usDollars) });
  }
  const amounts: { q: Quantity; currency: CurrencyMatch; elided: boolean }[] = [];
  written.forEach(({ q, currency }, i) => {
    if (currency) amounts.push({ q, currency, elided: false });
    else {
      const elided = elidedCurrency(q, written[i - 1]?.currency ?? null, written[i + 1]?.currency ?? null, unit);
      if (elided) amounts.push({ q, currency: elided, elided: true });
    }
  });
  amounts.forEach(({ q, currency, elided }, i) => {
    used.add(q);
    const from = amounts[i - 1]?.currency.end ?? 0;
    const to = amounts[i + 1]?.q.start ?? unit.text.length;
    let measure = measureOf(q, unit, Math.max(from, amounts[i - 1]?.q.end ?? 0), to);
    // "a reçu 2,5 millions d'euros et US$ 1,2 million": a coordinated amount shares the measure of the first.
    const previous = facts[facts.length - 1];
    if (measure === 'other' && previous?.measure && /^\s*(?:et|,|ou)\s*$/.test(unit.folded.slice(from, Math.min(q.start, currency.start)))) {
      measure = previous.measure;
    }
    const { fund, fromContext } = resolveFund(unit, q.start, state);
    const flags: string[] = [];
    let confidence = 0.9;
    if (fromContext) {
      flags.push('fund_from_context');
      confidence -= 0.1;
    }
    if (measure === 'other') confidence -= 0.15;
    if (q.qualifierInherited) flags.push('qualifier_inherited');
    if (currency.ambiguous) {
      flags.push(FACT_FLAGS.ambiguousCurrency);
      confidence -= 0.1;
    }
    if (elided) {
      flags.push('currency_from_context');
      confidence -= 0.1;
    }
    if (q.glued) confidence -= 0.1;
    let asOf: string | null = null;
    let asOfRule: string | null = null;
    let period: string | null = null;
    const figure = { end: Math.max(q.end, currency.end), folded: unit.folded };
    if (measure === 'received_in_period' || measure === 'distributed' || measure === 'grants_awarded' || measure === 'budget') period = periodNear(unit.time, q.start, figure);
    // "EUR 158.5 million during the period 2004-2015": any amount takes the period its own phrase gives.
    else period = ownPeriod(unit.time, figure);
    if (CUMULATIVE.has(measure)) {
      // A cumulative figure holds at a date. When the sentence gives a period instead ("depuis 2011"),
      // that period is kept and the date comes from the paragraph or the report.
      const resolved = unit.time.asOf || !period ? resolveAsOf(unit, state) : paragraphOrReport(unit, state);
      asOf = resolved.asOf;
      asOfRule = resolved.asOf ? resolved.rule : null;
    } else if (unit.time.asOf) {
      asOf = unit.time.asOf;
      asOfRule = 'sentence';
    }
    const start = Math.min(q.start, currency.start);
    const end = Math.max(q.end, currency.end);
    facts.push(draftFact(unit, {
      kind: 'money', value: q.value, value_max: q.valueMax, currency: currency.currency, fund, measure,
      qualifier: q.qualifier, as_of: asOf, as_of_rule: asOfRule, period, flags, confidence,
      localSpan: [start, end],
    }));
  });
  return { facts, used };
}

function paragraphOrReport(unit: SentenceUnit, state: DocumentState): { asOf: string | null; rule: 'paragraph' | 'report' } {
  if (unit.paragraphAsOf) return { asOf: unit.paragraphAsOf, rule: 'paragraph' };
  return { asOf: state.report.reportDate, rule: 'report' };
}
