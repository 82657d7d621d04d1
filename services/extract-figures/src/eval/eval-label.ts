import { FactKind, Fund, Instrument } from '@palermo/contracts';
import { z } from 'zod';

/**
 * Qualifiers of the fact contract (notes of issue 10), `almost` and `at_most` included: labels are
 * written against the contract, whichever of its values the extractor emits today.
 */
export const LabelQualifier = z.enum(['exact', 'more_than', 'at_least', 'about', 'almost', 'up_to', 'at_most', 'less_than', 'range']);
export type LabelQualifier = z.infer<typeof LabelQualifier>;

// Attributes an annotator may record. A key left out is not judged; `null` is judged ("must be null"),
// e.g. `currency: null` for a bare "dollars" the contract forbids reading as USD.
const judgedAttributes = {
  value: z.number().optional(),
  value_max: z.number().optional(), // upper bound of a range ("entre 5 et 7 milliards")
  unit: z.string().optional(),
  currency: z.string().nullable().optional(),
  instrument: Instrument.optional(),
  fund: Fund.optional(),
  measure: z.string().optional(),
  qualifier: LabelQualifier.optional(),
  as_of: z.string().nullable().optional(),
  period: z.string().nullable().optional(), // ISO 8601 interval: "2021/2022", "2026-01-04/2026-01-22", "2019"
  state: z.string().optional(),
  state_code: z.string().length(3).optional(), // ISO 3166-1 alpha-3
  action: z.string().nullable().optional(),
  date: z.string().optional(),
  flags: z.array(z.string()).optional(), // every flag listed must be on the fact; others are allowed
  note: z.string().optional(),
};

/** One fact as a human annotator recorded it; an attribute left out was not judged. */
export const LabelledFact = z.object({
  kind: FactKind,
  paragraph: z.number().int().nullable(),
  footnote: z.number().int().optional(),
  // The figure as the text prints it ("plus de 6 millions de dollars"): where the fact is, so that a
  // prediction at that place with another value is counted as a wrong value, not as a miss.
  figure: z.string().optional(),
  ...judgedAttributes,
});
export type LabelledFact = z.infer<typeof LabelledFact>;

/** The labels of one seed report. */
export const LabelFile = z.object({
  document: z.string(),
  source: z.string().optional(), // path of the text, relative to the label file; default: the seed named `document`
  set: z.enum(['seed', 'dev', 'heldout']).default('seed'), // see EvaluationPart
  report: z.string().optional(),
  annotator_notes: z.array(z.string()).optional(),
  facts: z.array(LabelledFact),
});
export type LabelFile = z.infer<typeof LabelFile>;

/** A fact of a labelled sentence: its place is the sentence, found by its printed figure. */
export const SentenceFact = z.object({ kind: FactKind, figure: z.string().min(1), ...judgedAttributes });
export type SentenceFact = z.infer<typeof SentenceFact>;

/** One real sentence quoted from a page the team did not write, with every fact a careful reader records. */
export const LabelledSentence = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    text: z.string().min(1),
    language: z.enum(['fr', 'en']),
    source_url: z.url(),
    facts: z.array(SentenceFact),
    notes: z.array(z.string()).optional(),
  })
  .superRefine((sentence, ctx) => {
    sentence.facts.forEach((fact, i) => {
      if (!sentence.text.includes(fact.figure)) {
        ctx.addIssue({ code: 'custom', path: ['facts', i, 'figure'], message: `"${fact.figure}" is not in the sentence` });
      }
      if (fact.kind !== 'treaty_action' && fact.value === undefined) {
        ctx.addIssue({ code: 'custom', path: ['facts', i, 'value'], message: `a ${fact.kind} label needs its value` });
      }
    });
  });
export type LabelledSentence = z.infer<typeof LabelledSentence>;

/**
 * A file of labelled sentences. `expect: no_facts` holds sentences that must yield no fact at all
 * (symbols, references, ordinals, years, article and phone numbers): any fact found there is spurious.
 */
export const SentenceSetFile = z
  .object({
    set: z.enum(['dev', 'heldout']),
    expect: z.enum(['facts', 'no_facts']),
    split_seed: z.number().int(),
    description: z.string(),
    sentences: z.array(LabelledSentence),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.sentences.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sentences', i, 'id'], message: `duplicate id ${s.id}` });
      seen.add(s.id);
      if (file.expect === 'no_facts' && s.facts.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['sentences', i, 'facts'], message: 'a no-fact sentence lists facts' });
      }
    });
  });
export type SentenceSetFile = z.infer<typeof SentenceSetFile>;

/** Attributes scored one by one, beside the kind and value that decide a match. */
export const SCORED_ATTRIBUTES = [
  'value_max', 'unit', 'currency', 'instrument', 'fund', 'measure', 'qualifier', 'as_of', 'period', 'state', 'state_code', 'action', 'date', 'flags',
] as const;
export type ScoredAttribute = (typeof SCORED_ATTRIBUTES)[number];
