import { describe, expect, it } from 'vitest';
import { removeControlCharacters } from './control-characters.ts';

describe('removeControlCharacters', () => {
  it('leaves text without control characters alone, tabs, lines and pages included', () => {
    const text = 'Cell\tcell\nline\fpage ² “quoted” 𝄞';
    expect(removeControlCharacters(text)).toEqual({ text, corrections: [] });
  });

  it('turns a control character between two words into a space and removes it elsewhere, each recorded', () => {
    const { text, corrections } = removeControlCharacters('\u0000Hello\u0000world\u0007 \u009F!');
    expect(text).toBe('Hello world !');
    expect(corrections).toEqual([
      { offset: 0, before: 'U+0000', after: '', rule: 'control-character' },
      { offset: 5, before: 'U+0000', after: ' ', rule: 'control-character' },
      { offset: 11, before: 'U+0007', after: '', rule: 'control-character' },
      { offset: 12, before: 'U+009F', after: '', rule: 'control-character' },
    ]);
    for (const correction of corrections) expect(text.slice(correction.offset, correction.offset + correction.after.length)).toBe(correction.after);
  });

  it('replaces a lone surrogate, which UTF-8 cannot hold, and keeps pairs', () => {
    const { text, corrections } = removeControlCharacters('a\uD800b\uDC00c\uD834\uDD1E');
    expect(text).toBe('a\uFFFDb\uFFFDc𝄞');
    expect(corrections.map((correction) => correction.rule)).toEqual(['lone-surrogate', 'lone-surrogate']);
  });

  it('never leaves a character PostgreSQL refuses in the text or in a correction', () => {
    const { text, corrections } = removeControlCharacters('x\u0000'.repeat(50));
    expect(JSON.stringify({ text, corrections })).not.toMatch(/\\u0000/);
  });
});
