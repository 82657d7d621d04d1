import { describe, expect, it } from 'vitest';
import { csvField, csvLine } from './csv.ts';

describe('csv', () => {
  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('170 États, au 8 novembre')).toBe('"170 États, au 8 novembre"');
    expect(csvField('dit « oui » et "non"')).toBe('"dit « oui » et ""non"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
  });
  it('writes nulls as empty, spans as start-end and flags joined', () => {
    expect(csvLine([null, 1.5, [10, 20], ['count_mismatch', 'parties_fell']])).toBe(',1.5,10-20,count_mismatch;parties_fell');
  });
});
