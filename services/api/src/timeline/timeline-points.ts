import type { Fact } from '@palermo/contracts';
import { startOf } from '../format/date-range.ts';

/** One point of a time series, with everything needed to check it against its source. */
export interface TimelinePoint {
  date: string | null;
  value: number | null;
  qualifier: string | null;
  as_of: string | null;
  period: string | null;
  instrument: string | null;
  fund: string | null;
  measure: string | null;
  currency: string | null;
  unit: string | null;
  document: string;
  source: string;
  section: string | null;
  paragraph: number | null;
  footnote: number | null;
  span: [number, number];
  quote: string;
  flags: string[];
}

const DATE = /^\d{4}(-\d{2}){0,2}$/;

/**
 * The date a point stands at: its as_of, else the end of its period when that is a date
 * (`2021/2022` → 2022, a single `2022` → 2022), else null (an open period such as `2011/..`).
 */
export function pointDate(fact: Pick<Fact, 'as_of' | 'period' | 'date'>): string | null {
  if (fact.as_of && DATE.test(fact.as_of)) return fact.as_of;
  if (fact.date && DATE.test(fact.date)) return fact.date;
  if (fact.period) {
    const end = fact.period.split('/').pop() ?? '';
    if (DATE.test(end)) return end;
  }
  return null;
}

/** Facts as points ordered by date (undated last), ties kept in the order the facts came. */
export function timelinePoints(facts: readonly Fact[]): TimelinePoint[] {
  const points = facts.map((fact, order) => ({ order, point: toPoint(fact) }));
  points.sort((a, b) => compareDates(a.point.date, b.point.date) || a.order - b.order);
  return points.map(({ point }) => point);
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return startOf(a) < startOf(b) ? -1 : startOf(a) > startOf(b) ? 1 : a.length - b.length;
}

function toPoint(fact: Fact): TimelinePoint {
  return {
    date: pointDate(fact), value: fact.value, qualifier: fact.qualifier, as_of: fact.as_of, period: fact.period,
    instrument: fact.instrument, fund: fact.fund, measure: fact.measure, currency: fact.currency, unit: fact.unit,
    document: fact.document, source: fact.source, section: fact.section, paragraph: fact.paragraph, footnote: fact.footnote,
    span: fact.span, quote: fact.quote, flags: fact.flags,
  };
}
