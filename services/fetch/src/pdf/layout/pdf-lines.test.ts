import { describe, expect, it } from 'vitest';
import type { PdfItem } from '../pdf-items.ts';
import { dominantSize } from './pdf-lines.ts';

const item = (str: string, fontSize: number): PdfItem => ({ str, x: 0, y: 100, width: 10, height: fontSize, fontSize, fontName: 'F1', fontFamily: 'serif', eol: false, rotated: false });

describe('dominantSize', () => {
  it('is the size most characters are drawn at, not the size of most items', () => {
    expect(dominantSize([item('¹', 7), item('²', 7), item('Le Protocole relatif à la traite', 11), item('³', 7)])).toBe(11);
  });

  it('counts sizes equal to a hundredth as one, and keeps the first seen on a tie', () => {
    expect(dominantSize([item('abcd', 9.001), item('ab', 12), item('ab', 12), item('ab', 8.999)])).toBe(9);
    expect(dominantSize([item('ab', 12), item('ab', 9)])).toBe(12);
  });

  it('is 0 for no items, and the size of items whose text is empty', () => {
    expect(dominantSize([])).toBe(0);
    expect(dominantSize([item('', 10)])).toBe(10);
  });
});
