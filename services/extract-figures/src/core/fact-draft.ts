import { FACT_FLAGS, type FactDraft } from '@palermo/contracts';
import type { SentenceUnit } from './sentence-unit.ts';

/** The fields an extractor decides; every other field of a fact takes its empty value. */
export type FactFields = Partial<Omit<FactDraft, 'span' | 'quote' | 'paragraph' | 'footnote' | 'section'>> &
  Pick<FactDraft, 'kind' | 'confidence'> & { localSpan: [number, number] };

/** Builds a complete FactDraft from what an extractor decided and where the sentence sits. */
export function draftFact(unit: SentenceUnit, fields: FactFields): FactDraft {
  const { localSpan, ...decided } = fields;
  const confidence = Math.round(Math.min(1, Math.max(0, fields.confidence)) * 100) / 100;
  const flags = [...(decided.flags ?? [])];
  if (confidence < 0.5 && !flags.includes(FACT_FLAGS.lowConfidence)) flags.push(FACT_FLAGS.lowConfidence);
  const [periodStart, periodEnd] = periodSides(decided.period ?? null);
  // Every field starts in the literal and the decided ones are assigned over it: a spread followed by
  // more fields is a slow path in V8.
  const draft: FactDraft = {
    kind: decided.kind, value: null, value_max: null, unit: null, currency: null, instrument: null, fund: null, measure: null,
    qualifier: null, as_of: null, as_of_rule: null, period: null, state: null, state_code: null, action: null, date: null,
    subject: null, flags, period_start: periodStart, period_end: periodEnd, language: unit.profile.language, confidence,
    paragraph: unit.paragraph, footnote: unit.footnote, section: unit.section, span: [unit.start + localSpan[0], unit.start + localSpan[1]], quote: unit.text,
  };
  // What the extractor decided, except the fields this function computes from it.
  return Object.assign(draft, decided, { flags, period_start: periodStart, period_end: periodEnd, language: unit.profile.language, confidence });
}

/** The two sides of an ISO 8601 interval ("2019-01/2019-04"); a whole year or month is both sides; ".." is open. */
export function periodSides(period: string | null): [string | null, string | null] {
  if (!period) return [null, null];
  const [start, end] = period.split('/');
  if (end === undefined) return [start ?? null, start ?? null];
  return [start && start !== '..' ? start : null, end && end !== '..' ? end : null];
}
