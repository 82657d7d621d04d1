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
 * the new flags of every fact whose flags change, by id.
 */
export function flagFallingParties(points: readonly PartiesPoint[]): Map<number, string[]> {
  const changes = new Map<number, string[]>();
  for (const point of points) {
    const when = dateInterval(point.as_of);
    const fell = when !== null && point.value !== null && points.some((earlier) => {
      const before = dateInterval(earlier.as_of);
      return earlier.instrument === point.instrument && earlier.value !== null && before !== null && before[1] < when[0] && earlier.value > point.value!;
    });
    const has = point.flags.includes(PARTIES_FELL);
    if (fell !== has) changes.set(point.id, fell ? [...point.flags, PARTIES_FELL] : point.flags.filter((flag) => flag !== PARTIES_FELL));
  }
  return changes;
}
