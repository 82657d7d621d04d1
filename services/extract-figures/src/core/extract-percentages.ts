import type { FactDraft } from '@palermo/contracts';
import { draftFact } from './fact-draft.ts';
import { periodNear } from './time-frame.ts';
import type { Quantity } from './quantities.ts';
import type { SentenceUnit } from './sentence-unit.ts';
import { subjectAfter, subjectBefore } from './subject-phrase.ts';

/** Extracts percentages (`60 pour cent`, `27 %`) with the phrase they are a share of. */
export function extractPercentages(unit: SentenceUnit): { facts: FactDraft[]; used: Set<Quantity> } {
  const facts: FactDraft[] = [];
  const used = new Set<Quantity>();
  for (const q of unit.quantities) {
    const sign = unit.profile.percentAfter.exec(unit.folded.slice(q.end, q.end + 12));
    if (!sign) continue;
    used.add(q);
    const end = q.end + sign[0].length;
    const subject = subjectAfter(unit.text, unit.folded, end, { share: true, profile: unit.profile }) ?? subjectBefore(unit.text, q.qualifierStart ?? q.start, unit.profile);
    facts.push(draftFact(unit, {
      kind: 'percentage', value: q.value, value_max: q.valueMax, unit: 'percent', qualifier: q.qualifier,
      subject, period: periodNear(unit.time, q.start, { end, folded: unit.folded }), as_of: unit.time.asOf, as_of_rule: unit.time.asOf ? 'sentence' : null,
      flags: q.qualifierInherited ? ['qualifier_inherited'] : [], confidence: q.glued ? 0.75 : 0.85, localSpan: [q.start, end],
    }));
  }
  return { facts, used };
}
