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

/** Extracts durations (`six mois`, `trois ans`, `un an`, `a year`) with the noun they measure. */
export function extractDurations(unit: SentenceUnit): { facts: FactDraft[]; used: Set<Quantity> } {
  const { profile } = unit;
  const { after, article } = patterns(profile);
  const facts: FactDraft[] = [];
  const used = new Set<Quantity>();
  const push = (start: number, end: number, value: number, valueMax: number | null, word: string, qualifierStart: number, qualifier: FactDraft['qualifier'], confidence: number) => {
    // "âgés de 18 ans" is an age, not a duration: still reported, but flagged for a reader to judge.
    // "âgés de 18 ans", "aged 18 years" is an age, not a duration: not reported.
    if (profile.durations.ageBefore.test(unit.folded.slice(0, qualifierStart))) return;
    const flags: string[] = [];
    facts.push(draftFact(unit, {
      kind: 'duration', value, value_max: valueMax, unit: profile.durations.units[word] ?? word, qualifier,
      subject: subjectBefore(unit.text, qualifierStart, profile), flags, confidence, localSpan: [start, end],
    }));
  };
  for (const q of unit.quantities) {
    const m = after.exec(unit.folded.slice(q.end, q.end + 40));
    const word = m?.[1];
    if (!m || !word) continue;
    used.add(q);
    // "toutes les deux semaines", "every two weeks" is a frequency.
    if (profile.durations.frequencyBefore.test(unit.folded.slice(0, q.start))) continue;
    // "ten years earlier", "trois ans plus tard": a point in time, not a length.
    if (RELATIVE_AFTER.test(unit.folded.slice(q.end + m[0].length, q.end + m[0].length + 16))) continue;
    push(q.start, q.end + m[0].length, q.value, q.valueMax, word, q.qualifierStart ?? q.start, q.qualifier, 0.75 - (q.glued ? 0.1 : 0));
  }
  for (const m of allMatches(article, unit.folded)) {
    const word = m[2];
    const start = m.index;
    if (!word || unit.quantities.some((q) => start < q.end && start + m[0].length > q.start)) continue;
    const before = unit.folded.slice(Math.max(0, start - 30), start);
    if (RATE_BEFORE.test(before) || profile.durations.frequencyBefore.test(before)) continue;
    if (profile.language === 'en' && m[1] !== 'one' && !EN_ARTICLE_AFTER.test(before)) continue;
    const q = qualifierBefore(unit.folded, start, profile);
    push(start, start + m[0].length, 1, null, word, q?.start ?? start, q?.qualifier ?? 'exact', 0.65);
  }
  return { facts, used };
}
