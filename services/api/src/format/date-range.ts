import { z } from 'zod';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A calendar date as the facts write it: yyyy, yyyy-mm or yyyy-mm-dd, and a real one. */
export const PartialDate = z.string().refine(isPartialDate, { message: 'expected a date as yyyy, yyyy-mm or yyyy-mm-dd' });

/** Whether `text` is yyyy, yyyy-mm or yyyy-mm-dd naming a day, month or year that exists. */
export function isPartialDate(text: string): boolean {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= daysInMonth(Number(year), m);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day a partial date covers: 2016 → 2016-01-01, 2016-11 → 2016-11-01. */
export function startOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day a partial date covers: 2016 → 2016-12-31, 2016-02 → 2016-02-29. */
export function endOf(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-${String(daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)))).padStart(2, '0')}`;
  return date;
}
