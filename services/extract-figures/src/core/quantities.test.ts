import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities.ts';

const read = (text: string) => findQuantities(text).map((q) => ({ figure: text.slice(q.start, q.end), value: q.value, max: q.valueMax, qualifier: q.qualifier }));

describe('findQuantities: qualifiers', () => {
  it.each([
    ['plus de 30 pays', 'more_than'], ['près de 75 pour cent', 'about'], ['environ 60 pour cent', 'about'],
    ['quelque 2 500 victimes', 'about'], ['quelques 40 cas', 'about'], ['approximativement 12 pays', 'about'],
    ['au moins deux membres', 'at_least'], ["jusqu'à 25 000 dollars", 'up_to'], ['jusqu’a 25 000 dollars', 'up_to'],
    ['dépassant 6 millions de dollars', 'more_than'], ['un peu plus de 40 pays', 'more_than'],
    ['moins de 10 cas', 'less_than'], ['34 projets', 'exact'],
  ])('%s → %s', (text, qualifier) => {
    expect(read(text)[0]?.qualifier).toBe(qualifier);
  });

  it('reads a range with the scale of its upper bound', () => {
    expect(read('entre 5 et 7 milliards de dollars')).toEqual([{ figure: '5 et 7 milliards', value: 5e9, max: 7e9, qualifier: 'range' }]);
  });

  it('lets "plus de" govern both coordinated figures', () => {
    expect(read('plus de 450 000 victimes et 300 000 auteurs présumés').map((q) => q.qualifier)).toEqual(['more_than', 'more_than']);
  });
});

describe('findQuantities: numbers that are not quantities', () => {
  it.each([
    ['le rapport (A/70/59)'], ['(S/2016/361/Rev.1)'], ['CTOC/COP/2012/2'], ['la résolution 76/186'],
    ['la résolution 2272 (2016)'], ['la résolution 5/2 de la Conférence'], ['la Convention (n° 29) sur le travail forcé'],
    ['Recueil des Traités, vol. 2237, n° 39574'], ['les cibles 5.2, 8.7 et 16.2'], ['en 2016'], ['le 8 novembre 2016'],
    ['la sixième session'], ['la 2e session'], ['la pandémie de COVID-19'], ["l'article 15 de la Convention"],
    ['V.12-54630'], ['Journée mondiale (30 juillet)'], ['(A/70/836-S/2016/360)'], ["l'objectif 10"],
  ])('%s has no quantity', (text) => {
    expect(read(text)).toEqual([]);
  });
});
