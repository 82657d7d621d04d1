import type { FrenchLexicon } from './french-lexicon.ts';

const SLOTS = 1 << 16;

/**
 * A lexicon's answers for words read straight from a text, found by a hash of their characters
 * so that a word seen before costs neither a copy of it nor the engine's hashing of the copy.
 */
export class TextAnswers {
  private readonly words: (string | undefined)[] = new Array<string | undefined>(SLOTS);
  private readonly known = new Uint8Array(SLOTS);
  private filled = 0;

  constructor(private readonly lookup: (word: string) => boolean) {}

  /** The answer for `text.slice(start, end)`. */
  knows(text: string, start: number, end: number): boolean {
    let hash = 0;
    for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
    let slot = hash & (SLOTS - 1);
    for (let word = this.words[slot]; word !== undefined; word = this.words[slot]) {
      if (word.length === end - start && text.startsWith(word, start)) return this.known[slot] === 1;
      slot = (slot + 1) & (SLOTS - 1);
    }
    const word = text.slice(start, end);
    const known = this.lookup(word);
    // Kept at most three quarters full; then started afresh, so memory stays bounded.
    if (this.filled >= (SLOTS * 3) / 4) {
      this.words.fill(undefined);
      this.filled = 0;
      return known;
    }
    this.words[slot] = word;
    this.known[slot] = known ? 1 : 0;
    this.filled++;
    return known;
  }
}

const cached = new WeakMap<FrenchLexicon, Record<'knows' | 'knowsExactly', TextAnswers>>();

/** The answers of one of a lexicon's lookups, kept for the life of the lexicon. */
export function textAnswers(lexicon: FrenchLexicon, lookup: 'knows' | 'knowsExactly'): TextAnswers {
  let both = cached.get(lexicon);
  if (!both) {
    both = { knows: new TextAnswers((w) => lexicon.knows(w)), knowsExactly: new TextAnswers((w) => lexicon.knowsExactly(w)) };
    cached.set(lexicon, both);
  }
  return both[lookup];
}
