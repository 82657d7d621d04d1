// PDF_ENGINE=pdftotext (poppler, when installed) must read the fixtures as pdf.js, the default,
// does: the same paragraphs, footnotes, sections and tables once clean and segment have run. The
// real UN PDFs are the reading evaluation's development set and the PDF engine's fixtures (never
// the held-out ones); the French seeds are read from the renderings the team makes of them.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanText } from '@palermo/clean';
import type { SegmentedDocument } from '@palermo/contracts';
import { segmentText } from '@palermo/segment';
import { closePdfParsers, extractPdfText } from '../../services/fetch/src/pdf/extract-pdf-text.ts';
import { pdftotextInstalled } from '../../services/fetch/src/pdf/pdftotext/pdftotext-engine.ts';
import { readSeedLayout } from '../support/seed-layout.ts';
import { renderUnPdf } from '../support/un-pdf.ts';

const fixture = (path: string) => () => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const DEV_READING = ['A_81_6_Sect.17', 'A_C.2_80_L.36', 'A_C.5_80_L.10', 'A_RES_78_228', 'A_RES_78_256', 'A_RES_78_328', 'A_RES_79_137', 'A_RES_79_292', 'A_RES_79_74', 'A_RES_79_89', 'A_RES_80_56', 'A_RES_80_60', 'A_RES_80_89'];
const SEEDS = [
  { seed: '000_644ba19c34dcf5cf.txt', symbol: 'S/2016/949', jobNumber: '16-19731 (F)' },
  { seed: '001_4f7ec48e7529aa45.txt', symbol: 'A/78/140', jobNumber: '23-14488 (F)' },
  { seed: '002_6dceaf7ad839cf46.txt', symbol: 'CTOC/COP/2012/2', jobNumber: 'V.12-54630 (F)' },
  { seed: '003_fe48b1f1ca8da9ce.txt', symbol: 'A/63/90', jobNumber: '08-41035 (F)' },
];
const CASES: Array<{ name: string; bytes: () => Buffer | Promise<Buffer> }> = [
  ...DEV_READING.map((name) => ({ name, bytes: fixture(`reading/${name}.pdf`) })),
  { name: 'A_RES_80_228', bytes: fixture('un-pdfs/A_RES_80_228.pdf') },
  { name: 'A_81_6_Sect.24', bytes: fixture('pdf-engine/A_81_6_Sect.24.pdf') },
  ...SEEDS.map(({ seed, symbol, jobNumber }) => ({
    name: seed,
    bytes: () => {
      const { structure, headerBlock } = readSeedLayout(seed);
      return renderUnPdf(structure, { symbol, jobNumber, headerBlock });
    },
  })),
];
const LIMITS = { maxBytes: 20_000_000, maxPages: 300, timeoutMs: 120_000, maxMemoryMb: 1024 };
// A/81/6 (Sect. 24) prints narrow no-break spaces, which poppler reads as word gaps: pdf.js reads it in
// pdftotext's place (services/fetch/src/pdf/pdftotext/lost-characters.ts).
const READ_BY_PDFJS = new Set(['A_81_6_Sect.24']);

async function read(bytes: Buffer, name: string, engine: 'pdfjs' | 'pdftotext'): Promise<SegmentedDocument> {
  const fetched = await extractPdfText(bytes, { ...LIMITS, engine }, name, 'engines');
  if (engine === 'pdftotext' && READ_BY_PDFJS.has(name)) expect(fetched.notice).toMatch(/^read with pdf\.js, not pdftotext/);
  else expect(fetched.notice, 'pdftotext read the document itself, not pdf.js in its place').toBeUndefined();
  const cleaned = cleanText(fetched.text, { mediaType: 'application/pdf', layout: fetched.layout });
  return segmentText(cleaned.text, cleaned.removed);
}

/** What a reader finds in a document, without offsets. */
const reading = (doc: SegmentedDocument) => ({
  paragraphs: doc.paragraphs.map((p) => [p.number, p.text]),
  footnotes: doc.footnotes.map((f) => [f.number, f.text]),
  sections: doc.sections.map((s) => [s.id, s.title]),
  tables: (doc.tables ?? []).map((t) => t.rows),
});

afterAll(closePdfParsers);

describe.skipIf(!pdftotextInstalled())('pdftotext reads as pdf.js does', () => {
  it.each(CASES)('$name', async ({ name, bytes }) => {
    const pdf = await bytes();
    const pdfjs = await read(pdf, name, 'pdfjs');
    const fast = await read(pdf, name, 'pdftotext');
    expect(pdfjs.paragraphs.length).toBeGreaterThan(3);
    expect(reading(fast)).toEqual(reading(pdfjs));
  }, 120_000);
});
