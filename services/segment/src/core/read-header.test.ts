// Header blocks as the clean stage reads them from the fascicle and a resolution in test/fixtures/reading.
import { describe, expect, it } from 'vitest';
import { readHeader } from './read-header.ts';

// A/81/6 (Sect. 17), first page: the symbol on a line of its own, its star calling a note.
const FASCICLE = [
  'United Nations',
  'General Assembly',
  'A/81/6 (Sect. 17)/Part A*',
  'Distr.: General',
  '12 March 2026',
  'Original: English',
  'Eighty-first session',
  'Items 138 and 139 of the preliminary list**',
  'Proposed programme budget for 2027',
];

describe('readHeader: the symbol as printed', () => {
  it('keeps the section and part of a fascicle symbol printed on a line of its own', () => {
    const meta = readHeader(FASCICLE, [], 'en');
    expect(meta.symbol).toBe('A/81/6 (Sect. 17)/Part A');
    expect(meta.organ).toBe('General Assembly');
    expect(meta.agendaItem).toBe('138 and 139');
  });

  it('reads a plain symbol line as before, and ignores a star note citing another symbol', () => {
    expect(readHeader(['United Nations', 'General Assembly', 'A/RES/78/228', 'Distr.: General'], [], 'en').symbol).toBe('A/RES/78/228');
    expect(readHeader(['* A/81/50.', 'General Assembly'], [], 'en').symbol).toBeNull();
  });

  it('keeps the section of a symbol with no part', () => {
    expect(readHeader(['United Nations', 'General Assembly', 'A/81/6 (Sect. 16)', 'Distr.: General'], [], 'en').symbol).toBe('A/81/6 (Sect. 16)');
  });
});

// A/RES/78/184, first page: the agenda item's title begins "Report of the…".
const RESOLUTION_UNDER_A_REPORT_ITEM = [
  'United Nations',
  'General Assembly',
  'Distr.: General',
  '22 December 2023',
  'Seventy-eighth session',
  'Agenda item 60',
  'Report of the United Nations High Commissioner for Refugees, questions relating to refugees, returnees and displaced persons and humanitarian questions',
  'Resolution adopted by the General Assembly on 19 December 2023',
  '[on the report of the Third Committee (A/78/474, para. 26)]',
  '78/184. Office of the United Nations High Commissioner for Refugees',
  'The General Assembly,',
];

describe('readHeader: the title', () => {
  it("takes a resolution's numbered title, not its agenda item's title beginning 'Report of the'", () => {
    const meta = readHeader(RESOLUTION_UNDER_A_REPORT_ITEM, [], 'en');
    expect(meta.title).toBe('Office of the United Nations High Commissioner for Refugees');
    expect(meta.agendaItem).toBe('60');
  });

  it("never takes the 'Agenda item 60' line above a 'Report of the…' line as the title", () => {
    const upToItemTitle = RESOLUTION_UNDER_A_REPORT_ITEM.slice(0, 7);
    expect(readHeader(upToItemTitle, [], 'en').title).toBe(upToItemTitle[6]);
  });
});
