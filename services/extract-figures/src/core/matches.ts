/**
 * Scanning helpers for the extractor's hot loops: `String.prototype.matchAll` clones its pattern on
 * every call, and a regex that only looks back at the letters before a position costs more than a loop.
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
