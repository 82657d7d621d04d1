import { describe, expect, it } from 'vitest';
import { pageFromColumns, PdfPageColumns } from './pdf-items.ts';

const columns = () => ({
  width: 612,
  height: 792,
  str: ['United Nations', 'A'],
  numbers: new Float64Array([123.375, 57.78, 82.84, 13.98, 13.98, 482.08, 56.46, 14.75, 20, 20]),
  flags: new Uint8Array([1, 2]),
  font: new Uint32Array([0, 1]),
  fontNames: ['g_d0_f1', 'g_d0_f2'],
  fontFamilies: ['serif', 'sans-serif'],
});

describe('a page sent as columns', () => {
  it('becomes the items the layout core reads, every number exact', () => {
    expect(pageFromColumns(PdfPageColumns.parse(columns()))).toEqual({
      width: 612,
      height: 792,
      items: [
        { str: 'United Nations', x: 123.375, y: 57.78, width: 82.84, height: 13.98, fontSize: 13.98, fontName: 'g_d0_f1', fontFamily: 'serif', eol: true, rotated: false },
        { str: 'A', x: 482.08, y: 56.46, width: 14.75, height: 20, fontSize: 20, fontName: 'g_d0_f2', fontFamily: 'sans-serif', eol: false, rotated: true },
      ],
    });
  });

  it('is refused when its columns disagree, a font is missing or a number is not finite', () => {
    expect(PdfPageColumns.safeParse({ ...columns(), flags: new Uint8Array([1]) }).success).toBe(false);
    expect(PdfPageColumns.safeParse({ ...columns(), font: new Uint32Array([0, 2]) }).success).toBe(false);
    expect(PdfPageColumns.safeParse({ ...columns(), numbers: new Float64Array([Number.NaN, 0, 0, 0, 0, 0, 0, 0, 0, 0]) }).success).toBe(false);
    expect(PdfPageColumns.safeParse({ ...columns(), numbers: new Float64Array(5) }).success).toBe(false);
  });
});
