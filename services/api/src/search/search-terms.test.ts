import { describe, expect, it } from 'vitest';
import { anyOf, foldAccents, headlineToHtml, HEADLINE_OPTIONS, lightForms, searchWords } from './search-terms.ts';

describe('searchWords', () => {
  it('lowercases, drops elisions and one-letter words, and keeps accents as typed', () => {
    expect(searchWords("l'État, la TRAITÉ d’êtres").map((w) => w.word)).toEqual(['état', 'la', 'traité', 'êtres']);
  });

  it('gives the plural and feminine forms, with and without accents', () => {
    const [traite] = searchWords('Traité');
    expect(traite?.exactForms).toEqual(['traité', 'traités', 'traitée', 'traitées']);
    expect(traite?.foldedForms).toEqual(['traite', 'traites', 'traitee', 'traitees']);
    expect(lightForms('traites')).toEqual(['traite', 'traites', 'traitee', 'traitees']);
    expect(lightForms('181')).toEqual(['181']);
  });

  it('keeps at most eight words and no duplicate', () => {
    expect(searchWords('un deux trois quatre cinq six sept huit neuf dix deux').length).toBe(8);
    expect(searchWords('traite traite').length).toBe(1);
  });

  it('puts nothing but letters and digits into a tsquery', () => {
    const words = searchWords("x' | ! & :* ( ) traite'); drop table facts; --");
    for (const word of words) expect(anyOf(word.exactForms)).toMatch(/^('[\p{L}\p{N}]+'( \| )?)+$/u);
  });
});

describe('foldAccents', () => {
  it('folds French accents and ligatures as unaccent does', () => {
    expect(foldAccents('États œuvre Æther traité où ç')).toBe('Etats oeuvre AEther traite ou c');
  });
});

describe('headlineToHtml', () => {
  it('escapes the text and turns the markers into <mark>', () => {
    const start = /StartSel=(.)/u.exec(HEADLINE_OPTIONS)![1]!;
    const stop = /StopSel=(.)/u.exec(HEADLINE_OPTIONS)![1]!;
    expect(headlineToHtml(`<b>la ${start}traite${stop} & "autres"</b>`)).toBe('&lt;b&gt;la <mark>traite</mark> &amp; &quot;autres&quot;&lt;/b&gt;');
  });
});
