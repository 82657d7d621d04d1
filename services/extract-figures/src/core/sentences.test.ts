import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('does not cut at abbreviations, symbols or decimals', () => {
    expect(texts("M. Murad a parlé. L'art. 32 du n° 29 vaut 9.8 (A/70/59). Fin de l'exemple.")).toEqual([
      'M. Murad a parlé.', "L'art. 32 du n° 29 vaut 9.8 (A/70/59).", "Fin de l'exemple.",
    ]);
  });

  it('keeps a sentence whole after a symbol ending in a dot-number', () => {
    expect(texts('Dans mon rapport (S/2016/361/Rev.1), j’ai constaté les liens. Ensuite, rien.')).toHaveLength(2);
  });

  it('gives offsets into the text', () => {
    const text = 'Un. Deux trois.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('starts a new sentence at a list item', () => {
    expect(texts('J’exhorte le Conseil à :\na) Inviter les États;\nb) Demander aux États')).toHaveLength(3);
  });
});
