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
