import { describe, expect, it } from 'vitest';
import { sessionNumber } from './session-number.ts';

describe('sessionNumber', () => {
  it('reads English and French ordinals as the number of the session', () => {
    expect(sessionNumber('Seventy-eighth session')).toBe(78);
    expect(sessionNumber('Eighty-first session')).toBe(81);
    expect(sessionNumber('Eightieth session')).toBe(80);
    expect(sessionNumber('Twelfth session')).toBe(12);
    expect(sessionNumber('Soixante-dix-huitième session')).toBe(78);
    expect(sessionNumber('Soixante-troisième session')).toBe(63);
    expect(sessionNumber('Quatre-vingt-unième session')).toBe(81);
    expect(sessionNumber('Quatre-vingtième session')).toBe(80);
    expect(sessionNumber('Vingt et unième session')).toBe(21);
    expect(sessionNumber('Cinquième session')).toBe(5);
  });

  it('gives null for words that are not an ordinal', () => {
    expect(sessionNumber('Special session')).toBeNull();
    expect(sessionNumber('Substantive session')).toBeNull();
  });
});
