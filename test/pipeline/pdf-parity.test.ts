// A report read from a PDF in the UN's layout (running header, footer with job number and page,
// footnotes at the foot of the page, paragraphs cut by page breaks) must yield the same
// metadata, sections, paragraph numbers and texts as the same report read from text.
// The PDFs are generated here from the seeds, not downloaded.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentMetadata, Paragraph, Section } from '@palermo/contracts';
import { createSandbox, type Sandbox } from '../support/harness.ts';
import { ingestSeedAndRendering, readSeedLayout } from '../support/seed-layout.ts';
import { renderUnPdf } from '../support/un-pdf.ts';

interface DocumentJson {
  document: { id: string; mediaType: string; status: string };
  metadata: DocumentMetadata;
  outline: Array<{ id: string; title: string }>;
  paragraphs: Paragraph[];
  footnotes: Array<{ number: number; text: string }>;
}

const CASES = [
  { seed: '000_644ba19c34dcf5cf.txt', symbol: 'S/2016/949', jobNumber: '16-19731 (F)' },
  { seed: '001_4f7ec48e7529aa45.txt', symbol: 'A/78/140', jobNumber: '23-14488 (F)' },
  { seed: '002_6dceaf7ad839cf46.txt', symbol: 'CTOC/COP/2012/2', jobNumber: 'V.12-54630 (F)' },
  { seed: '003_fe48b1f1ca8da9ce.txt', symbol: 'A/63/90', jobNumber: '08-41035 (F)' },
];

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const byNumber = (paragraphs: Paragraph[]) => paragraphs.filter((p) => p.numbered).map((p) => [p.number, squash(p.text)]);
const sectionsOf = (sections: Array<{ id: string; title: string }>) => sections.map((s) => [s.id, squash(s.title)]);

describe.each(CASES)('PDF and text parity for $seed', ({ seed, symbol, jobNumber }) => {
  let sandbox: Sandbox;
  let fromText: DocumentJson;
  let fromPdf: DocumentJson;
  let expectedSections: Section[];

  beforeAll(async () => {
    sandbox = await createSandbox('pglite');
    const { structure, headerBlock } = readSeedLayout(seed);
    expectedSections = structure.sections;
    const pdfPath = join(sandbox.dir, seed.replace('.txt', '.pdf'));
    writeFileSync(pdfPath, await renderUnPdf(structure, { symbol, jobNumber, headerBlock }));
    ({ fromText, fromRendering: fromPdf } = await ingestSeedAndRendering<DocumentJson>(sandbox, seed, pdfPath));
  });

  afterAll(async () => {
    await sandbox?.cleanup();
  });

  it('reads the PDF as a PDF, through every stage', () => {
    expect(fromPdf.document.mediaType).toBe('application/pdf');
    expect(fromPdf.document.status).toBe('done');
  });

  it('finds the same metadata, and the symbol from the running header', () => {
    const { symbol: pdfSymbol, ...pdfRest } = fromPdf.metadata;
    const { symbol: _textSymbol, ...textRest } = fromText.metadata;
    expect(pdfSymbol).toBe(symbol);
    expect(pdfRest).toEqual(textRest);
  });

  it('finds the same sections', () => {
    expect(sectionsOf(fromPdf.outline)).toEqual(sectionsOf(fromText.outline));
    expect(fromText.outline.length).toBe(expectedSections.length);
  });

  it('finds the same numbered paragraphs with the same texts', () => {
    expect(byNumber(fromText.paragraphs).length).toBeGreaterThan(20);
    expect(byNumber(fromPdf.paragraphs)).toEqual(byNumber(fromText.paragraphs));
  });

  it('keeps page furniture and footnotes out of the paragraphs', () => {
    for (const paragraph of fromPdf.paragraphs) {
      expect(paragraph.text).not.toContain(jobNumber.slice(0, 8));
      expect(paragraph.text).not.toMatch(/\b\d+\/\d+$/);
    }
    expect(fromPdf.footnotes.map((f) => squash(f.text))).toEqual(fromText.footnotes.map((f) => squash(f.text)));
  });
});
