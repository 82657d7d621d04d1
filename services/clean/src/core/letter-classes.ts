// Unicode letter classes of a code point, looked up in a table instead of asked of a `/\p{…}/u`
// regex for every word: the word scans of the clean stage run over every character of a text,
// and the regex engine was most of their cost. The answers are the regex's own (the table is
// filled by it), so a scan by table finds exactly what the regex would.

export const WORD_CHAR = 1; // \p{L} or \p{M}
const LOWERCASE = 2; // \p{Ll}
const UPPERCASE = 4; // \p{Lu}

let table: Uint8Array | undefined;
const astral = new Map<number, number>();

function classesOf(codePoint: number): number {
  const c = String.fromCodePoint(codePoint);
  return (/[\p{L}\p{M}]/u.test(c) ? WORD_CHAR : 0) | (/\p{Ll}/u.test(c) ? LOWERCASE : 0) | (/\p{Lu}/u.test(c) ? UPPERCASE : 0);
}

/** The classes of the Basic Multilingual Plane, filled once (about 15 ms); surrogates have none. */
export function bmp(): Uint8Array {
  if (table) return table;
  table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) table[c] = classesOf(c);
  return table;
}

function classes(codePoint: number): number {
  if (codePoint < 0) return 0;
  if (codePoint < 0x10000) return bmp()[codePoint] ?? 0;
  let found = astral.get(codePoint);
  if (found === undefined) {
    found = classesOf(codePoint);
    astral.set(codePoint, found);
  }
  return found;
}

/**
 * The code point at `index` as a `u`-flagged regex reads `text.slice(…, to)`: a lone surrogate,
 * or half of a pair cut by `to`, is a character of its own (-1 at or past `to`).
 */
export function codePointAt(text: string, index: number, to = text.length): number {
  if (index >= to || index >= text.length) return -1;
  const c = text.charCodeAt(index);
  if (c < 0xd800 || c > 0xdbff || index + 1 >= to) return c;
  const d = text.charCodeAt(index + 1);
  return d >= 0xdc00 && d <= 0xdfff ? ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000 : c;
}

/** Whether a code point is a letter or a mark (`[\p{L}\p{M}]`). */
export const isWordChar = (codePoint: number): boolean => (classes(codePoint) & WORD_CHAR) !== 0;
/** Whether a code point is a lowercase letter (`\p{Ll}`). */
export const isLowercase = (codePoint: number): boolean => (classes(codePoint) & LOWERCASE) !== 0;
/** Whether a code point is an uppercase letter (`\p{Lu}`). */
export const isUppercase = (codePoint: number): boolean => (classes(codePoint) & UPPERCASE) !== 0;

/** UTF-16 length of a code point (1 for the -1 past the end). */
export const width = (codePoint: number): number => (codePoint > 0xffff ? 2 : 1);

/**
 * The end of the run of letters and marks that starts at `index` (`index` itself when there is
 * none there), as `[\p{L}\p{M}]+` would match it in `text.slice(…, to)`.
 */
export function wordRunEnd(text: string, index: number, to = text.length): number {
  const last = Math.min(to, text.length);
  const t = bmp();
  let at = index;
  while (at < last) {
    const c = text.charCodeAt(at);
    // Plain BMP characters, most of any text, are read straight from the table.
    if (c < 0xd800 || c > 0xdfff) {
      if (((t[c] ?? 0) & WORD_CHAR) === 0) break;
      at++;
    } else {
      const code = codePointAt(text, at, last);
      if (!isWordChar(code)) break;
      at += width(code);
    }
  }
  return at;
}

/**
 * The runs of letters and marks of `text.slice(from, to)`, as `[start, end)` in `text` one after
 * the other: what `/[\p{L}\p{M}]+/gu` finds there (the first `most` of them).
 */
export function wordRuns(text: string, from: number, to: number, most = Infinity): number[] {
  const bounds: number[] = [];
  const last = Math.min(to, text.length);
  const t = bmp();
  let at = from;
  while (at < last) {
    const c = text.charCodeAt(at);
    if (c < 0xd800 || c > 0xdfff) {
      if (((t[c] ?? 0) & WORD_CHAR) === 0) {
        at++;
        continue;
      }
    } else {
      const code = codePointAt(text, at, last);
      if (!isWordChar(code)) {
        at += width(code);
        continue;
      }
    }
    const end = wordRunEnd(text, at, last);
    bounds.push(at, end);
    if (bounds.length >= most * 2) break;
    at = end;
  }
  return bounds;
}

/** The words (runs of letters and marks) of `text.slice(from, to)`. */
export function wordsIn(text: string, from: number, to: number): string[] {
  const bounds = wordRuns(text, from, to);
  const words: string[] = [];
  for (let i = 0; i < bounds.length; i += 2) words.push(text.slice(bounds[i], bounds[i + 1]));
  return words;
}

/** How many words (runs of letters and marks) a text has, counted up to `most` at most. */
export function countWords(text: string, most = Infinity): number {
  const t = bmp();
  let count = 0;
  let inWord = false;
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c >= 0xd800 && c <= 0xdfff) return wordRuns(text, 0, text.length, most).length / 2;
    const word = ((t[c] ?? 0) & WORD_CHAR) !== 0;
    if (word && !inWord && ++count >= most) return count;
    inWord = word;
  }
  return count;
}
