import { z } from 'zod';

export const FactKind = z.enum(['treaty_parties', 'treaty_action', 'money', 'count', 'percentage', 'duration']);
export type FactKind = z.infer<typeof FactKind>;

// `almost` ("nearly", "presque") and `at_most` ("pas plus de", "no more than") were added for issue 10.
export const Qualifier = z.enum(['exact', 'more_than', 'at_least', 'about', 'almost', 'up_to', 'at_most', 'less_than', 'range']);
export type Qualifier = z.infer<typeof Qualifier>;

/** Stable ids of the instruments the reports name. */
export const Instrument = z.enum([
  'trafficking_protocol',
  'organized_crime_convention',
  'migrants_protocol',
  'firearms_protocol',
  'corruption_convention',
  'forced_labour_protocol',
  'other',
]);
export type Instrument = z.infer<typeof Instrument>;

/** Flags a fact may carry (the list is open: extractors add their own, such as `qualifier_inherited`). */
export const FACT_FLAGS = {
  countMismatch: 'count_mismatch',
  partiesFell: 'parties_fell',
  translationMismatch: 'translation_mismatch', // a figure that disagrees between two language editions of one symbol
  ambiguousCurrency: 'ambiguous_currency', // a dollar or CFA franc whose country the text does not make clear
  lowConfidence: 'low_confidence', // confidence < 0.5: the value is certain, an attribute is not
} as const;

/** Stable ids of the funds the reports name. */
export const Fund = z.enum([
  'trafficking_victims_trust_fund',
  'contemporary_slavery_fund',
  'sexual_exploitation_victims_trust_fund',
  'other',
]);
export type Fund = z.infer<typeof Fund>;

/**
 * A fact as the extractor produces it. Field names are the public contract of
 * `../shared/DESIGN.md`: downstream programs depend on them, so change them only with a version.
 */
export const FactDraft = z.object({
  kind: FactKind,
  value: z.number().nullable(),
  value_max: z.number().nullable().default(null), // upper bound of a range
  unit: z.string().nullable(),
  currency: z.string().nullable(),
  instrument: Instrument.nullable(),
  fund: Fund.nullable(),
  measure: z.string().nullable(),
  qualifier: Qualifier.nullable(),
  as_of: z.string().nullable(), // ISO date, possibly yyyy or yyyy-mm
  as_of_rule: z.string().nullable().default(null), // how as_of was resolved: sentence, paragraph, report
  period: z.string().nullable().default(null), // ISO 8601 interval, each side at its own precision: "2021/2022", "2019-01/2019-04", or "2019"
  period_start: z.string().nullable().default(null), // the two sides of `period`, null when there is none
  period_end: z.string().nullable().default(null),
  state: z.string().nullable(),
  state_code: z.string().nullable().default(null), // ISO 3166-1 alpha-3 of `state`, so editions in two languages can be reconciled
  action: z.string().nullable(),
  date: z.string().nullable(),
  subject: z.string().nullable(),
  paragraph: z.number().int().nullable(),
  footnote: z.number().int().nullable().default(null),
  section: z.string().nullable(),
  span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  quote: z.string(),
  confidence: z.number().min(0).max(1),
  flags: z.array(z.string()).default([]),
  language: z.string().nullable().default(null), // language of the document the fact was read from: "fr", "en"
});
export type FactDraft = z.infer<typeof FactDraft>;
export type FactDraftInput = z.input<typeof FactDraft>;

/** A stored fact: a draft plus the document it came from and the extractor that made it. */
export const Fact = FactDraft.extend({
  document: z.string(),
  source: z.string(),
  extractor_version: z.string(),
});
export type Fact = z.infer<typeof Fact>;

/** What the extract-figures stage stores beside the facts: how many, the paragraphs it could not read, its warnings. */
export const ExtractionReport = z.object({
  facts: z.number().int(),
  errors: z.array(z.object({ paragraph: z.number().int().nullable(), message: z.string() })),
  warnings: z.array(z.string()), // a language not read, a text that mixes languages
  extractorVersion: z.string(),
});
export type ExtractionReport = z.infer<typeof ExtractionReport>;

/** The order of fields in JSON Lines and CSV exports. */
export const FACT_FIELDS = [
  'document', 'source', 'kind', 'value', 'value_max', 'unit', 'currency', 'instrument', 'fund', 'measure',
  'qualifier', 'as_of', 'as_of_rule', 'period', 'state', 'action', 'date', 'subject', 'paragraph', 'footnote',
  'section', 'span', 'quote', 'confidence', 'flags', 'extractor_version', 'period_start', 'period_end', 'state_code', 'language',
] as const satisfies readonly (keyof Fact)[];
