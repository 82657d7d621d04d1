import { describe, expect, it } from 'vitest';
import { pollInterval } from './poll-interval.ts';

describe('pollInterval', () => {
  it('polls four times a second for a few documents, less often for thousands, never less than every 2 s', () => {
    expect(pollInterval(1)).toBeCloseTo(250.25);
    expect(pollInterval(42)).toBeLessThan(261);
    expect(pollInterval(2000)).toBe(750);
    expect(pollInterval(100_000)).toBe(2000);
  });
});
