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

/** Lower-cases, strips diacritics and unifies apostrophes and spaces, keeping every offset. */
export function fold(text: string): string {
  let out = '';
  for (const c of text) {
    // Astral characters (two UTF-16 units) are kept as they are so the length does not change.
    out += c.length === 1 ? foldChar(c) : c;
  }
  return out;
}

/** Collapses runs of whitespace to one space and trims: for comparing phrases, not for offsets. */
export function squash(text: string): string {
  return text.replace(/[\s\u00A0\u202F]+/g, ' ').trim();
}
