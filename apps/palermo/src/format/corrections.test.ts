import { describe, expect, it } from 'vitest';
import type { Correction } from '@palermo/contracts';
import { renderCorrections } from './corrections.ts';

const apostrophe = (offset: number): Correction => ({ offset, before: '\u2019', after: "'", rule: 'apostrophe' });

describe('renderCorrections', () => {
  it('counts every rule in the heading and keeps a rare rule listed after hundreds of a frequent one', () => {
    const corrections = [...Array.from({ length: 300 }, (_, i) => apostrophe(i * 10)), { offset: 4000, before: 'Protoeole', after: 'Protocole', rule: 'ocr' }];
    const lines = renderCorrections(corrections);
    expect(lines[1]).toBe('Corrections (301: apostrophe 300, ocr 1)');
    expect(lines).toContain('  @4000  "Protoeole" → "Protocole"  (ocr)');
    expect(lines.filter((l) => l.endsWith('(apostrophe)'))).toHaveLength(20);
    expect(lines).toContain('  … 280 more apostrophe (--format json lists all)');
  });

  it('says there are none', () => {
    expect(renderCorrections([])).toEqual(['', 'Corrections (0)']);
  });
});
