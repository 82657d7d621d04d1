/**
 * Matching French text that may have lost its accents (OCR, ASCII input) is easier on a folded
 * copy: lower case, no diacritics, one kind of apostrophe and space. Folding is done character by
 * character so that every offset in the folded copy is an offset in the original.
 */

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02BC', '`', '\u00B4']);
const SPACES = new Set(['\u00A0', '\u202F', '\u2007', '\u2009', '\t']);

function foldChar(c: string): string {
  if (APOSTROPHES.has(c)) return "'";
  if (SPACES.has(c)) return ' ';
  const lower = c.toLowerCase();
  if (lower.length !== 1) return c;
  const bare = lower.normalize('NFD').replace(/\p{M}/gu, '');
  return bare.length === 1 ? bare : lower;
}

// Folding is per UTF-16 unit, through a table filled on first use: the extractor folds every
// sentence, and decomposing characters one by one was most of its time.
const TABLE = new Uint16Array(0x10000);
const UTF16 = new TextDecoder('utf-16le');

function foldCode(code: number): number {
  let folded = TABLE[code] ?? 0;
  if (folded === 0) {
    // Surrogates (halves of astral characters) are kept as they are so the length does not change.
    const c = String.fromCharCode(code);
    const f = code >= 0xd800 && code <= 0xdfff ? c : foldChar(c);
    folded = f.length === 1 ? f.charCodeAt(0) : code;
    TABLE[code] = folded;
  }
  return folded;
}

/** Lower-cases, strips diacritics and unifies apostrophes and spaces, keeping every offset. */
export function fold(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = foldCode(text.charCodeAt(i));
  // A lone surrogate decodes to U+FFFD, one unit too: offsets still hold.
  return UTF16.decode(codes);
}

/** Collapses runs of whitespace to one space and trims: for comparing phrases, not for offsets. */
export function squash(text: string): string {
  return text.replace(/[\s\u00A0\u202F]+/g, ' ').trim();
}
