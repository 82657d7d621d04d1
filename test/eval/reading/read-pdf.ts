// Reads one PDF the way the pipeline does (fetch's pdf.js child, then the clean and segment
// cores), without Redis or a database, so the reading evaluation measures the stages themselves.
import { cleanText } from '@palermo/clean';
import type { SegmentedDocument } from '@palermo/contracts';
import { segmentText } from '@palermo/segment';
import { closePdfParsers, extractPdfText } from '../../../services/fetch/src/pdf/extract-pdf-text.ts';

const LIMITS = { maxBytes: 20_000_000, maxPages: 300, timeoutMs: 120_000, maxMemoryMb: 1024 };

/** The segmented document the pipeline makes of a PDF's bytes. */
export async function readPdf(bytes: Uint8Array, label: string): Promise<SegmentedDocument> {
  const fetched = await extractPdfText(bytes, LIMITS, label, 'reading-eval');
  const cleaned = cleanText(fetched.text, { mediaType: 'application/pdf', layout: fetched.layout });
  return segmentText(cleaned.text, cleaned.removed);
}

/** Stops the PDF parser processes, so that the evaluation can end. */
export function stopReading(): void {
  closePdfParsers();
}
