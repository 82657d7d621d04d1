import { describe, expect, it } from 'vitest';
import { flagTranslationMismatches, TRANSLATION_MISMATCH, type EditionFact } from './flag-translation-mismatch.ts';

let nextId = 1;
function fact(document: string, language: string, fields: Partial<EditionFact['fact']>): EditionFact {
  return {
    id: nextId++, document,
    fact: { language, kind: 'count', paragraph: 1, footnote: null, unit: 'victims', state_code: null, value: 1, value_max: null, currency: null, instrument: null, date: null, flags: [], span: [0, 1], ...fields },
  };
}

describe('flagTranslationMismatches', () => {
  it('flags both sides of a figure that disagrees, and only those', () => {
    const fr = [fact('fr', 'fr', { value: 120, span: [10, 13] }), fact('fr', 'fr', { kind: 'money', unit: null, value: 2e6, currency: 'USD', span: [20, 30] })];
    const en = [fact('en', 'en', { value: 120, span: [8, 11] }), fact('en', 'en', { kind: 'money', unit: null, value: 2.5e6, currency: 'USD', span: [22, 34] })];
    const changes = flagTranslationMismatches([...fr, ...en]);
    expect([...changes.keys()].sort()).toEqual([fr[1]!.id, en[1]!.id].sort());
    expect(changes.get(fr[1]!.id)).toEqual([TRANSLATION_MISMATCH]);
  });

  it('pairs treaty actions by State code, whatever the name in each language', () => {
    const fr = fact('fr', 'fr', { kind: 'treaty_action', unit: null, value: null, state_code: 'BTN', date: '2023-02-20' });
    const en = fact('en', 'en', { kind: 'treaty_action', unit: null, value: null, state_code: 'BTN', date: '2023-02-21' });
    expect(flagTranslationMismatches([fr, en]).size).toBe(2);
  });

  it('flags nothing when a key holds a different number of facts in the two editions', () => {
    const fr = [fact('fr', 'fr', { value: 3 }), fact('fr', 'fr', { value: 4, span: [5, 6] })];
    const en = [fact('en', 'en', { value: 5 })];
    expect(flagTranslationMismatches([...fr, ...en]).size).toBe(0);
  });

  it('does not compare two files of the same language, and removes a flag that no longer holds', () => {
    const a = fact('a', 'fr', { value: 3 });
    const b = fact('b', 'fr', { value: 4 });
    expect(flagTranslationMismatches([a, b]).size).toBe(0);
    const stale = fact('fr', 'fr', { value: 7, flags: [TRANSLATION_MISMATCH, 'age'] });
    const agreeing = fact('en', 'en', { value: 7 });
    expect(flagTranslationMismatches([stale, agreeing]).get(stale.id)).toEqual(['age']);
  });
});
