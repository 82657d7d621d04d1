import type { Qualifier } from '@palermo/contracts';
import { findDates, type DateMention } from './dates.ts';
import type { LanguageProfile } from './language-profile.ts';
import { findNumbers, type NumberMention } from './numbers.ts';
import { findNonQuantitySpans, overlapsAny } from './non-quantities.ts';
import { FRENCH } from './profile-fr.ts';
import { qualifierBefore } from './qualifiers.ts';
import { fold } from './text-fold.ts';

/** A number that can be a quantity (not a date, symbol or reference), with its qualifier. */
export interface Quantity {
  start: number; // span of the figure itself, scale word included
  end: number;
  value: number;
  valueMax: number | null;
  qualifier: Qualifier;
  qualifierStart: number | null;
  qualifierInherited: boolean;
  written: 'digits' | 'words';
  scale: number;
  glued: boolean;
}

function toQuantity(n: NumberMention, folded: string, profile: LanguageProfile): Quantity {
  const q = qualifierBefore(folded, n.start, profile);
  return {
    start: n.start, end: n.end, value: n.value, valueMax: null,
    qualifier: q?.qualifier ?? 'exact', qualifierStart: q?.start ?? null, qualifierInherited: false,
    written: n.written, scale: n.scale, glued: n.glued,
  };
}

const SIGN = /(?:us\$|\$|€|£|usd |eur )\s*$/;

// How two neighbouring figures make a range, if they do.
function rangeForm(a: Quantity, b: Quantity, folded: string, profile: LanguageProfile): 'dashed' | 'worded' | null {
  const before = folded.slice(Math.max(0, a.start - 12), a.start).replace(SIGN, '');
  const between = folded.slice(a.end, b.start);
  // "10,000 – 13,000 potential victims": a dash between two plain figures is a range too.
  if (/^ ?[–—-] ?$/.test(between) && a.qualifier === 'exact' && a.value < b.value && a.scale === b.scale) return 'dashed';
  // "entre 5 et 7 milliards", "between 5 and 7 million", "de 10 à 30 000 €", "from 10 to 15 years";
  // the bounds may each carry the unit: "entre 5 000 dollars et 10 000 dollars", "between $5 million and $7 million".
  const link = (profile.rangeBefore.test(before) ? profile.rangeBetween : profile.rangeFrom.test(before) ? profile.rangeTo : null)?.exec(between);
  if (!link) return null;
  // "est passé de 150 à 181", "rose from 10 to 30": two values at two times, not a range.
  if (profile.rangeFrom.test(before) && profile.changeBefore.test(folded.slice(Math.max(0, a.start - 60), a.start).replace(SIGN, ''))) return null;
  const unitA = between.slice(0, link.index).trim();
  const sameUnit = unitA === '' || (unitA.length <= 30 && folded.slice(b.end).trimStart().startsWith(unitA));
  return sameUnit ? 'worded' : null;
}

// The first bound borrows the scale of the second: "entre 5 et 7 milliards"; and, in words, its
// thousands: "de 10 à 30 000 €" is 10 000 to 30 000 (a lower bound that stays below the upper one).
function lowBound(a: Quantity, b: Quantity, folded: string): number {
  if (a.scale === 1 && b.scale > 1 && a.value < 1000) return a.value * b.scale;
  const groups = /(?:[ .,'](?:000))+$/.exec(folded.slice(b.start, b.end))?.[0].length ?? 0;
  const borrowed = a.value * 1000 ** (groups / 4);
  const bare = /^\d{1,3}$/.test(folded.slice(a.start, a.end));
  return a.scale === 1 && b.scale === 1 && groups > 0 && bare && borrowed < b.value ? borrowed : a.value;
}

function mergeRanges(quantities: Quantity[], folded: string, profile: LanguageProfile): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < quantities.length; i++) {
    const a = quantities[i];
    const b = quantities[i + 1];
    if (!a) continue;
    const form = b ? rangeForm(a, b, folded, profile) : null;
    if (b && form) {
      const low = lowBound(a, b, folded);
      if (low > b.value) {
        out.push(a);
        continue;
      }
      const before = folded.slice(Math.max(0, a.start - 12), a.start);
      const opener = before.search(/\b(?:entre|between)\s/);
      out.push({
        start: a.start, end: b.end, value: low, valueMax: b.value, qualifier: 'range', qualifierStart: opener >= 0 ? a.start - before.length + opener : a.start,
        qualifierInherited: a.qualifierInherited, written: a.written, scale: b.scale, glued: a.glued,
      });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

function isPercentage(q: Quantity, folded: string, profile: LanguageProfile): boolean {
  return profile.percentAfter.test(folded.slice(q.end, q.end + 12));
}

// "plus de 450 000 victimes et 300 000 auteurs": the qualifier governs both coordinated figures.
function inheritQualifiers(quantities: Quantity[], folded: string, profile: LanguageProfile): void {
  for (let i = 1; i < quantities.length; i++) {
    const a = quantities[i - 1];
    const b = quantities[i];
    if (!a || !b || b.qualifier !== 'exact' || a.qualifier === 'exact' || a.qualifier === 'range') continue;
    const between = folded.slice(a.end, b.start);
    // A qualifier of a figure does not govern a percentage after it, nor the reverse:
    // "des femmes de moins de 25 ans et 25 % étaient..." leaves "25 %" exact.
    if (isPercentage(a, folded, profile) !== isPercentage(b, folded, profile)) continue;
    if (profile.coordination.test(between) && !/\b(?:dont|de|des|du|of|including)\s+(?:et|and)\b/.test(between)) {
      b.qualifier = a.qualifier;
      b.qualifierInherited = true;
    }
  }
}

/**
 * Finds the numbers of a text that can be quantities, with qualifiers and ranges resolved. The
 * sentence is scanned once for numbers; masks and dates are looked for only when there is one.
 */
export function findQuantities(text: string, profile: LanguageProfile = FRENCH, folded = fold(text), dates?: DateMention[]): Quantity[] {
  const found = findNumbers(text, profile, folded);
  if (found.length === 0) return [];
  const masked = [...findNonQuantitySpans(text, profile, folded), ...(dates ?? findDates(text, profile, folded))];
  const numbers = found.filter((n) => !overlapsAny(n.start, n.end, masked));
  const quantities = mergeRanges(numbers.map((n) => toQuantity(n, folded, profile)), folded, profile);
  inheritQualifiers(quantities, folded, profile);
  return quantities;
}
