import type { FactDraft } from '@palermo/contracts';
import { draftFact } from './fact-draft.ts';
import type { LanguageProfile } from './language-profile.ts';
import { allMatches } from './matches.ts';
import { qualifierBefore } from './qualifiers.ts';
import type { Quantity } from './quantities.ts';
import type { SentenceUnit } from './sentence-unit.ts';
import { subjectBefore } from './subject-phrase.ts';

const UNIT_AFTER = new Map<LanguageProfile, { after: RegExp; article: RegExp }>();

function patterns(profile: LanguageProfile): { after: RegExp; article: RegExp } {
  let p = UNIT_AFTER.get(profile);
  if (!p) {
    const units = Object.keys(profile.durations.units).sort((a, b) => b.length - a.length).join('|');
    const articles = profile.numbers.articles.join('|');
    p = {
      after: new RegExp(`^\\s*(?:${profile.durations.modifiers}\\s+)?(${units})(?![a-z])`),
      // "un an", "une semaine", "a year", "one week": an article counts one, before a unit only.
      article: new RegExp(`(?<![a-z-])(${articles})\\s+(?:${profile.durations.modifiers}\\s+)?(${units})(?![a-z'-])`, 'g'),
    };
    UNIT_AFTER.set(profile, p);
  }
  return p;
}

// "$2 million a year", "twice a day", "une fois par an": a rate, not a duration.
const RATE_BEFORE = /(?:\d|million|billion|thousand|dollars?|euros?|fois|times|twice|once|hours?|heures?|par|per)\s*$/;
const RELATIVE_AFTER = /^\s*(?:earlier|later|ago|before|after|plus tard|plus tot|auparavant|apres|avant)\b/;
// English "a"/"an" is read as one only after words that introduce a length of time.
const EN_ARTICLE_AFTER = /\b(?:for|of|within|over|after|during|in|than|about|nearly|least|to|extra|another)\s*$/;

interface DurationRead {
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  word: string;
  qualifierStart: number;
  qualifier: FactDraft['qualifier'];
  confidence: number;
}

/** The duration's fact, or null for an age ("âgés de 18 ans", "aged 18 years" is an age, not a duration). */
function durationFact(unit: SentenceUnit, read: DurationRead): FactDraft | null {
  const { profile } = unit;
  if (profile.durations.ageBefore.test(unit.folded.slice(0, read.qualifierStart))) return null;
  const d = withHalf(unit, read);
  return draftFact(unit, {
    kind: 'duration', value: d.value, value_max: d.valueMax, unit: profile.durations.units[d.word] ?? d.word, qualifier: d.qualifier,
    subject: subjectBefore(unit.text, d.qualifierStart, profile), flags: [], confidence: d.confidence, localSpan: [d.start, d.end],
  });
}

/** "six ans et demi", "un an et demi": the half belongs to the figure (a range's upper bound), never dropped. */
function withHalf(unit: SentenceUnit, d: DurationRead): DurationRead {
  const half = unit.profile.durations.half.exec(unit.folded.slice(d.end, d.end + 20));
  if (!half) return d;
  const end = d.end + half[0].length;
  return d.valueMax === null ? { ...d, value: d.value + 0.5, end } : { ...d, valueMax: d.valueMax + 0.5, end };
}

/** Extracts durations (`six mois`, `trois ans`, `un an`, `a year`) with the noun they measure. */
export function extractDurations(unit: SentenceUnit): { facts: FactDraft[]; used: Set<Quantity> } {
  const { profile } = unit;
  const { after, article } = patterns(profile);
  const facts: FactDraft[] = [];
  const used = new Set<Quantity>();
  for (const q of unit.quantities) {
    const m = after.exec(unit.folded.slice(q.end, q.end + 40));
    const word = m?.[1];
    if (!m || !word) continue;
    used.add(q);
    // "toutes les deux semaines", "every two weeks" is a frequency.
    if (profile.durations.frequencyBefore.test(unit.folded.slice(0, q.start))) continue;
    // "ten years earlier", "trois ans plus tard": a point in time, not a length.
    if (RELATIVE_AFTER.test(unit.folded.slice(q.end + m[0].length, q.end + m[0].length + 16))) continue;
    const fact = durationFact(unit, { start: q.start, end: q.end + m[0].length, value: q.value, valueMax: q.valueMax, word, qualifierStart: q.qualifierStart ?? q.start, qualifier: q.qualifier, confidence: 0.75 - (q.glued ? 0.1 : 0) });
    if (fact) facts.push(fact);
  }
  for (const m of allMatches(article, unit.folded)) {
    const word = m[2];
    const start = m.index;
    if (!word || unit.quantities.some((q) => start < q.end && start + m[0].length > q.start)) continue;
    const before = unit.folded.slice(Math.max(0, start - 30), start);
    if (RATE_BEFORE.test(before) || profile.durations.frequencyBefore.test(before)) continue;
    if (profile.language === 'en' && !EN_ARTICLE_AFTER.test(before)) continue;
    const q = qualifierBefore(unit.folded, start, profile);
    const fact = durationFact(unit, { start, end: start + m[0].length, value: 1, valueMax: null, word, qualifierStart: q?.start ?? start, qualifier: q?.qualifier ?? 'exact', confidence: 0.65 });
    if (fact) facts.push(fact);
  }
  return { facts, used };
}
