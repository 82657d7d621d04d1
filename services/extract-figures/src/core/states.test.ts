import { describe, expect, it } from 'vitest';
import { findStates, normaliseStateName } from './states.ts';

describe('findStates', () => {
  it('normalises names and prefers the longest', () => {
    const text = "la Grèce, Haïti, l'Inde, la Micronésie (États fédérés de), la République populaire démocratique de Corée et la Guinée-Bissau";
    expect(findStates(text).map((s) => s.state)).toEqual([
      'Grèce', 'Haïti', 'Inde', 'Micronésie (États fédérés de)', 'République populaire démocratique de Corée', 'Guinée-Bissau',
    ]);
  });

  it('tolerates OCR without accents', () => {
    expect(findStates("la Gréce, Haiti, I’Inde, la Micronésie (Etats fédérés de), I’ Ethiopie").map((s) => s.state)).toEqual([
      'Grèce', 'Haïti', 'Inde', 'Micronésie (États fédérés de)', 'Éthiopie',
    ]);
  });

  it('does not take the currency for the State', () => {
    expect(findStates('25 000 dollars des États-Unis')).toEqual([]);
  });
});

describe('normaliseStateName', () => {
  it('drops the article', () => {
    expect(normaliseStateName("l'Inde")).toBe('Inde');
    expect(normaliseStateName('le Viet Nam')).toBe('Viet Nam');
  });
});
