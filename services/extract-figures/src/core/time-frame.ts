import { findDates, type DateMention } from './french-dates.ts';
import { fold } from './text-fold.ts';

/** What the report says about its own dates: when it was issued and which period it covers. */
export interface ReportDates {
  reportDate: string | null;
  periodStart: string | null;
  periodEnd: string | null;
}

/** How a sentence situates itself in time. */
export interface SentenceTime {
  asOf: string | null; // an explicit "as of" date: "Au 8 novembre 2016", "En avril 2023, le fonds avait reçu"
  frame: string | null; // the latest date the sentence speaks of, outside parentheses: "en 2012"
  period: string | null; // "2022", "2021/2022", "2011/.." ("depuis 2011")
  periods: { at: number; period: string }[]; // every period the sentence states, where it states it
  sinceCreation: boolean; // "depuis sa création"
}

const AS_OF_BEFORE = /(?:^|[\s(,])(?:au|a la date du|en date du|a la date de|jusqu'au|a compter du|a la fin d[eu]|a fin)\s*$/;
const REPORTING_PERIOD = /\b(?:la|de la|sur la) periode (?:consideree|a l'examen|sous examen|couverte|visee|faisant l'objet du present rapport)\b/;

function insideParentheses(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

function endOf(d: DateMention): string {
  return d.endIso ?? d.iso;
}

/** Finds the period a report says it covers ("couvre la période allant de décembre 2021 à mai 2023"). */
export function findReportingPeriod(text: string): { start: string; end: string } | null {
  const folded = fold(text);
  let best: { start: string; end: string } | null = null;
  for (const m of folded.matchAll(/\bperiode (?:allant|qui s'etend|couverte|comprise|du|de)[^.]{0,220}/g)) {
    const dates = findDates(text.slice(m.index, m.index + m[0].length));
    const first = dates[0];
    const last = dates[dates.length - 1];
    if (!first || !last || (dates.length < 2 && !first.endIso)) continue;
    const candidate = { start: first.iso, end: endOf(last) };
    // The most precise statement wins: "31 mai 2023" over "mai 2023".
    if (!best || candidate.end.length > best.end.length) best = candidate;
  }
  return best;
}

/**
 * Reads the time references of one sentence: explicit as-of date, time frame and period. Dates
 * inside `ignore` (instrument names: "son Protocole de 2014") say nothing about when.
 */
export function sentenceTime(sentence: string, report: ReportDates, ignore: readonly { start: number; end: number }[] = []): SentenceTime {
  const folded = fold(sentence);
  const dates = findDates(sentence).filter((d) => !insideParentheses(sentence, d.start) && !ignore.some((r) => d.start < r.end && d.end > r.start));
  let asOf: string | null = null;
  const periods: { at: number; period: string }[] = [];
  for (const d of dates) {
    const before = folded.slice(0, d.start);
    const after = folded.slice(d.end, d.end + 3);
    const opensSentence = /^\s*(?:en|a la fin d[eu]|fin|depuis)?\s*$/.test(before);
    if (!asOf && (AS_OF_BEFORE.test(before) || (opensSentence && d.precision !== 'year' && !/depuis\s*$/.test(before) && /^\s*,/.test(after)))) {
      asOf = endOf(d);
    }
    if (/depuis\s*$/.test(before)) periods.push({ at: d.start, period: `${d.iso}/..` });
    else if (/(?:^|\s)(?:en|pendant|durant|au cours de|pour)(?: la periode| l'annee| l'exercice)?\s*$/.test(before)) {
      periods.push({ at: d.start, period: d.endIso ? `${d.iso}/${d.endIso}` : d.iso });
    } else if (d.endIso) periods.push({ at: d.start, period: `${d.iso}/${d.endIso}` });
  }
  let period = periods[0]?.period ?? null;
  let frame = dates.reduce<string | null>((latest, d) => (latest === null || endOf(d) > latest ? endOf(d) : latest), null);
  if (REPORTING_PERIOD.test(folded) && report.periodEnd && (frame === null || report.periodEnd > frame)) {
    frame = report.periodEnd;
    if (period === null && report.periodStart) {
      period = `${report.periodStart}/${report.periodEnd}`;
      periods.push({ at: 0, period });
    }
  }
  return { asOf, frame, period, periods, sinceCreation: /depuis (?:sa|leur|son) (?:creation|lancement|mise en place)/.test(folded) };
}

/** The period nearest a figure: the last one stated before it, else the first one after it. */
export function periodNear(time: SentenceTime, offset: number): string | null {
  const before = time.periods.filter((p) => p.at <= offset);
  return before[before.length - 1]?.period ?? time.periods.find((p) => p.at > offset)?.period ?? null;
}
