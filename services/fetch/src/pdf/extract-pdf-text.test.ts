// Reads the real UN PDF from test/fixtures through the fenced child process.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { PermanentError } from '@palermo/pipeline';
import { CorruptPdfError, PdfLimitError } from '../errors.ts';
import { closePdfParsers, extractPdfText, PdfParserCrashError, pdfParserPids } from './extract-pdf-text.ts';
import { deflateBombPdf, pdfWithUnicodeMap } from './testing/make-pdf.ts';

const FIXTURE = new URL('../../../../test/fixtures/un-pdfs/A_RES_80_228.pdf', import.meta.url);
const LIMITS = { maxBytes: 10_000_000, maxPages: 100, timeoutMs: 30_000, maxMemoryMb: 256 };
const ID = 'a'.repeat(64);

afterAll(() => closePdfParsers());

describe('extractPdfText', () => {
  it('reads every page of a real UN PDF, pages separated by form feeds', async () => {
    const { text, pageCount } = await extractPdfText(readFileSync(FIXTURE), LIMITS, 'A_RES_80_228.pdf', ID);
    expect(pageCount).toBe(14);
    expect(text.split('\f')).toHaveLength(14);
    expect(text).toContain('Improving the coordination of efforts against trafficking');
    expect(text.split('\f')[1]).toMatch(/^A\/RES\/80\/228/);
  });

  it('refuses a PDF over the page cap, naming the document', async () => {
    await expect(extractPdfText(readFileSync(FIXTURE), { ...LIMITS, maxPages: 5 }, 'big.pdf', ID)).rejects.toThrow(PdfLimitError);
    await expect(extractPdfText(readFileSync(FIXTURE), { ...LIMITS, maxPages: 5 }, 'big.pdf', ID)).rejects.toThrow(/big\.pdf: PDF of 14 pages/);
  });

  it('refuses a PDF over the byte cap before parsing it', async () => {
    await expect(extractPdfText(readFileSync(FIXTURE), { ...LIMITS, maxBytes: 1000 }, 'x.pdf', ID)).rejects.toThrow(/more than the limit of 1000/);
  });

  it('reports a corrupt PDF as permanent, with the document named', async () => {
    const broken = new TextEncoder().encode('%PDF-1.7\nthis is not a pdf body at all\n%%EOF');
    const failure = extractPdfText(broken, LIMITS, 'broken.pdf', ID);
    await expect(failure).rejects.toThrow(CorruptPdfError);
    await expect(extractPdfText(broken, LIMITS, 'broken.pdf', ID)).rejects.toThrow(/^broken\.pdf: not a readable PDF/);
  });

  it('kills a parse that runs past its deadline', async () => {
    await expect(extractPdfText(readFileSync(FIXTURE), { ...LIMITS, timeoutMs: 50 }, 'slow.pdf', ID)).rejects.toThrow(/took more than 50 ms/);
  });

  it('writes footnote markers as superscripts after what they mark, and at the head of each note', async () => {
    const { text } = await extractPdfText(readFileSync(FIXTURE), LIMITS, 'A_RES_80_228.pdf', ID);
    const [first, , third] = text.split('\f');
    expect(first).toContain('Sustainable Development,¹ and recalling also');
    expect(first).toMatch(/^¹ Resolution 70\/1\.$/m);
    expect(third).toMatch(/^¹⁰ Resolutions 49\/166, 50\/167/m);
    expect(text).not.toMatch(/Development,1 /);
  });

  it('gives each line of each page its layout, in step with the text', async () => {
    const { text, layout } = await extractPdfText(readFileSync(FIXTURE), LIMITS, 'A_RES_80_228.pdf', ID);
    const pages = text.split('\f');
    expect(layout.pages).toHaveLength(pages.length);
    pages.forEach((page, index) => expect(layout.pages[index]!.lines).toHaveLength(page.split('\n').length));
    const lines = pages[0]!.split('\n');
    const title = lines.findIndex((line) => line.startsWith('80/228. Improving the coordination'));
    const body = lines.findIndex((line) => line.startsWith('Reiterating its strong condemnation'));
    expect(layout.pages[0]!.lines[title]!.fontSize).toBeGreaterThan(layout.pages[0]!.lines[body]!.fontSize);
    expect(layout.pages[0]!.lines[title]!.indent).toBeLessThan(0); // the number hangs in the margin
  });

  it('fails a deflate bomb permanently, naming the document and PDF_MAX_MEMORY_MB', async () => {
    const failure = extractPdfText(deflateBombPdf(4), { ...LIMITS, maxMemoryMb: 256 }, 'bomb.pdf', ID);
    await expect(failure).rejects.toThrow(PdfLimitError);
    await expect(failure).rejects.toThrow(/^bomb\.pdf: the PDF parser ran out of its 256 MB \(PDF_MAX_MEMORY_MB/);
  }, 60_000);

  it('makes a parser killed from outside a plain error that BullMQ retries, naming the document', async () => {
    const limits = { ...LIMITS, processes: 1, maxMemoryMb: 300 }; // a pool of its own
    const before = new Set(pdfParserPids());
    const parse = extractPdfText(readFileSync(FIXTURE), limits, 'killed.pdf', ID);
    let pid: number | undefined;
    while (pid === undefined) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      pid = pdfParserPids().find((each) => !before.has(each));
    }
    process.kill(pid, 'SIGKILL');
    const error: unknown = await parse.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PdfParserCrashError);
    expect(error).not.toBeInstanceOf(PermanentError);
    expect((error as Error).message).toMatch(/^killed\.pdf: the PDF parser process stopped unexpectedly/);
    expect((await extractPdfText(readFileSync(FIXTURE), limits, 'again.pdf', ID)).pageCount).toBe(14);
  });

  it('removes NUL and other control characters of a text layer and records each as a correction', async () => {
    const { text, corrections } = await extractPdfText(pdfWithUnicodeMap('AHelloBworld', { A: 0x00, B: 0x01 }), LIMITS, 'nul.pdf', ID);
    expect(text).toBe('Hello world');
    expect(corrections).toEqual([
      { offset: 0, before: 'U+0000', after: '', rule: 'control-character' },
      { offset: 5, before: 'U+0001', after: ' ', rule: 'control-character' },
    ]);
  });
});
