import type { Qualifier } from '@palermo/contracts';
import { findDates } from './french-dates.ts';
import { findNumbers, type NumberMention } from './french-numbers.ts';
import { findNonQuantitySpans, overlapsAny } from './non-quantities.ts';
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
}

function toQuantity(n: NumberMention, folded: string): Quantity {
  const q = qualifierBefore(folded, n.start);
  return {
    start: n.start, end: n.end, value: n.value, valueMax: null,
    qualifier: q?.qualifier ?? 'exact', qualifierStart: q?.start ?? null, qualifierInherited: false,
    written: n.written, scale: n.scale,
  };
}

// "entre 5 et 7 milliards": the first bound borrows the scale word of the second.
function mergeRanges(quantities: Quantity[], folded: string): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < quantities.length; i++) {
    const a = quantities[i];
    const b = quantities[i + 1];
    if (!a) continue;
    const before = folded.slice(Math.max(0, a.start - 12), a.start);
    const between = b ? folded.slice(a.end, b.start) : '';
    if (b && /\bentre\s+$/.test(before) && /^\s+et\s+$/.test(between)) {
      const low = a.scale === 1 && b.scale > 1 && a.value < 1000 ? a.value * b.scale : a.value;
      out.push({ ...a, end: b.end, value: low, valueMax: b.value, qualifier: 'range', qualifierStart: a.start - before.length + before.search(/entre/), scale: b.scale });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

// "plus de 450 000 victimes et 300 000 auteurs": the qualifier governs both coordinated figures.
function inheritQualifiers(quantities: Quantity[], folded: string): void {
  for (let i = 1; i < quantities.length; i++) {
    const a = quantities[i - 1];
    const b = quantities[i];
    if (!a || !b || b.qualifier !== 'exact' || a.qualifier === 'exact' || a.qualifier === 'range') continue;
    const between = folded.slice(a.end, b.start);
    if (/^\s+[a-z' -]{1,40}?\s+et\s+$/.test(between) && !/\b(?:dont|de|des|du)\s+et\b/.test(between)) {
      b.qualifier = a.qualifier;
      b.qualifierInherited = true;
    }
  }
}

/** Finds the numbers of a text that can be quantities, with qualifiers and ranges resolved. */
export function findQuantities(text: string): Quantity[] {
  const folded = fold(text);
  const masked = [...findNonQuantitySpans(text), ...findDates(text)];
  const numbers = findNumbers(text).filter((n) => !overlapsAny(n.start, n.end, masked));
  const quantities = mergeRanges(numbers.map((n) => toQuantity(n, folded)), folded);
  inheritQualifiers(quantities, folded);
  return quantities;
}
