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

// The only characters folding can change: capitals, tab, backquote, and everything past ASCII.
// Every other character is kept, so one native replace does the work of a loop over every character.
const FOLDABLE = /[A-Z\t`\u0080-\uffff]/g;
const FOLDED: string[] = [];

const HIGH = (code: number) => code >= 0xd800 && code <= 0xdbff;
const LOW = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function foldUnit(unit: string, at: number, text: string): string {
  const code = unit.charCodeAt(0);
  // Half of a surrogate pair is kept; a lone one becomes U+FFFD (one unit too: offsets still hold).
  if (HIGH(code)) return LOW(text.charCodeAt(at + 1)) ? unit : '\uFFFD';
  if (LOW(code)) return HIGH(text.charCodeAt(at - 1)) ? unit : '\uFFFD';
  let folded = FOLDED[code];
  if (folded === undefined) {
    folded = String.fromCharCode(foldCode(code));
    FOLDED[code] = folded;
  }
  return folded;
}

// After the native lower-casing only these are left to fold: accents, tab, backquote.
const FOLDABLE_LOWER = /[\t`\u0080-\uffff]/g;
// Where lower-casing the whole string differs from lower-casing each unit: a final sigma, astral letters.
const CONTEXTUAL_CASE = /[\u03A3\uD800-\uDFFF]/;

/** Lower-cases, strips diacritics and unifies apostrophes and spaces, keeping every offset. */
export function fold(text: string): string {
  // The native lower-casing is the per-unit one unless the text has a character it would treat
  // otherwise, or one whose lower case is longer ("İ"): then every character goes through the table.
  const lower = CONTEXTUAL_CASE.test(text) ? null : text.toLowerCase();
  // Without the u flag the pattern sees UTF-16 units, surrogates one by one.
  if (lower === null || lower.length !== text.length) return text.replace(FOLDABLE, foldUnit);
  return lower.replace(FOLDABLE_LOWER, foldUnit);
}

/** Collapses runs of whitespace to one space and trims: for comparing phrases, not for offsets. */
export function squash(text: string): string {
  return text.replace(/[\s\u00A0\u202F]+/g, ' ').trim();
}
