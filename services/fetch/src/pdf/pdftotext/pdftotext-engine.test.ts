// The pdftotext fast path (PDF_ENGINE=pdftotext) behind the fences pdf.js has: page cap, deadline,
// memory cap, a corrupt file refused with its name. Poppler is installed on the team's machines
// and in CI; where it is not, the engine falls back to pdf.js and these tests are skipped.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { CorruptPdfError, PdfLimitError } from '../../errors.ts';
import { closePdfParsers, extractPdfText } from '../extract-pdf-text.ts';
import { deflateBombPdf, pdfWithUnicodeMap } from '../testing/make-pdf.ts';
import { pdftotextInstalled } from './pdftotext-engine.ts';

const FIXTURE = new URL('../../../../../test/fixtures/un-pdfs/A_RES_80_228.pdf', import.meta.url);
const LIMITS = { maxBytes: 10_000_000, maxPages: 100, timeoutMs: 30_000, maxMemoryMb: 256, engine: 'pdftotext' as const };
const ID = 'b'.repeat(64);

afterAll(() => closePdfParsers());

describe.skipIf(!pdftotextInstalled())('extractPdfText with PDF_ENGINE=pdftotext', () => {
  it('reads every page of a real UN PDF as pdf.js does, text and layout line for line', async () => {
    const fast = await extractPdfText(readFileSync(FIXTURE), LIMITS, 'A_RES_80_228.pdf', ID);
    const pdfjs = await extractPdfText(readFileSync(FIXTURE), { ...LIMITS, engine: 'pdfjs' }, 'A_RES_80_228.pdf', ID);
    expect(fast.pageCount).toBe(14);
    expect(fast.text).toBe(pdfjs.text);
    expect(fast.layout.pages.map((page) => page.lines.map((line) => line.kind))).toEqual(pdfjs.layout.pages.map((page) => page.lines.map((line) => line.kind)));
  });

  it('records the NUL and U+0085 poppler drops as corrections, as pdf.js does, saying the document was read with pdf.js', async () => {
    // The text layer says "\u0000Trafficking\u0001in\u0085persons": poppler drops the NUL and reads U+0085 as a gap.
    const pdf = pdfWithUnicodeMap('ATraffickingBinCpersons', { A: 0x00, B: 0x01, C: 0x85 });
    const fast = await extractPdfText(pdf, LIMITS, 'controls.pdf', ID);
    const pdfjs = await extractPdfText(pdf, { ...LIMITS, engine: 'pdfjs' }, 'controls.pdf', ID);
    expect(fast.text).toBe('Trafficking in persons');
    expect(fast.corrections).toEqual([
      { offset: 0, before: 'U+0000', after: '', rule: 'control-character' },
      { offset: 11, before: 'U+0001', after: ' ', rule: 'control-character' },
      { offset: 14, before: 'U+0085', after: ' ', rule: 'control-character' },
    ]);
    expect(fast.corrections).toEqual(pdfjs.corrections);
    expect(fast.notice).toMatch(/^read with pdf\.js, not pdftotext: its fonts map characters to U\+0000, U\+0085 or a no-break space/);
    expect(pdfjs.notice).toBeUndefined();
  });

  it('reads a document with no-break spaces with pdf.js, which keeps them where poppler made word gaps', async () => {
    const pdf = pdfWithUnicodeMap('Total 3~500~000, 12|%', { '~': 0xa0, '|': 0x202f });
    const fast = await extractPdfText(pdf, LIMITS, 'spaces.pdf', ID);
    expect(fast.text).toBe('Total 3\u00A0500\u00A0000, 12\u202F%');
    expect(fast.notice).toMatch(/^read with pdf\.js, not pdftotext/);
  });

  it('records the other control characters from poppler\'s own output, reading with pdftotext', async () => {
    const fast = await extractPdfText(pdfWithUnicodeMap('TraffickingBinCpersons', { B: 0x01, C: 0x9f }), LIMITS, 'controls.pdf', ID);
    expect(fast.text).toBe('Trafficking in persons');
    expect(fast.corrections?.map((correction) => [correction.offset, correction.before])).toEqual([
      [11, 'U+0001'],
      [14, 'U+009F'],
    ]);
    expect(fast.notice).toBeUndefined();
  });

  it('refuses a PDF over the page cap, naming the document', async () => {
    await expect(extractPdfText(readFileSync(FIXTURE), { ...LIMITS, maxPages: 5 }, 'big.pdf', ID)).rejects.toThrow(/^big\.pdf: PDF of more than 5 pages/);
  });

  it('reports a corrupt PDF as permanent, with the document named', async () => {
    const broken = new TextEncoder().encode('%PDF-1.7\nthis is not a pdf body at all\n%%EOF');
    await expect(extractPdfText(broken, LIMITS, 'broken.pdf', ID)).rejects.toThrow(CorruptPdfError);
    await expect(extractPdfText(broken, LIMITS, 'broken.pdf', ID)).rejects.toThrow(/^broken\.pdf: not a readable PDF/);
  });

  it('kills a parse that runs past its deadline, a deflate bomb included', async () => {
    await expect(extractPdfText(readFileSync(FIXTURE), { ...LIMITS, timeoutMs: 5 }, 'slow.pdf', ID)).rejects.toThrow(/^slow\.pdf: PDF parsing took more than 5 ms/);
    const bomb = extractPdfText(deflateBombPdf(4), { ...LIMITS, timeoutMs: 2_000 }, 'bomb.pdf', ID);
    await expect(bomb).rejects.toThrow(PdfLimitError);
  });

  it('holds poppler to the memory cap: under too small a one it fails permanently, naming PDF_MAX_MEMORY_MB', async () => {
    const failure = extractPdfText(readFileSync(FIXTURE), { ...LIMITS, maxMemoryMb: 8 }, 'tight.pdf', ID);
    await expect(failure).rejects.toThrow(PdfLimitError);
    await expect(extractPdfText(readFileSync(FIXTURE), { ...LIMITS, maxMemoryMb: 8 }, 'tight.pdf', ID)).rejects.toThrow(/^tight\.pdf: the PDF parser ran out of its 8 MB \(PDF_MAX_MEMORY_MB/);
  });
});
