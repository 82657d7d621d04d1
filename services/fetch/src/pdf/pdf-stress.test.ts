// Stress: the largest PDF of the development corpus, read 50 times in a row through the pool,
// with processes recycled every 10 documents. Before the pool, the parser's reply was lost on
// most attempts on fascicles like this one ("the PDF parser stopped (exit 0)"); none may be now.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closePdfParsers, extractPdfText } from './extract-pdf-text.ts';

const LARGEST = readFileSync(new URL('../../../../test/fixtures/pdf-engine/A_81_6_Sect.24.pdf', import.meta.url));
const RUNS = 50;
const LIMITS = { maxBytes: 10_000_000, maxPages: 100, timeoutMs: 120_000, maxMemoryMb: 512, processes: 1, maxDocumentsPerProcess: 10 };

afterAll(() => closePdfParsers());

describe('the PDF engine under repetition', () => {
  it(`reads A/81/6 (Sect. 24) ${RUNS} times in a row with no result lost and the same text each time`, async () => {
    const texts = new Set<string>();
    let read = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const { text, pageCount } = await extractPdfText(LARGEST, LIMITS, `A_81_6_Sect.24.pdf (run ${run + 1})`, 'stress');
      expect(pageCount).toBe(47);
      texts.add(text);
      read += 1;
    }
    expect(read).toBe(RUNS);
    expect(texts.size).toBe(1);
    expect([...texts][0]).toContain('24.1 The United Nations human rights programme is responsible for the promotion');
  }, 30 * 60_000);
});
