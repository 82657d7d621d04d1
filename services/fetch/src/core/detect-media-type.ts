import type { MediaType } from '@palermo/contracts';

const PDF_MAGIC = '%PDF-';
const HTML_START = /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const MARKDOWN_HINTS = /(^|\n)(#{1,6} |\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\n]*\))/;

/**
 * The media type from the bytes first (PDF magic, HTML start), then the name only to tell
 * Markdown from plain text; null when the bytes are not a document we read (binary).
 */
export function detectMediaType(bytes: Uint8Array, name: string): MediaType | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.trimStart().startsWith(PDF_MAGIC)) return 'application/pdf';
  if (looksBinary(bytes)) return null;
  const text = Buffer.from(bytes.subarray(0, 64 * 1024)).toString('utf8');
  if (HTML_START.test(text)) return 'text/html';
  if (/\.(md|markdown)$/i.test(name) || MARKDOWN_HINTS.test(text)) return 'text/markdown';
  return 'text/plain';
}

/** NUL bytes or many control characters in the first block: not text in any encoding we accept. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) control++;
  }
  return control > sample.length * 0.02;
}
