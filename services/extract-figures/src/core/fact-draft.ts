import type { FactDraft } from '@palermo/contracts';
import type { SentenceUnit } from './sentence-unit.ts';

/** The fields an extractor decides; every other field of a fact takes its empty value. */
export type FactFields = Partial<Omit<FactDraft, 'span' | 'quote' | 'paragraph' | 'footnote' | 'section'>> &
  Pick<FactDraft, 'kind' | 'confidence'> & { localSpan: [number, number] };

/** Builds a complete FactDraft from what an extractor decided and where the sentence sits. */
export function draftFact(unit: SentenceUnit, fields: FactFields): FactDraft {
  const { localSpan, ...decided } = fields;
  return {
    value: null, value_max: null, unit: null, currency: null, instrument: null, fund: null, measure: null,
    qualifier: null, as_of: null, as_of_rule: null, period: null, state: null, action: null, date: null,
    subject: null, flags: [],
    ...decided,
    confidence: Math.round(Math.min(1, Math.max(0, fields.confidence)) * 100) / 100,
    paragraph: unit.paragraph,
    footnote: unit.footnote,
    section: unit.section,
    span: [unit.start + localSpan[0], unit.start + localSpan[1]],
    quote: unit.text,
  };
}
