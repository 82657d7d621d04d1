// Reads the real UN PDF from test/fixtures through the fenced child process.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorruptPdfError, PdfLimitError } from '../errors.ts';
import { extractPdfText } from './extract-pdf-text.ts';

const FIXTURE = new URL('../../../../test/fixtures/un-pdfs/A_RES_80_228.pdf', import.meta.url);
const LIMITS = { maxBytes: 10_000_000, maxPages: 100, timeoutMs: 30_000, maxMemoryMb: 256 };
const ID = 'a'.repeat(64);

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
});
