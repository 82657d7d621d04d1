import { describe, expect, it } from 'vitest';
import { findDates, parseFrenchDate } from './dates.ts';

describe('parseFrenchDate', () => {
  it.each([
    ['8 novembre 2016', '2016-11-08', 'day'],
    ['1er décembre 2020', '2020-12-01', 'day'],
    ['avril 2023', '2023-04', 'month'],
    ['fin 2015', '2015', 'year'],
    ["à la fin de l'année 2015", '2015', 'year'],
    ['la mi-2015', '2015', 'year'],
    ['en 2012', '2012', 'year'],
    ['17 juin 2016', '2016-06-17', 'day'],
    ['20 fevrier 2023', '2023-02-20', 'day'],
  ])('reads %s as %s (%s)', (text, iso, precision) => {
    expect(parseFrenchDate(text)).toEqual({ iso, precision });
  });
});

describe('findDates', () => {
  it('reads ranges of years and of days', () => {
    const dates = findDates('pendant la période 2021-2022, entre 2012 et 2014, du 14 au 18 avril 2008, de décembre 2021 à mai 2023');
    expect(dates.map((d) => [d.iso, d.endIso])).toEqual([
      ['2021', '2022'], ['2012', '2014'], ['2008-04-14', '2008-04-18'], ['2021-12', '2023-05'],
    ]);
  });

  it('gives offsets into the original text', () => {
    const text = 'Au 8 novembre 2016, la Convention';
    const [d] = findDates(text);
    expect(d && text.slice(d.start, d.end)).toBe('8 novembre 2016');
  });

  it('does not take resolution numbers or symbols for years', () => {
    expect(findDates('résolution 76/186 et S/2016/361').map((d) => d.iso)).toEqual([]);
  });
});
