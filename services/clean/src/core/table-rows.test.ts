import { describe, expect, it } from 'vitest';
import { keepTableTabs } from './table-rows.ts';

describe('keepTableTabs', () => {
  it('keeps the tabs of a table of short cells', () => {
    const table = 'Category\t2025\t2026\nParliamentary documentation\t1\t3';
    expect(keepTableTabs(`Text before.\n${table}\nText after.`)).toBe(`Text before.\n${table}\nText after.`);
  });

  it('turns into spaces the tabs of prose the PDF reader set apart', () => {
    const prose = `iii) Climate, Crime\t\tand\nExploitation : ${'une note de synthèse très longue '.repeat(6)}\t\t`;
    expect(keepTableTabs(prose)).toBe(`iii) Climate, Crime and\nExploitation : ${'une note de synthèse très longue '.repeat(6).trim()}`);
  });
});
