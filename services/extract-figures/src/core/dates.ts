import type { LanguageProfile } from './language-profile.ts';
import { FRENCH } from './profile-fr.ts';
import { allMatches } from './matches.ts';
import { overlapsAny } from './non-quantities.ts';
import { fold } from './text-fold.ts';

/** How much of a date the text gave. */
export type DatePrecision = 'day' | 'month' | 'year';

/** A date (or a period) found in a text, normalised to ISO 8601. */
export interface DateMention {
  start: number;
  end: number;
  iso: string; // yyyy-mm-dd, yyyy-mm or yyyy: the date, or the first day, month or year of a period
  precision: DatePrecision;
  endIso: string | null; // end of a period ("2021-2022", "du 14 au 18 avril 2008", "premier trimestre 2023"), else null
  /** A point inside the year, known to the year: "fin 2022", "la mi-2023", "early 2021" (not the whole year). */
  partOfYear?: boolean;
}

type Built = Omit<DateMention, 'start' | 'end'> | null;

interface DateRule {
  pattern: RegExp;
  build: (m: RegExpExecArray) => Built;
  /** Words every match holds (a month name, "trimestre"...): a sentence without them is not scanned by the rule. */
  needs?: RegExp;
}

const YEAR = '((?:19|20)\\d{2})';
const SP = '[ ]+';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function alternatives(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

/** The date rules of one language, longest forms first: a period must win over the dates inside it. */
function rulesOf(profile: LanguageProfile): DateRule[] {
  const { months, words: w } = profile.dates;
  const MONTH = `(${alternatives(Object.keys(months))})`;
  const DAY = `(${w.firstDay ? `${w.firstDay}|` : ''}\\d{1,2})${w.dayOrdinal}`;
  const OF = w.of;
  const day = (d: string | undefined, mo: string | undefined, y: string | undefined): string | null => {
    const n = d === w.firstDay ? 1 : Number(d);
    const m = mo ? months[mo] : undefined;
    if (!m || !y || !d || n < 1 || n > lastDay(Number(y), m)) return null;
    return `${y}-${pad(m)}-${pad(n)}`;
  };
  const month = (mo: string | undefined, y: string | undefined): string | null => {
    const m = mo ? months[mo] : undefined;
    return m && y ? `${y}-${pad(m)}` : null;
  };
  const period = (iso: string | null, endIso: string | null, precision: DatePrecision): Built =>
    iso && endIso && iso <= endIso ? { iso, endIso, precision } : null;
  // What the rules need: a sentence without a month name skips every rule that has one.
  const anyMonth = new RegExp(alternatives(Object.keys(months)));
  const quarterWords = alternatives(Object.keys(w.quarter));
  const semesterWords = alternatives(Object.keys(w.semester));
  const english = profile.language === 'en';
  return [
    {
      // "du 4 janvier au 22 mars 2026", "du 14 au 18 avril 2008", "from 4 to 22 January 2026"
      pattern: new RegExp(`\\b${w.from}${SP}${w.article}${DAY}(?:${SP}${MONTH})?(?:,?${SP}${YEAR})?${SP}${w.to}${SP}${w.article}${DAY}${SP}${MONTH}${SP}${YEAR}`, 'g'),
      build: (m) => period(day(m[1], m[2] ?? m[5], m[3] ?? m[6]), day(m[4], m[5], m[6]), 'day'),
      needs: anyMonth,
    },
    {
      // "entre le 4 et le 22 janvier 2026", "4 et 22 janvier 2026", "between 4 and 22 January 2026"
      pattern: new RegExp(`\\b(?:${w.between}${SP}${w.article})?${DAY}(?:${SP}${MONTH})?${SP}${w.and}${SP}${w.article}${DAY}${SP}${MONTH}${SP}${YEAR}`, 'g'),
      build: (m) => period(day(m[1], m[2] ?? m[4], m[5]), day(m[3], m[4], m[5]), 'day'),
      needs: anyMonth,
    },
    {
      // "de janvier à avril 2019", "de décembre 2021 à mai 2023", "from January to April 2019", "between January and April 2019"
      pattern: new RegExp(`\\b(?:(?:${w.from}|de|d')${SP})?${MONTH}(?:${SP}${OF}${YEAR})?${SP}?(?:${w.monthTo}|${w.and})${SP}?${MONTH}${SP}${OF}${YEAR}`, 'g'),
      build: (m) => {
        const endYear = m[4];
        const startYear = m[2] ?? (m[1] && m[3] && (months[m[1]] ?? 0) > (months[m[3]] ?? 0) ? String(Number(endYear) - 1) : endYear);
        return period(month(m[1], startYear), month(m[3], endYear), 'month');
      },
      needs: anyMonth,
    },
    {
      // "the first quarter of 2023", "premier trimestre de 2023"
      pattern: new RegExp(english ? `\\b(${quarterWords})${SP}${w.quarterWord}${SP}(?:of${SP})?${YEAR}\\b` : `\\b(${quarterWords})${SP}${w.quarterWord}${SP}(?:de${SP})?(?:${w.yearWord}${SP})?${YEAR}\\b`, 'g'),
      build: (m) => {
        const q = m[1] ? w.quarter[m[1]] : undefined;
        return q && m[2] ? period(`${m[2]}-${pad(q * 3 - 2)}`, `${m[2]}-${pad(q * 3)}`, 'month') : null;
      },
      needs: new RegExp(w.quarterWord),
    },
    {
      // "Q1 2023"
      pattern: new RegExp(`\\bq([1-4])${SP}${YEAR}\\b`, 'g'),
      build: (m) => (m[1] && m[2] ? period(`${m[2]}-${pad(Number(m[1]) * 3 - 2)}`, `${m[2]}-${pad(Number(m[1]) * 3)}`, 'month') : null),
      needs: /q[1-4]/,
    },
    {
      // "second semestre de 2023", "the second half of 2023"
      pattern: new RegExp(english ? `\\b(${semesterWords})${SP}${w.semesterWord}${SP}(?:of${SP})?${YEAR}\\b` : `\\b(${semesterWords})${SP}${w.semesterWord}${SP}(?:de${SP})?(?:${w.yearWord}${SP})?${YEAR}\\b`, 'g'),
      build: (m) => {
        const s = m[1] ? w.semester[m[1]] : undefined;
        return s && m[2] ? period(`${m[2]}-${s === 1 ? '01' : '07'}`, `${m[2]}-${s === 1 ? '06' : '12'}`, 'month') : null;
      },
      needs: new RegExp(w.semesterWord),
    },
    {
      // "8 novembre 2016", "1er décembre 2020", "1 March 2026", "1st March 2026"
      pattern: new RegExp(`(?<![\\d/])${DAY}${SP}${MONTH}${SP}${YEAR}\\b`, 'g'),
      build: (m) => {
        const iso = day(m[1], m[2], m[3]);
        return iso ? { iso, precision: 'day', endIso: null } : null;
      },
      needs: anyMonth,
    },
    ...(english ? [{
      // "March 1, 2026"
      pattern: new RegExp(`\\b${MONTH}${SP}(\\d{1,2})(?:st|nd|rd|th)?,?${SP}${YEAR}\\b`, 'g'),
      build: (m: RegExpExecArray): Built => {
        const iso = day(m[2], m[1], m[3]);
        return iso ? { iso, precision: 'day', endIso: null } : null;
      },
      needs: anyMonth,
    }] : []),
    {
      // "avril 2023", "mi-mars 2020", "début mars 2020", "fin mars 2020", "March 2026", "mid-March 2020"
      pattern: new RegExp(`\\b(?:${w.mid}|${w.start}|${w.end})?${MONTH}${SP}(?:de${SP}|d'${SP}?|of${SP})?${YEAR}\\b`, 'g'),
      build: (m) => {
        const iso = month(m[1], m[2]);
        return iso ? { iso, precision: 'month', endIso: null } : null;
      },
      needs: anyMonth,
    },
    {
      // "entre 2021 et 2022", "de 2019 à 2021", "2021-2022", "2021/2022", "between 2021 and 2022", "from 2019 to 2021"
      pattern: new RegExp(`\\b(?:${w.between}${SP}${YEAR}${SP}${w.and}${SP}${YEAR}|(?:de|${w.from})${SP}${YEAR}${SP}(?:a|${w.to})${SP}${YEAR}|${YEAR}[ ]?[-\\u2013/][ ]?${YEAR})\\b`, 'g'),
      build: (m) => {
        const from = m[1] ?? m[3] ?? m[5];
        const to = m[2] ?? m[4] ?? m[6];
        if (!from || !to || Number(to) <= Number(from)) return null;
        return { iso: from, precision: 'year', endIso: to };
      },
    },
    {
      // "les années 1990", "the 1990s": a decade
      pattern: new RegExp(english ? `\\b(?:the${SP})?((?:19|20)\\d0)'?s\\b` : `\\b${w.decade}${SP}((?:19|20)\\d0)\\b`, 'g'),
      build: (m) => (m[1] ? { iso: m[1], precision: 'year', endIso: String(Number(m[1]) + 9) } : null),
    },
    {
      // "fin 2015", "à la fin de l'année 2016", "la mi-2015", "début 2016", "end of 2015": the year is what is known.
      pattern: new RegExp(`\\b(?:${w.end}|${w.start}|${w.mid})${YEAR}\\b`, 'g'),
      build: (m) => (m[1] ? { iso: m[1], precision: 'year', endIso: null, partOfYear: true } : null),
    },
    {
      pattern: new RegExp(`(?<![\\d/.,\\p{L}-])${YEAR}(?![\\d/]|[.,]\\d|-\\d)`, 'gu'),
      build: (m) => (m[1] ? { iso: m[1], precision: 'year', endIso: null } : null),
    },
  ];
}

const RULES = new Map<LanguageProfile, DateRule[]>();

/** True when a bare four-digit "year" is an amount: "2000 dollars", "1500 victimes", "2015 %". */
function yearIsAmount(folded: string, start: number, end: number, profile: LanguageProfile): boolean {
  const after = folded.slice(end, end + 50);
  const before = folded.slice(Math.max(0, start - 12), start);
  if (/\b(?:en|in|depuis|since|annee|year|de l'annee|of|fin|debut|end|mid|early|late)\s*$/.test(before)) return false;
  if (profile.currencies.after.test(after) || profile.percentAfter.test(after)) return true;
  const noun = /^\s*([a-z]+)/.exec(after)?.[1];
  return noun !== undefined && profile.counts.units.some(([word]) => word === noun);
}

/** Finds dates and periods (`8 novembre 2016`, `avril 2023`, `2021-2022`, `de janvier à avril 2019`, `as at 1 March 2026`). */
export function findDates(text: string, profile: LanguageProfile = FRENCH, folded = fold(text)): DateMention[] {
  let rules = RULES.get(profile);
  if (!rules) {
    rules = rulesOf(profile);
    RULES.set(profile, rules);
  }
  const found: DateMention[] = [];
  // Every date form has a year in digits, 19xx or 20xx.
  if (!/(?:19|20)\d\d/.test(folded)) return found;
  const present = new Map<RegExp, boolean>(); // each needed word looked for once per text
  rules.forEach((rule, index) => {
    const bareYear = index === rules.length - 1;
    if (rule.needs) {
      let has = present.get(rule.needs);
      if (has === undefined) {
        has = rule.needs.test(folded);
        present.set(rule.needs, has);
      }
      if (!has) return;
    }
    for (const m of allMatches(rule.pattern, folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsAny(start, end, found)) continue;
      if (bareYear && yearIsAmount(folded, start, end, profile)) continue;
      const built = rule.build(m);
      if (built) found.push({ start, end, ...built });
    }
  });
  return found.sort((a, b) => a.start - b.start);
}

/** Parses one date phrase into ISO form, or null when the phrase is not a date. */
export function parseDate(text: string, profile: LanguageProfile = FRENCH): { iso: string; precision: DatePrecision } | null {
  const [first] = findDates(text, profile);
  return first ? { iso: first.iso, precision: first.precision } : null;
}

/** Parses one French date phrase into ISO form, or null when the phrase is not a date. */
export function parseFrenchDate(text: string): { iso: string; precision: DatePrecision } | null {
  return parseDate(text, FRENCH);
}

/** The ISO 8601 interval of a period mention ("2019-01/2019-04"), or the single date. */
export function isoOf(d: Pick<DateMention, 'iso' | 'endIso'>): string {
  return d.endIso ? `${d.iso}/${d.endIso}` : d.iso;
}
