import type { FactDraft } from '@palermo/contracts';
import { ABSTRACT_UNITS, countUnitAfter } from './count-units.ts';
import { draftFact } from './fact-draft.ts';
import { periodNear } from './time-frame.ts';
import type { Quantity } from './quantities.ts';
import { qualifierAfter } from './qualifiers.ts';
import type { SentenceUnit } from './sentence-unit.ts';
import { subjectAfter } from './subject-phrase.ts';

/** Extracts counts (`34 projets`, `plus de 60 pays`, `trois États`) from the quantities no other kind took. */
export function extractCounts(unit: SentenceUnit, taken: ReadonlySet<Quantity>): FactDraft[] {
  const facts: FactDraft[] = [];
  for (const q of unit.quantities) {
    if (taken.has(q) || !Number.isInteger(q.value)) continue;
    // Only "à N le nombre de" ("évalue à", "porte à"): "réduit de 15 le nombre de" is a difference.
    const valuedAt = /\b(?:a|at|to)\s+$/.test(unit.folded.slice(Math.max(0, q.start - 4), q.start));
    const numberOf = valuedAt ? unit.profile.counts.numberOfAfter.exec(unit.folded.slice(q.end, q.end + 30)) : null;
    const noun = countUnitAfter(unit.folded, q.end, q.scale > 1, unit.profile)
      // "on évalue à 21 millions le nombre de victimes": the noun comes after "le nombre de".
      ?? (numberOf ? countUnitAfter(unit.folded, q.end + numberOf[0].length, false, unit.profile) : null);
    if (!noun) continue;
    if (ABSTRACT_UNITS.has(noun.unit) && /^\p{Lu}/u.test(unit.text.slice(noun.nounStart))) continue;
    // "3 victimes pour 100 000 habitants", "3 victims per 100,000": a rate, not a count.
    if (/^\s+(?:pour|per|par)\s+(?:\d|cent\b|mille\b|thousand\b|million)/.test(unit.folded.slice(noun.nounEnd, noun.nounEnd + 16))) continue;
    // A year-like number before a noun ("en 2016 victimes...") is rare; a bare four-digit year never reaches here.
    const subject = subjectAfter(unit.text, unit.folded, noun.phraseStart, { profile: unit.profile }) ?? unit.text.slice(noun.nounStart, noun.nounEnd);
    const flags = q.qualifierInherited ? ['qualifier_inherited'] : [];
    // "10 condamnations par an au maximum"
    const qualifier = q.qualifier === 'exact' ? qualifierAfter(unit.folded, noun.nounEnd, unit.profile) ?? 'exact' : q.qualifier;
    facts.push(draftFact(unit, {
      kind: 'count', value: q.value, value_max: q.valueMax, unit: noun.unit, qualifier, subject,
      as_of: unit.time.asOf, as_of_rule: unit.time.asOf ? 'sentence' : null, period: unit.time.asOf ? null : periodNear(unit.time, q.start, { end: noun.nounEnd, folded: unit.folded }),
      flags, confidence: (q.written === 'words' ? 0.75 : 0.8) - (q.glued ? 0.1 : 0), localSpan: [q.start, q.end],
    }));
  }
  return facts;
}
