import { fold } from './text-fold.ts';

/** How much of a date the text gave. */
export type DatePrecision = 'day' | 'month' | 'year';

/** A date (or a range of dates) found in a text, normalised to ISO 8601. */
export interface DateMention {
  start: number;
  end: number;
  iso: string; // yyyy-mm-dd, yyyy-mm or yyyy
  precision: DatePrecision;
  endIso: string | null; // end of a range ("2021-2022", "du 14 au 18 avril 2008"), else null
}

const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6,
  juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
};
const MONTH = '(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)';
const DAY = '(1er|\\d{1,2})';
const YEAR = '((?:19|20)\\d{2})';
const SP = '[ ]+';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function dayIso(day: string, month: string, year: string): string | null {
  const d = day === '1er' ? 1 : Number(day);
  const m = MONTHS[month];
  if (!m || d < 1 || d > 31) return null;
  return `${year}-${pad(m)}-${pad(d)}`;
}

function monthIso(month: string, year: string): string | null {
  const m = MONTHS[month];
  return m ? `${year}-${pad(m)}` : null;
}

interface DateRule {
  pattern: RegExp;
  build: (m: RegExpExecArray) => Omit<DateMention, 'start' | 'end'> | null;
}

// Longest forms first: a range must win over the single dates inside it.
const RULES: DateRule[] = [
  {
    pattern: new RegExp(`\\bdu${SP}${DAY}(?:${SP}${MONTH})?(?:${SP}${YEAR})?${SP}au${SP}${DAY}${SP}${MONTH}${SP}${YEAR}`, 'g'),
    build: (m) => {
      const [, d1, m1, y1, d2, m2, y2] = m;
      if (!d1 || !d2 || !m2 || !y2) return null;
      const iso = dayIso(d1, m1 ?? m2, y1 ?? y2);
      const endIso = dayIso(d2, m2, y2);
      return iso && endIso ? { iso, precision: 'day', endIso } : null;
    },
  },
  {
    pattern: new RegExp(`\\b${DAY}${SP}et${SP}${DAY}${SP}${MONTH}${SP}${YEAR}`, 'g'),
    build: (m) => {
      const [, d1, d2, mo, y] = m;
      if (!d1 || !d2 || !mo || !y) return null;
      const iso = dayIso(d1, mo, y);
      const endIso = dayIso(d2, mo, y);
      return iso && endIso ? { iso, precision: 'day', endIso } : null;
    },
  },
  {
    pattern: new RegExp(`\\b(?:de${SP})?${MONTH}${SP}${YEAR}${SP}(?:a|au)${SP}${MONTH}${SP}${YEAR}`, 'g'),
    build: (m) => {
      const [, m1, y1, m2, y2] = m;
      if (!m1 || !y1 || !m2 || !y2) return null;
      const iso = monthIso(m1, y1);
      const endIso = monthIso(m2, y2);
      return iso && endIso ? { iso, precision: 'month', endIso } : null;
    },
  },
  {
    pattern: new RegExp(`(?<![\\d/])${DAY}${SP}${MONTH}${SP}${YEAR}\\b`, 'g'),
    build: (m) => {
      const [, d, mo, y] = m;
      const iso = d && mo && y ? dayIso(d, mo, y) : null;
      return iso ? { iso, precision: 'day', endIso: null } : null;
    },
  },
  {
    pattern: new RegExp(`\\b(?:mi-)?${MONTH}${SP}(?:de${SP}|d'${SP}?)?${YEAR}\\b`, 'g'),
    build: (m) => {
      const [, mo, y] = m;
      const iso = mo && y ? monthIso(mo, y) : null;
      return iso ? { iso, precision: 'month', endIso: null } : null;
    },
  },
  {
    pattern: new RegExp(`\\b(?:entre${SP}${YEAR}${SP}et${SP}${YEAR}|de${SP}${YEAR}${SP}a${SP}${YEAR}|${YEAR}[ ]?[-\\u2013/][ ]?${YEAR})\\b`, 'g'),
    build: (m) => {
      const from = m[1] ?? m[3] ?? m[5];
      const to = m[2] ?? m[4] ?? m[6];
      if (!from || !to || Number(to) <= Number(from)) return null;
      return { iso: from, precision: 'year', endIso: to };
    },
  },
  {
    // "fin 2015", "à la fin de l'année 2016", "la mi-2015", "au second semestre de 2023": the year is what is known.
    pattern: new RegExp(`\\b(?:(?:a${SP}la${SP})?fin${SP}(?:de${SP})?(?:l'annee${SP})?|mi-|(?:premier|second|deuxieme|dernier)${SP}(?:semestre|trimestre)${SP}(?:de${SP})?(?:l'${SP}?annee${SP})?)${YEAR}\\b`, 'g'),
    build: (m) => (m[1] ? { iso: m[1], precision: 'year', endIso: null } : null),
  },
  {
    pattern: new RegExp(`(?<![\\d/.,\\p{L}-])${YEAR}(?![\\d/]|[.,]\\d|-\\d)`, 'gu'),
    build: (m) => (m[1] ? { iso: m[1], precision: 'year', endIso: null } : null),
  },
];

/** Finds French dates (`8 novembre 2016`, `1er décembre 2020`, `avril 2023`, `2021-2022`, `fin 2015`). */
export function findDates(text: string): DateMention[] {
  const folded = fold(text);
  const found: DateMention[] = [];
  const overlaps = (s: number, e: number) => found.some((d) => s < d.end && e > d.start);
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (const m of folded.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const built = rule.build(m as RegExpExecArray);
      if (built) found.push({ start, end, ...built });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Parses one French date phrase into ISO form, or null when the phrase is not a date. */
export function parseFrenchDate(text: string): { iso: string; precision: DatePrecision } | null {
  const [first] = findDates(text);
  return first ? { iso: first.iso, precision: first.precision } : null;
}
