import type { Correction, PdfLayout } from '@palermo/contracts';
import { CorruptPdfError, EncryptedPdfError, NoTextError, PdfLimitError } from '../errors.ts';
import { removeControlCharacters } from './control-characters.ts';
import { layoutPdf } from './layout/pdf-layout.ts';
import { PdfParserPool, type ParseOutcome } from './pdf-parser-pool.ts';
import { mapsLostCharacters } from './pdftotext/lost-characters.ts';
import { parseWithPdftotext, pdftotextInstalled } from './pdftotext/pdftotext-engine.ts';

/** The fences around one PDF parse, and the pool of parser processes that runs it. */
export interface PdfLimits {
  maxBytes: number;
  maxPages: number;
  timeoutMs: number;
  maxMemoryMb: number;
  processes?: number; // PDF_PARSER_PROCESSES
  maxDocumentsPerProcess?: number; // PDF_PARSER_MAX_DOCUMENTS
  engine?: 'pdfjs' | 'pdftotext'; // PDF_ENGINE: pdftotext when poppler's is installed, pdf.js otherwise
}

/** A PDF's text in reading order (pages separated by form feeds) and its layout, line for line. */
export interface PdfText {
  text: string;
  pageCount: number;
  layout: PdfLayout;
  corrections?: Correction[]; // present when characters of the text layer had to be changed
  notice?: string; // why the document was not read with the engine asked for (for the log, not stored)
}

/** A parser process that died for a reason the document is not known to cause: BullMQ retries it. */
export class PdfParserCrashError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfParserCrashError';
  }
}

const pools = new Map<string, PdfParserPool>();

/**
 * Reads a PDF's text in a long-lived parser process with a byte cap, a page cap, a deadline and a
 * memory cap enforced from outside (or, with `engine: 'pdftotext'` and poppler installed, in a
 * `pdftotext` process behind the same fences), then lays it out (LAYOUT.md). `label` names the document in
 * errors; a parser crash is a plain error (retried), a bad or over-cap document a permanent one.
 */
export async function extractPdfText(bytes: Uint8Array, limits: PdfLimits, label: string, documentId: string): Promise<PdfText> {
  if (bytes.byteLength > limits.maxBytes) {
    throw new PdfLimitError(`${label}: PDF of ${bytes.byteLength} bytes, more than the limit of ${limits.maxBytes} (PDF_MAX_BYTES)`, documentId);
  }
  const request = { bytes, maxPages: limits.maxPages, timeoutMs: limits.timeoutMs };
  // pdftotext loses U+0000, U+0085 and non-ASCII white space (a no-break space) unseen: a document whose
  // fonts give them is read by pdf.js, which keeps them (the clean stage records what it changes).
  const pdftotext = limits.engine === 'pdftotext' && pdftotextInstalled();
  const lost = pdftotext && mapsLostCharacters(bytes);
  const outcome = pdftotext && !lost ? await parseWithPdftotext(request, limits.maxMemoryMb) : await poolFor(limits).parse(request);
  if (outcome.kind !== 'pages') throw failure(outcome, limits, label, documentId);
  const laidOut = layoutPdf(outcome.pages);
  const { text, corrections } = removeControlCharacters(laidOut.text);
  if (!/\S/.test(text)) {
    throw new NoTextError(`${label}: the PDF has no text layer (a scan needs OCR first)`, documentId);
  }
  const notice = lost ? 'read with pdf.js, not pdftotext: its fonts map characters to U+0000, U+0085 or a no-break space, which pdftotext loses without a trace' : undefined;
  return { text, pageCount: outcome.pages.length, layout: laidOut.layout, ...(corrections.length > 0 ? { corrections } : {}), ...(notice ? { notice } : {}) };
}

/** The process ids of the parser processes alive now. */
export function pdfParserPids(): number[] {
  return [...pools.values()].flatMap((pool) => pool.pids());
}

/** Stops every parser process (at shutdown, and after tests). */
export function closePdfParsers(): void {
  for (const pool of pools.values()) pool.close();
  pools.clear();
}

function poolFor(limits: PdfLimits): PdfParserPool {
  const options = { processes: limits.processes ?? 1, maxDocuments: limits.maxDocumentsPerProcess ?? 500, maxMemoryMb: limits.maxMemoryMb };
  const key = JSON.stringify(options);
  let pool = pools.get(key);
  if (!pool) {
    pool = new PdfParserPool(options);
    pools.set(key, pool);
  }
  return pool;
}

function failure(outcome: Exclude<ParseOutcome, { kind: 'pages' }>, limits: PdfLimits, label: string, documentId: string): Error {
  switch (outcome.kind) {
    case 'timeout':
      return new PdfLimitError(`${label}: PDF parsing took more than ${limits.timeoutMs} ms (PDF_TIMEOUT_MS)`, documentId);
    case 'memory':
      return new PdfLimitError(`${label}: the PDF parser ran out of its ${limits.maxMemoryMb} MB (PDF_MAX_MEMORY_MB; ${outcome.detail})`, documentId);
    case 'crashed':
      return new PdfParserCrashError(`${label}: the PDF parser process stopped unexpectedly (${outcome.detail}); the parse will be retried`);
    case 'refused':
      if (outcome.name === 'PasswordException') return new EncryptedPdfError(`${label}: the PDF is encrypted (a password is required)`, documentId);
      if (outcome.name === 'PageLimit') return new PdfLimitError(`${label}: PDF of ${outcome.message} (PDF_MAX_PAGES)`, documentId);
      return new CorruptPdfError(`${label}: not a readable PDF (${outcome.message})`, documentId);
  }
}
