import { describe, expect, it } from 'vitest';
import { Fact } from '@palermo/contracts';
import { pointDate, timelinePoints } from './timeline-points.ts';

const fact = (value: number, as_of: string | null, period: string | null = null): Fact =>
  Fact.parse({
    document: 'ab'.repeat(32), source: '/seeds/x.txt', extractor_version: '1', kind: 'treaty_parties', value, unit: 'States',
    currency: null, instrument: 'trafficking_protocol', fund: null, measure: null, qualifier: 'exact', as_of, period, state: null,
    action: null, date: null, subject: null, paragraph: 1, section: null, span: [0, 3], quote: `q${value}`, confidence: 1,
  });

describe('timelinePoints', () => {
  it('orders the points by date, a year before the days within it, undated last', () => {
    const points = timelinePoints([fact(181, '2023-05-31'), fact(0, null), fact(170, '2016-11-08'), fact(150, '2012'), fact(151, '2012-03')]);
    expect(points.map((p) => p.value)).toEqual([150, 151, 170, 181, 0]);
    expect(points[2]).toMatchObject({ date: '2016-11-08', as_of: '2016-11-08', quote: 'q170', paragraph: 1, document: 'ab'.repeat(32) });
  });

  it('dates a figure by its period when it has no as_of', () => {
    expect(pointDate({ as_of: null, date: null, period: '2022' })).toBe('2022');
    expect(pointDate({ as_of: null, date: null, period: '2021/2022' })).toBe('2022');
    expect(pointDate({ as_of: null, date: null, period: '2011/..' })).toBeNull();
    expect(pointDate({ as_of: '2023-07-23', date: null, period: '2011/..' })).toBe('2023-07-23');
  });
});
