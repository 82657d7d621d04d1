import { describe, expect, it } from 'vitest';
import { dateInterval, flagFallingParties, PARTIES_FELL, type PartiesPoint } from './flag-falling-parties.ts';

const point = (id: number, value: number, as_of: string | null, instrument = 'trafficking_protocol', flags: string[] = []): PartiesPoint => ({ id, instrument, value, as_of, flags });

describe('flagFallingParties', () => {
  it('accepts a series that only grows: 150 (2012), 170 (8 Nov 2016), 181 (2023)', () => {
    expect(flagFallingParties([point(1, 150, '2012'), point(2, 170, '2016-11-08'), point(3, 181, '2023-05-31')])).toEqual(new Map());
  });

  it('flags a later figure lower than an earlier one, for the same instrument only', () => {
    const changes = flagFallingParties([point(1, 170, '2016-11-08'), point(2, 165, '2018'), point(3, 100, '2019', 'migrants_protocol')]);
    expect(changes).toEqual(new Map([[2, [PARTIES_FELL]]]));
  });

  it('does not compare overlapping or undated figures', () => {
    expect(flagFallingParties([point(1, 170, '2016'), point(2, 165, '2016-11-08'), point(3, 10, null)])).toEqual(new Map());
  });

  it('clears the flag when the figure that made it fall is gone, keeping other flags', () => {
    const changes = flagFallingParties([point(2, 165, '2018', 'trafficking_protocol', ['count_mismatch', PARTIES_FELL])]);
    expect(changes).toEqual(new Map([[2, ['count_mismatch']]]));
  });
});

describe('dateInterval', () => {
  it('spans the precision of the date', () => {
    expect(dateInterval('2016')).toEqual(['2016-01-01', '2016-12-31']);
    expect(dateInterval('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(dateInterval('2016-11-08')).toEqual(['2016-11-08', '2016-11-08']);
    expect(dateInterval('2011/..')).toBeNull();
  });
});

describe('flagFallingParties on many figures', () => {
  it('does not compare two figures of the same day (their periods overlap)', () => {
    expect(flagFallingParties([point(1, 170, '2016-11-08'), point(2, 165, '2016-11-08')])).toEqual(new Map());
  });

  // The rule as first written, every pair compared: the sorted version must agree with it.
  const pairwise = (points: PartiesPoint[]): Set<number> =>
    new Set(points.filter((p) => {
      const when = dateInterval(p.as_of);
      return when && p.value !== null && points.some((e) => {
        const before = dateInterval(e.as_of);
        return e.instrument === p.instrument && e.value !== null && before !== null && before[1] < when[0] && e.value > p.value!;
      });
    }).map((p) => p.id));

  it('flags exactly the figures the pairwise rule flags, on 2,000 random figures of mixed precision', () => {
    let seed = 42;
    const random = (n: number): number => {
      // mulberry32: a small seeded generator whose low bits are not periodic
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    const dates = (): string | null => {
      const year = String(2005 + random(20));
      const month = String(1 + random(12)).padStart(2, '0');
      const day = String(1 + random(28)).padStart(2, '0');
      return [null, year, `${year}-${month}`, `${year}-${month}-${day}`][random(4)]!;
    };
    const points = Array.from({ length: 2_000 }, (_, id) =>
      point(id, 100 + random(90), dates(), ['trafficking_protocol', 'migrants_protocol', 'convention'][random(3)], random(5) === 0 ? [PARTIES_FELL] : []));
    const expected = pairwise(points);
    expect(expected.size).toBeGreaterThan(100); // the sample does hold falling figures
    const changes = flagFallingParties(points);
    const flagged = new Set(points.filter((p) => (changes.get(p.id) ?? p.flags).includes(PARTIES_FELL)).map((p) => p.id));
    expect(flagged).toEqual(expected);
  });
});
