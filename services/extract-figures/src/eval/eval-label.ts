import { FactKind, Fund, Instrument, Qualifier } from '@palermo/contracts';
import { z } from 'zod';

/** One fact as a human annotator recorded it; an attribute left out was not judged. */
export const LabelledFact = z.object({
  kind: FactKind,
  paragraph: z.number().int().nullable(),
  footnote: z.number().int().optional(),
  value: z.number().optional(),
  unit: z.string().optional(),
  currency: z.string().optional(),
  instrument: Instrument.optional(),
  fund: Fund.optional(),
  measure: z.string().optional(),
  qualifier: Qualifier.optional(),
  as_of: z.string().optional(),
  period: z.string().optional(),
  state: z.string().optional(),
  action: z.string().nullable().optional(),
  date: z.string().optional(),
  note: z.string().optional(),
});
export type LabelledFact = z.infer<typeof LabelledFact>;

/** The labels of one seed report. */
export const LabelFile = z.object({
  document: z.string(),
  source: z.string().optional(), // path of the text, relative to the label file; default: the seed named `document`
  set: z.enum(['seed', 'dev', 'heldout']).default('seed'), // see EvaluationSet
  report: z.string().optional(),
  annotator_notes: z.array(z.string()).optional(),
  facts: z.array(LabelledFact),
});
export type LabelFile = z.infer<typeof LabelFile>;

/** Attributes scored one by one, beside the kind and value that decide a match. */
export const SCORED_ATTRIBUTES = ['unit', 'currency', 'instrument', 'fund', 'measure', 'qualifier', 'as_of', 'period', 'state', 'action', 'date'] as const;
export type ScoredAttribute = (typeof SCORED_ATTRIBUTES)[number];
