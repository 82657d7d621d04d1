import { createRequire } from 'node:module';

/** Words of French as the lexicon knows them; `knows` folds case, ligatures and simple inflections. */
export interface FrenchLexicon {
  knows(word: string): boolean;
  /** Exact lookup of a lowercase form, without inflection guesses: for rules that must be strict. */
  knowsExactly(word: string): boolean;
  readonly size: number;
  readonly loadMs: number;
}

let cached: FrenchLexicon | undefined;

// The word list (an-array-of-french-words, ~336,000 inflected forms, MIT) spells œ as "oe".
function fold(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

// Answers kept per asked form: a text asks about the same words again and again, and folding a
// form (NFC, case, ligatures) costs more than the lookup. Bounded so a long-lived worker stays flat.
const REMEMBERED = 200_000;

function remembered(lookup: (word: string) => boolean): (word: string) => boolean {
  const answers = new Map<string, boolean>();
  return (word) => {
    let known = answers.get(word);
    if (known === undefined) {
      known = lookup(word);
      if (answers.size >= REMEMBERED) answers.clear();
      answers.set(word, known);
    }
    return known;
  };
}

/**
 * Membership in the word list. The list is published sorted (in code-unit order, as `<` compares):
 * a binary search over it needs no Set beside it, whose building cost every process 0.2-0.3 CPU-s
 * and about 10 MB. A list that is not sorted is put in a Set.
 */
export function lookupIn(words: readonly string[]): (word: string) => boolean {
  for (let i = 1; i < words.length; i++) {
    if (words[i - 1]! > words[i]!) {
      const set = new Set(words);
      return (word) => set.has(word);
    }
  }
  return (word) => {
    let low = 0;
    let high = words.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const candidate = words[middle]!;
      if (candidate === word) return true;
      if (candidate < word) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  };
}

/** Loads the French word list once (about 0.1 s) and keeps it for the life of the process. */
export function frenchLexicon(): FrenchLexicon {
  if (cached) return cached;
  const started = performance.now();
  const require = createRequire(import.meta.url);
  const words = require('an-array-of-french-words') as string[];
  const has = lookupIn(words);
  const single = (raw: string): boolean => {
    const w = fold(raw);
    if (w.length === 0) return false;
    if (has(w)) return true;
    // The list misses some plurals and feminines (e.g. "migrants", "migrantes"): accept a regular
    // inflection of a known form.
    if (w.length > 3) {
      if ((w.endsWith('s') || w.endsWith('x')) && has(w.slice(0, -1))) return true;
      if (w.endsWith('es') && has(w.slice(0, -2))) return true;
      if (w.endsWith('e') && has(w.slice(0, -1)) && !w.endsWith('ee')) return true;
    }
    return false;
  };
  const knows = (raw: string): boolean => {
    const w = raw.replace(/['’]/g, "'");
    if (single(w)) return true;
    const elided = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)'(.+)$/i.exec(w);
    if (elided?.[1]) return knows(elided[1]);
    if (w.includes('-')) return w.split('-').every((part) => part.length > 0 && single(part));
    return false;
  };
  cached = {
    knows: remembered(knows),
    knowsExactly: remembered((w) => has(fold(w))),
    size: words.length,
    loadMs: performance.now() - started,
  };
  return cached;
}
