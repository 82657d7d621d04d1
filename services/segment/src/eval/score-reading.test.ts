import { describe, expect, it } from 'vitest';
import type { SegmentedDocument } from '@palermo/contracts';
import { ExpectedReading } from './reading-expectation.ts';
import { scoreReading } from './score-reading.ts';

const expected = ExpectedReading.parse({
  file: 'x.pdf', kind: 'resolution-short', split: 'dev',
  symbol: 'A/RES/1/2', date: '2025-01-02', session: 1, agendaItem: '9 (b)', title: 'A “title”',
  parts: [], highestParagraph: '2', preamble: 1,
  paragraphs: [{ n: null, starts: 'Recalling' }, { n: '2', starts: 'Decides to', contains: '(a) Keep' }],
  footnotes: 1, tables: 0, closing: '5th plenary meeting', verbatim: ['’s'], absent: ['2/3', '25-12345'],
});

function doc(overrides: Partial<SegmentedDocument> = {}): SegmentedDocument {
  const para = (index: number, number: number | null, text: string) => ({ index, number, numbered: number !== null, sectionId: null, text, start: 0, end: 0, footnoteRefs: [] });
  return {
    text: 'Recalling the State’s duty, 42/39,',
    metadata: { symbol: 'A/RES/1/2', organ: null, date: '2025-01-02', session: 'First session', sessionNumber: 1, agendaItem: '9 (b)', title: 'A "title"', language: 'en' },
    sections: [],
    paragraphs: [para(0, null, 'Recalling the State’s duty, 42/39,'), para(1, 1, 'Notes.'), para(2, 2, 'Decides to act:\n(a) Keep it;')],
    footnotes: [{ number: 1, marker: '¹', text: 'A/1.', start: 0, end: 0, paragraphIndex: 0 }],
    warnings: [],
    tables: [],
    blocks: [{ kind: 'closing', text: '5th plenary meeting', sectionId: null }],
    ...overrides,
  };
}

describe('scoreReading', () => {
  it('passes every check of a document read as the pages say, quotes folded only where words are compared', () => {
    const score = scoreReading('x', expected, doc());
    expect(score.checks.filter((c) => !c.passed)).toEqual([]);
    expect(score.score).toBe(1);
  });

  it('fails the checks a wrong reading breaks, and only those', () => {
    const bad = doc({ text: "Recalling the State's duty", blocks: [] });
    bad.paragraphs[2] = { ...bad.paragraphs[2]!, text: 'Decides to act. 5th plenary meeting 25-12345' };
    const failed = scoreReading('x', expected, bad).checks.filter((c) => !c.passed).map((c) => c.name);
    expect(failed).toEqual(['paragraph 2', 'closing line', 'characters kept', 'absent']);
  });

  it('finds the highest of lettered fascicle numbers by value, not by the order paragraphs come in', () => {
    const fascicle = ExpectedReading.parse({ ...expected, highestParagraph: '29A.148', paragraphs: [] });
    const para = (index: number, label: string) => ({ index, number: null, numbered: true, label, sectionId: null, text: 'x', start: 0, end: 0, footnoteRefs: [] });
    const read = doc({ paragraphs: [para(0, '29A.9'), para(1, '29A.148'), para(2, '29A.10')] });
    const highest = scoreReading('x', fascicle, read).checks.find((c) => c.name === 'highest paragraph');
    expect(highest).toMatchObject({ passed: true, found: '29A.148' });
  });

  it('finds a table row only cell for cell, a heading only as a whole section title, a paragraph\'s end only at its end', () => {
    const fascicle = ExpectedReading.parse({
      ...expected,
      paragraphs: [{ n: '2', starts: 'Decides to', ends: 'Keep it;' }],
      tables: 1,
      tableRows: [['', '2025', '2026']],
      headings: ['Result 3: Member States adopt laws'],
    });
    const section = { id: 'A.u1', number: 'u1', level: 2, title: 'Result 3: Member States adopt laws', parentId: null };
    const run = { id: 'A.u1', number: 'u1', level: 2, title: 'Result 3: Member States adopt laws Proposed programme plan for 2027', parentId: null };
    const table = (rows: string[][]) => ({ index: 0, title: null, sectionId: null, page: 1, rows });
    const merged = doc({ tables: [table([['', '2025 2026']])] });
    const split = doc({ tables: [table([['', '2025', '2026']])], sections: [section] });
    const failed = (read: SegmentedDocument) => scoreReading('x', fascicle, read).checks.filter((c) => !c.passed).map((c) => c.name);
    expect(failed(merged)).toEqual(['table row', 'heading']);
    expect(failed(split)).toEqual([]);
    expect(failed({ ...split, sections: [run] })).toEqual(['heading']);
    const longer = split.paragraphs.map((p) => (p.number === 2 ? { ...p, text: `${p.text} Figure 24.I` } : p));
    expect(failed({ ...split, paragraphs: longer })).toEqual(['paragraph 2']);
  });
});
