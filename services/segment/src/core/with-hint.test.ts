import { describe, expect, it } from 'vitest';
import type { SegmentedDocument } from '@palermo/contracts';
import { withHint } from './with-hint.ts';

const read = (symbol: string | null, language: string): SegmentedDocument => ({
  text: '', sections: [], paragraphs: [], footnotes: [], warnings: [],
  metadata: { symbol, organ: null, date: null, session: null, agendaItem: null, title: null, language },
});

describe('withHint', () => {
  it('keeps what was read when nothing was asked for', () => {
    expect(withHint(read('A/RES/80/228', 'en'), null)).toEqual(read('A/RES/80/228', 'en'));
  });
  it('takes the symbol and language the endpoint was asked for, warning where reading disagrees', () => {
    const hinted = withHint(read(null, 'en'), { symbol: 'A/80/999', language: 'fr' });
    expect(hinted.metadata).toMatchObject({ symbol: 'A/80/999', language: 'fr' });
    expect(hinted.warnings).toEqual(['the text reads as en, but was fetched as the fr edition']);
  });
  it('keeps a printed symbol that extends the one asked for (a part of a fascicle)', () => {
    const hinted = withHint(read('A/81/6 (Sect. 17)/Part A', 'en'), { symbol: 'A/81/6 (Sect. 17)', language: 'en' });
    expect(hinted.metadata.symbol).toBe('A/81/6 (Sect. 17)/Part A');
    expect(hinted.warnings).toEqual([]);
  });
});
