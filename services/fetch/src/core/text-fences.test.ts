import { describe, expect, it } from 'vitest';
import { textFenceBreach } from './text-fences.ts';

const fences = { maxChars: 1_000, maxLineChars: 100 };

describe('textFenceBreach', () => {
  it('lets text within both fences through', () => {
    expect(textFenceBreach(`${'a'.repeat(100)}\n${'b'.repeat(100)}\n`, fences)).toBeNull();
  });
  it('names the line-length limit for a line too long, wherever it is', () => {
    expect(textFenceBreach(`court\n${'a'.repeat(101)}\nfin`, fences)).toBe('a line of 101 characters, more than the limit of 100 (TEXT_MAX_LINE_CHARS)');
    expect(textFenceBreach('a'.repeat(101), fences)).toMatch(/^a line of 101 characters/);
  });
  it('names the size limit for a text too long', () => {
    expect(textFenceBreach('a\n'.repeat(501), fences)).toBe('1002 characters of text, more than the limit of 1000 (TEXT_MAX_CHARS)');
  });
  it('checks a 10 MB line in linear time', () => {
    const started = performance.now();
    expect(textFenceBreach('a'.repeat(10_000_000), { maxChars: 20_000_000, maxLineChars: 100_000 })).toMatch(/^a line of 10000000 characters/);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
