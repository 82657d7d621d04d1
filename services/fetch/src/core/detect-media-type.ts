import type { MediaType } from '@palermo/contracts';
import { decodeText, sniffEncoding } from './decode-text.ts';

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
  const encoding = sniffEncoding(bytes.subarray(0, 64 * 1024));
  // UTF-16 is half zero bytes: only its decoded characters can tell text from binary.
  const utf16 = encoding === 'utf-16le' || encoding === 'utf-16be';
  if (!utf16 && looksBinary(bytes)) return null;
  const text = utf16 ? decodeText(bytes.subarray(0, 64 * 1024)).text : Buffer.from(bytes.subarray(0, 64 * 1024)).toString('utf8');
  if (utf16 && looksBinary(new TextEncoder().encode(text))) return null;
  if (HTML_START.test(text)) return 'text/html';
  if (/\.(md|markdown)$/i.test(name) || MARKDOWN_HINTS.test(text)) return 'text/markdown';
  return 'text/plain';
}

/**
 * Many NUL bytes or control characters in the first block: not text in any encoding we accept.
 * A few stray NULs in text are tolerated: decoding removes them and reports how many.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let nul = 0;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) nul++;
    else if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) control++;
  }
  return nul > sample.length * 0.01 || control > sample.length * 0.02;
}
