/** The flag on a States-parties figure lower than one an earlier report gave for the same instrument. */
export const PARTIES_FELL = 'parties_fell';

/** What the check needs of a stored treaty_parties fact. */
export interface PartiesPoint {
  id: number;
  instrument: string | null;
  value: number | null;
  as_of: string | null;
  flags: readonly string[];
}

/** [first day, last day] of an ISO date of any precision (yyyy, yyyy-mm, yyyy-mm-dd); null if not a date. */
export function dateInterval(iso: string | null): [string, string] | null {
  const match = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso) : null;
  if (!match?.[1]) return null;
  const [, year, month, day] = match;
  if (day) return [`${year}-${month}-${day}`, `${year}-${month}-${day}`];
  if (month) return [`${year}-${month}-01`, `${year}-${month}-${String(new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate()).padStart(2, '0')}`];
  return [`${year}-01-01`, `${year}-12-31`];
}

/**
 * Across documents, the number of parties to an instrument must not fall as dates advance: a
 * figure lower than one dated strictly earlier (the periods do not overlap) is flagged. Returns
 * the new flags of every fact whose flags change, by id. Runs on every index job over every stored
 * figure, so it sorts once per instrument (n log n) instead of comparing every pair.
 */
export function flagFallingParties(points: readonly PartiesPoint[]): Map<number, string[]> {
  const periods = points.map((point) => (point.value === null ? null : dateInterval(point.as_of)));
  // Per instrument, the dated figures by the last day of their period, with the highest value
  // among those ending on or before each one.
  const dated = points.flatMap((point, i) => (periods[i] ? [{ instrument: point.instrument, end: periods[i]![1], value: point.value! }] : []));
  dated.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
  const series = new Map<string | null, { ends: string[]; highest: number[] }>();
  for (const { instrument, end, value } of dated) {
    const entry = series.get(instrument) ?? { ends: [], highest: [] };
    entry.ends.push(end);
    entry.highest.push(Math.max(value, entry.highest.at(-1) ?? -Infinity));
    series.set(instrument, entry);
  }
  const changes = new Map<number, string[]>();
  points.forEach((point, i) => {
    const when = periods[i];
    const entry = series.get(point.instrument);
    const before = when && entry ? countBefore(entry.ends, when[0]) : 0;
    const fell = before > 0 && entry!.highest[before - 1]! > point.value!;
    const has = point.flags.includes(PARTIES_FELL);
    if (fell !== has) changes.set(point.id, fell ? [...point.flags, PARTIES_FELL] : point.flags.filter((flag) => flag !== PARTIES_FELL));
  });
  return changes;
}

/** How many of the sorted `ends` fall strictly before `day`. */
function countBefore(ends: readonly string[], day: string): number {
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ends[middle]! < day) low = middle + 1;
    else high = middle;
  }
  return low;
}
