import { describe, expect, it } from 'vitest';
import { fold } from './text-fold.ts';

// The definition folding must keep: each UTF-16 unit on its own, lower-cased and stripped of its marks.
function foldByUnit(text: string): string {
  let out = '';
  for (const unit of text.split('')) {
    if (/[\u2019\u2018\u02BC`\u00B4]/.test(unit)) out += "'";
    else if (/[\u00A0\u202F\u2007\u2009\t]/.test(unit)) out += ' ';
    else if (/[\uD800-\uDFFF]/.test(unit)) out += unit; // the test's text has no lone surrogate
    else {
      const lower = unit.toLowerCase();
      const bare = lower.length === 1 ? lower.normalize('NFD').replace(/\p{M}/gu, '') : unit;
      out += lower.length !== 1 ? unit : bare.length === 1 ? bare : lower;
    }
  }
  return out;
}

describe('fold', () => {
  it('folds every unit as the per-unit definition does, keeping every offset', () => {
    const text = "ÉTATS-UNIS d’Amérique\tÀ l`ŒUVRE : 1 352\u202Fvictimes, İstanbul, ΣΟΦΙΑΣ, ﬁn 😀 ß ǅ Ⅻ";
    expect(fold(text)).toBe(foldByUnit(text));
    expect(fold(text)).toHaveLength(text.length);
  });

  it('keeps a surrogate pair and turns a lone surrogate into U+FFFD', () => {
    expect(fold('a\uD83D\uDE00b\uD83Dc\uDE00\uDE00')).toBe('a\uD83D\uDE00b\uFFFDc\uFFFD\uFFFD');
  });

  it('keeps plain lower-case ASCII as it is', () => {
    const text = 'le 8 novembre 2016, 34 projets; [a-z] {x} ~!@#$%^&*()_+=-';
    expect(fold(text)).toBe(text);
  });
});
