// pdf.js's getTextContent read a no-break or thin space as a word gap and dropped format characters
// (soft hyphen, U+200B…) unseen; patched (patches/pdfjs-dist@5.4.296.patch), it hands them over as
// printed, and the clean stage records what it changes (LAYOUT.md).
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closePdfParsers, extractPdfText } from './extract-pdf-text.ts';
import { PdfParserPool } from './pdf-parser-pool.ts';
import { pdfWithUnicodeMap } from './testing/make-pdf.ts';

const SECT_24 = new URL('../../../../test/fixtures/pdf-engine/A_81_6_Sect.24.pdf', import.meta.url);
const LIMITS = { maxBytes: 10_000_000, maxPages: 100, timeoutMs: 60_000, maxMemoryMb: 512 };
const ID = 'b'.repeat(64);
const pool = new PdfParserPool({ processes: 1, maxDocuments: 10, maxMemoryMb: 512 });

afterAll(() => {
  pool.close();
  closePdfParsers();
});

/** The one text item pdf.js gives for a one-line page. */
async function onlyItem(pdf: Uint8Array): Promise<{ str: string; width: number }> {
  const outcome = await pool.parse({ bytes: pdf, maxPages: 1, timeoutMs: 30_000 });
  if (outcome.kind !== 'pages') throw new Error(outcome.kind);
  const items = outcome.pages[0]!.items.filter((item) => item.str.length > 0);
  expect(items).toHaveLength(1);
  return items[0]!;
}

describe('characters pdf.js used to fold, read as printed', () => {
  it('keeps the four narrow no-break spaces of a table note of A/81/6 (Sect. 24)', async () => {
    const { text } = await extractPdfText(readFileSync(SECT_24), LIMITS, 'A_81_6_Sect.24.pdf', ID);
    expect(text.match(/\u202F/g)).toHaveLength(4);
    expect(text).toContain('ᵃ\u202FReflects updated planned deliverables for 2026. Values in square brackets\u202Frepresent\u202Fthe number');
    expect(text).toContain('reflected in A/80/6 (Sect. 24).\u202F\t');
  });

  it('keeps a no-break space inside a number and a narrow one before a percent sign', async () => {
    const { text, corrections } = await extractPdfText(pdfWithUnicodeMap('Total 3~500~000, 12|%', { '~': 0xa0, '|': 0x202f }), LIMITS, 'nbsp.pdf', ID);
    expect(text).toBe('Total 3\u00A0500\u00A0000, 12\u202F%');
    expect(corrections).toBeUndefined(); // the fetch stage changes none of them; clean records its own changes
  });

  it('keeps a soft hyphen and a zero-width space, each advancing by its glyph as drawn', async () => {
    const shy = await onlyItem(pdfWithUnicodeMap('traf^ficking zero#width', { '^': 0xad, '#': 0x200b }));
    expect(shy.str).toBe('traf\u00ADficking zero\u200Bwidth');
    // The same glyphs mapped to printing characters: the line is as wide, nothing shifted left.
    const drawn = await onlyItem(pdfWithUnicodeMap('traf^ficking zero#width', { '^': 0x2d, '#': 0x2d }));
    expect(shy.width).toBeCloseTo(drawn.width, 3);
  });
});
