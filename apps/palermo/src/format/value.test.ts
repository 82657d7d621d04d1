import { describe, expect, it } from 'vitest';
import { describeValue, groupDigits } from './value.ts';

describe('describeValue', () => {
  it('reads a figure as the reports print it', () => {
    expect(describeValue({ value: 6_000_000, qualifier: 'more_than', currency: 'USD', unit: null })).toBe('more than 6 000 000 USD');
    expect(describeValue({ value: 5, value_max: 7, qualifier: 'range', currency: null, unit: 'years' })).toBe('5–7 years');
    expect(describeValue({ value: 150, qualifier: 'exact', currency: null, unit: 'States' })).toBe('150 States');
    expect(groupDigits(9.8)).toBe('9,8');
  });
});
