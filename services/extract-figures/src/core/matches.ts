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

/** A set of words made of a–z only, to find as whole words in folded text. */
export interface WordSet {
  words: ReadonlySet<string>;
  longest: number;
}

/** Builds a WordSet; a word with any other character cannot be found by `wordsIn`, so it is refused. */
export function wordSet(words: Iterable<string>): WordSet {
  const set = new Set(words);
  for (const w of set) if (!/^[a-z]+$/.test(w)) throw new Error(`not a word of a-z letters: "${w}"`);
  return { words: set, longest: Math.max(0, ...[...set].map((w) => w.length)) };
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
    do i++;
    while (i < n && folded.charCodeAt(i) >= 97 && folded.charCodeAt(i) <= 122);
    if (i - start <= set.longest) {
      const word = folded.slice(start, i);
      if (set.words.has(word)) found(word, start, i);
    }
  }
}
