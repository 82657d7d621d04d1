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

  it("keeps a fascicle's performance measure, headed by years, though its cells run long (A/81/6 (Sect. 24), table 24.5)", () => {
    const table = [
      '2023 (actual)\t2024 (actual)\t2025 (actual)\t2026 (planned)\t2027 (planned)',
      '–\t–\tMember States, especially parliamentarians, have the enhanced capacity to define terrorism in domestic laws in line with international norms and standards\tMember States and other stakeholders, especially specialized programmes of United Nations country teams, are better informed about the human rights-based approach to regulating artificial intelligence in counter-terrorism measures\tMember States and other stakeholders increasingly take action to ensure that terrorism designation legal frameworks and practices comply with international human rights laws',
    ].join('\n');
    expect(keepTableTabs(`Performance measure\n${table}\n24.32 Table 24.6 lists all deliverables of the subprogramme.`)).toContain(table);
  });
});
