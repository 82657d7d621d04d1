import { findDates, isoOf, type DateMention } from './dates.ts';
import type { LanguageProfile } from './language-profile.ts';
import { FRENCH } from './profile-fr.ts';
import { allMatches } from './matches.ts';
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


function insideParentheses(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

function endOf(d: DateMention): string {
  return d.endIso ?? d.iso;
}

/** Finds the period a report says it covers ("couvre la période allant de décembre 2021 à mai 2023"). */
export function findReportingPeriod(text: string, profile: LanguageProfile = FRENCH, folded = fold(text)): { start: string; end: string } | null {
  let best: { start: string; end: string } | null = null;
  for (const m of allMatches(profile.time.reportingPeriodIntro, folded)) {
    const dates = findDates(text.slice(m.index, m.index + m[0].length), profile);
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
 * Reads the time references of one sentence: explicit as-of date, time frame and periods. Dates
 * inside `ignore` (instrument names: "son Protocole de 2014") say nothing about when. A period
 * ("de janvier à avril 2019", "du 4 au 22 janvier") is a period: it never becomes an as-of date
 * or a time frame, which are points in time.
 */
export function sentenceTime(
  sentence: string, report: ReportDates, ignore: readonly { start: number; end: number }[] = [],
  profile: LanguageProfile = FRENCH, folded = fold(sentence), allDates = findDates(sentence, profile, folded),
): SentenceTime {
  const { time } = profile;
  const dates = allDates.filter((d) => !insideParentheses(sentence, d.start) && !ignore.some((r) => d.start < r.end && d.end > r.start));
  let asOf: string | null = null;
  const periods: { at: number; period: string }[] = [];
  for (const d of dates) {
    const before = folded.slice(0, d.start);
    const after = folded.slice(d.end, d.end + 3);
    // "En 2022, ..." speaks of the year; "Fin 2022, ...", "À la mi-2023, ..." of a point in it, known to the year.
    const opensSentence = time.opensSentence.test(before) || (d.partOfYear === true && /^\s*(?:a|at|by)?\s*$/.test(before));
    if (!asOf && !d.endIso && (time.asOfBefore.test(before) || (opensSentence && (d.precision !== 'year' || d.partOfYear) && !time.sinceBefore.test(before) && /^\s*,/.test(after)))) {
      asOf = d.iso;
    }
    if (time.sinceBefore.test(before)) periods.push({ at: d.start, period: `${d.iso}/..` });
    else if (time.inBefore.test(before)) periods.push({ at: d.start, period: isoOf(d) });
    else if (d.endIso) periods.push({ at: d.start, period: isoOf(d) });
  }
  // "la dernière décennie" is the ten years up to the report, each side known to the year; with no report
  // date it is left unread rather than guessed.
  const decade = time.lastDecade.exec(folded);
  const reportYear = report.reportDate ? Number(report.reportDate.slice(0, 4)) : null;
  if (decade && reportYear) periods.push({ at: decade.index, period: `${reportYear - 10}/${reportYear}` });
  periods.sort((a, b) => a.at - b.at);
  let period = periods[0]?.period ?? null;
  let frame = dates.filter((d) => !d.endIso).reduce<string | null>((latest, d) => (latest === null || d.iso > latest ? d.iso : latest), null);
  if (report.periodEnd && (frame === null || report.periodEnd > frame) && time.reportingPeriod.test(folded)) {
    frame = report.periodEnd;
    if (period === null && report.periodStart) {
      period = `${report.periodStart}/${report.periodEnd}`;
      periods.push({ at: 0, period });
    }
  }
  return { asOf, frame, period, periods, sinceCreation: profile.money.sinceCreation.test(folded) };
}

// "3% in 2004", "10,000 victims of modern slavery in the UK in 2013": a year the figure's own phrase
// gives, with nothing between but words, is its period, whatever the sentence said before.
const OWN_PERIOD = /^[^,;:()\d]{0,60}\b(?:in|en|(?:during|over|pendant|au cours de|sur) (?:the period|la periode))\s+$/;

/** The period a figure's own phrase gives right after it (`end` is the figure's end, on the folded sentence). */
export function ownPeriod(time: SentenceTime, figure: { end: number; folded: string }): string | null {
  const next = time.periods.find((p) => p.at >= figure.end);
  return next && OWN_PERIOD.test(figure.folded.slice(figure.end, next.at)) ? next.period : null;
}

/**
 * The period nearest a figure: one its own phrase gives right after it (`figure` is its end, on the
 * folded sentence), else the last one stated before it, else the first one after it.
 */
export function periodNear(time: SentenceTime, offset: number, figure?: { end: number; folded: string }): string | null {
  const own = figure ? ownPeriod(time, figure) : null;
  if (own) return own;
  const before = time.periods.filter((p) => p.at <= offset);
  return before[before.length - 1]?.period ?? time.periods.find((p) => p.at > offset)?.period ?? null;
}
