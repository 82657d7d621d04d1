import { describe, expect, it } from 'vitest';
import { endOf, isPartialDate, startOf } from './date-range.ts';

describe('partial dates', () => {
  it('accepts a year, a month or a day that exist', () => {
    for (const date of ['2016', '2016-11', '2016-11-08', '2024-02-29']) expect(isPartialDate(date), date).toBe(true);
  });

  it('refuses malformed or impossible dates', () => {
    for (const date of ['16', '2016-13', '2016-00', '2023-02-29', '2016-11-31', '2016/11', 'yesterday', '2016-1-8', '']) {
      expect(isPartialDate(date), date).toBe(false);
    }
  });

  it('spans the interval a partial date names', () => {
    expect([startOf('2016'), endOf('2016')]).toEqual(['2016-01-01', '2016-12-31']);
    expect([startOf('2024-02'), endOf('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
    expect([startOf('2016-11-08'), endOf('2016-11-08')]).toEqual(['2016-11-08', '2016-11-08']);
  });
});
