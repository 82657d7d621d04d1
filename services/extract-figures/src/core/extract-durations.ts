import type { FactDraft } from '@palermo/contracts';
import { draftFact } from './fact-draft.ts';
import type { Quantity } from './quantities.ts';
import type { SentenceUnit } from './sentence-unit.ts';
import { subjectBefore } from './subject-phrase.ts';

const UNIT_AFTER = /^\s+(?:(?:prochain|dernier|premier|plein|entier|consecutif|supplementaire)(?:e|s|es|ve|ves)?\s+)?(ans|annees|an|annee|mois|jours|jour|semaines|semaine|heures)(?![a-z])/;
const UNITS: Record<string, string> = {
  an: 'years', ans: 'years', annee: 'years', annees: 'years', mois: 'months',
  jour: 'days', jours: 'days', semaine: 'weeks', semaines: 'weeks', heures: 'hours',
};

/** Extracts durations (`six mois`, `onze mois`, `trois ans`) with the phrase they measure. */
export function extractDurations(unit: SentenceUnit): { facts: FactDraft[]; used: Set<Quantity> } {
  const facts: FactDraft[] = [];
  const used = new Set<Quantity>();
  for (const q of unit.quantities) {
    const m = UNIT_AFTER.exec(unit.folded.slice(q.end));
    const word = m?.[1];
    if (!m || !word) continue;
    used.add(q);
    // "toutes les deux semaines" is a frequency.
    if (/\btou(?:te)?s les\s*$/.test(unit.folded.slice(0, q.start))) continue;
    const end = q.end + m[0].length;
    // "âgés de 18 ans" is an age, not a duration: still reported, but flagged for a reader to judge.
    const flags = /\bages? de\s*$|\bagee?s? de\s*$/.test(unit.folded.slice(0, q.qualifierStart ?? q.start)) ? ['age'] : [];
    facts.push(draftFact(unit, {
      kind: 'duration', value: q.value, value_max: q.valueMax, unit: UNITS[word] ?? word, qualifier: q.qualifier,
      subject: subjectBefore(unit.text, q.qualifierStart ?? q.start), flags, confidence: 0.75,
      localSpan: [q.start, end],
    }));
  }
  return { facts, used };
}
