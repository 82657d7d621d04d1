/**
 * Scanning helpers for the extractor's hot loops. `String.prototype.matchAll` clones its pattern on
 * every call, and an alternation of whole words makes the regex engine try every word at every
 * position; these give the same answers for less.
 */

/** Every match of a global pattern, as `text.matchAll(pattern)` lists them; the pattern's lastIndex is left at 0. */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m);
    // An empty match moves on by one character (a whole surrogate pair in unicode mode), as matchAll does.
    if (m[0].length === 0) {
      const at = pattern.lastIndex;
      const high = text.charCodeAt(at);
      const low = text.charCodeAt(at + 1);
      const pair = pattern.unicode && high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
      pattern.lastIndex = at + (pair ? 2 : 1);
    }
  }
  pattern.lastIndex = 0;
  return found;
}

const LETTER = /^\p{L}$/u;

/**
 * Where the run of letters (and of `extra` characters) that ends at `end` starts, looking back at
 * most `max` code units: the start of what `/([\p{L}]+)$/u` finds in `text.slice(end - max, end)`.
 */
export function runStartBefore(text: string, end: number, max: number, extra = ''): number {
  const floor = Math.max(0, end - max);
  let i = end;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    let width = 1;
    if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= floor) {
      const high = text.charCodeAt(i - 2);
      if (high >= 0xd800 && high <= 0xdbff) width = 2; // a whole astral character inside the window
    }
    const char = text.slice(i - width, i);
    const letter = c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(char);
    if (!letter && !extra.includes(char)) break;
    i -= width;
  }
  return i;
}

/** A set of words made of a–z only, to find as whole words in folded text; each keyed by a number. */
export interface WordSet {
  words: ReadonlyMap<number, string>;
  longest: number;
}

// A word of up to 11 letters is a number in base 27 below 2^53: looked up without building a string.
const LONGEST = 11;

/** Builds a WordSet; a word `wordsIn` could not find (other characters, too long) is refused. */
export function wordSet(words: Iterable<string>): WordSet {
  const keyed = new Map<number, string>();
  for (const w of words) {
    if (!/^[a-z]+$/.test(w) || w.length > LONGEST) throw new Error(`not a word of 1 to ${LONGEST} letters a-z: "${w}"`);
    let key = 0;
    for (let i = 0; i < w.length; i++) key = key * 27 + (w.charCodeAt(i) - 96);
    keyed.set(key, w);
  }
  return { words: keyed, longest: Math.max(0, ...[...keyed.values()].map((w) => w.length)) };
}

/**
 * Calls `found` for every maximal run of a–z letters in `folded` that is one of the words, in order:
 * exactly what `(?<![a-z])(?:word|word...)(?![a-z])` matches, in one pass over the characters.
 */
export function wordsIn(folded: string, set: WordSet, found: (word: string, start: number, end: number) => void): void {
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const c = folded.charCodeAt(i);
    if (c < 97 || c > 122) {
      i++;
      continue;
    }
    const start = i;
    let key = c - 96;
    for (i++; i < n; i++) {
      const d = folded.charCodeAt(i);
      if (d < 97 || d > 122) break;
      key = key * 27 + (d - 96);
    }
    if (i - start <= set.longest) {
      const word = set.words.get(key);
      if (word !== undefined) found(word, start, i);
    }
  }
}
