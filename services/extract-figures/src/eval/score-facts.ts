import type { FactDraft, FactKind } from '@palermo/contracts';
import { SCORED_ATTRIBUTES, type LabelledFact, type ScoredAttribute } from './eval-label.ts';

/** Precision and recall with the counts behind them. */
export interface Score {
  precision: number;
  recall: number;
  found: number; // predictions (kinds) or matched facts with the attribute labelled (attributes)
  labelled: number;
  correct: number;
}

/**
 * How the facts of a run fell out. A wrong value is a prediction at a labelled figure's place whose
 * value (or kind, or State) differs: worse than a miss, so it is counted apart from misses and spurious
 * facts (and is neither). A wrong attribute is a matched fact with at least one judged attribute wrong.
 */
export interface FactCounts {
  labelled: number;
  predicted: number;
  matched: number;
  wrong_attribute: number;
  wrong_value: number;
  missed: number;
  spurious: number;
  no_fact_sentences: number; // sentences that must yield no fact
  no_fact_spurious: number; // facts found in them anyway
}

/** Scores of one evaluation run. */
export interface EvaluationScores {
  overall: Score;
  kinds: Partial<Record<FactKind, Score>>;
  attributes: Partial<Record<ScoredAttribute, Score>>;
  counts: FactCounts;
}

/** A prediction paired with the label it matched. */
export interface MatchedPair {
  prediction: FactDraft;
  label: LabelledFact;
}

/** Predictions against labels: matched, wrong at a labelled place, missed, spurious. */
export interface FactMatch {
  pairs: MatchedPair[];
  wrong: MatchedPair[];
  missed: LabelledFact[];
  spurious: FactDraft[];
}

function sameNumber(a: number | null | undefined, b: number | undefined): boolean {
  if (a === null || a === undefined || b === undefined) return false;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

function samePlace(p: FactDraft, l: LabelledFact): boolean {
  // A footnote is identified by its number: which paragraph cites it depends on the segmenter.
  if (l.footnote !== undefined) return p.footnote === l.footnote;
  return p.footnote === null && p.paragraph === l.paragraph;
}

function sameIdentity(p: FactDraft, l: LabelledFact): boolean {
  if (p.kind !== l.kind || !samePlace(p, l)) return false;
  return l.kind === 'treaty_action' ? p.state === l.state : sameNumber(p.value, l.value);
}

/** Whether a prediction carries the attribute as labelled (a missing field reads as null; listed flags must all be present). */
export function attributeAgrees(p: FactDraft, l: LabelledFact, a: ScoredAttribute): boolean {
  const expected = l[a];
  // Fields the contract adds (state_code...) may be absent from an older extractor's facts.
  const actual = (p as Record<string, unknown>)[a] ?? null;
  if (a === 'flags') return Array.isArray(actual) && (expected as string[]).every((f) => actual.includes(f));
  return actual === expected;
}

/** The attributes a label judges and the prediction gets wrong. */
export function wrongAttributes(p: FactDraft, l: LabelledFact): ScoredAttribute[] {
  return SCORED_ATTRIBUTES.filter((a) => l[a] !== undefined && !attributeAgrees(p, l, a));
}

function agreements(p: FactDraft, l: LabelledFact): number {
  return SCORED_ATTRIBUTES.filter((a) => l[a] !== undefined && attributeAgrees(p, l, a)).length;
}

function overlaps(span: readonly [number, number], start: number, end: number): boolean {
  return span[0] < end && start < span[1];
}

// Second pass: a missed label and a spurious prediction at the same place are one wrong fact. With
// the label's printed figure (and the text it is in) the place is the figure's characters; without,
// it is the paragraph, and only when it holds one leftover of that kind on each side.
function pairWrongValues(missed: LabelledFact[], spurious: FactDraft[], text: string | undefined): { wrong: MatchedPair[]; missed: LabelledFact[]; spurious: FactDraft[] } {
  const free = new Set(spurious);
  const wrong: MatchedPair[] = [];
  const stillMissed: LabelledFact[] = [];
  for (const label of missed) {
    const at = label.figure !== undefined && text !== undefined ? text.indexOf(label.figure) : -1;
    let found: FactDraft | undefined;
    if (at >= 0 && label.figure !== undefined) {
      const end = at + label.figure.length;
      const here = [...free].filter((p) => samePlace(p, label) && overlaps(p.span, at, end));
      found = here.find((p) => p.kind === label.kind) ?? here[0];
    } else {
      const here = [...free].filter((p) => p.kind === label.kind && samePlace(p, label));
      const rivals = missed.filter((l) => l.figure === undefined && l.kind === label.kind && l.paragraph === label.paragraph && l.footnote === label.footnote);
      if (here.length === 1 && rivals.length === 1) found = here[0];
    }
    if (found) {
      free.delete(found);
      wrong.push({ prediction: found, label });
    } else {
      stillMissed.push(label);
    }
  }
  return { wrong, missed: stillMissed, spurious: [...free] };
}

/**
 * Pairs predictions with labels of the same place, kind and value (State for treaty actions), best
 * attributes first; then pairs what is left at a labelled figure's place as wrong values.
 * `text` is the document text the spans point into, needed to place labels by their `figure`.
 */
export function matchFacts(predictions: readonly FactDraft[], labels: readonly LabelledFact[], text?: string): FactMatch {
  const free = new Set(predictions);
  const pairs: MatchedPair[] = [];
  const missed: LabelledFact[] = [];
  for (const label of labels) {
    const candidates = [...free].filter((p) => sameIdentity(p, label));
    const best = candidates.sort((a, b) => agreements(b, label) - agreements(a, label))[0];
    if (best) {
      free.delete(best);
      pairs.push({ prediction: best, label });
    } else {
      missed.push(label);
    }
  }
  return { pairs, ...pairWrongValues(missed, [...free], text) };
}

function ratio(n: number, d: number): number {
  return d === 0 ? 1 : Math.round((n / d) * 1000) / 1000;
}

function score(correct: number, found: number, labelled: number): Score {
  return { precision: ratio(correct, found), recall: ratio(correct, labelled), found, labelled, correct };
}

/**
 * Scores predictions against labels. Kinds: precision = matched / predicted, recall = matched /
 * labelled. Attributes: precision = right / matched facts whose label gives the attribute (how often
 * a found fact carries the right value), recall = right / all labels giving it (misses count as wrong).
 */
export function scoreFacts(predictions: readonly FactDraft[], labels: readonly LabelledFact[], text?: string): EvaluationScores {
  const { pairs, wrong, missed, spurious } = matchFacts(predictions, labels, text);
  const kinds: EvaluationScores['kinds'] = {};
  for (const kind of new Set([...predictions.map((p) => p.kind), ...labels.map((l) => l.kind)])) {
    const found = predictions.filter((p) => p.kind === kind).length;
    const labelled = labels.filter((l) => l.kind === kind).length;
    kinds[kind] = score(pairs.filter((m) => m.label.kind === kind).length, found, labelled);
  }
  const attributes: EvaluationScores['attributes'] = {};
  for (const a of SCORED_ATTRIBUTES) {
    const labelled = labels.filter((l) => l[a] !== undefined).length;
    if (labelled === 0) continue;
    const judged = pairs.filter((m) => m.label[a] !== undefined);
    const right = judged.filter((m) => attributeAgrees(m.prediction, m.label, a)).length;
    attributes[a] = score(right, judged.length, labelled);
  }
  const counts: FactCounts = {
    labelled: labels.length, predicted: predictions.length, matched: pairs.length,
    wrong_attribute: pairs.filter((m) => wrongAttributes(m.prediction, m.label).length > 0).length,
    wrong_value: wrong.length, missed: missed.length, spurious: spurious.length,
    no_fact_sentences: 0, no_fact_spurious: 0,
  };
  return { overall: score(pairs.length, predictions.length, labels.length), kinds, attributes, counts };
}

/** Scores of a sentence that must yield no fact: every prediction is spurious, and counted as such. */
export function scoreNoFactSentence(predictions: readonly FactDraft[]): EvaluationScores {
  const scores = scoreFacts(predictions, []);
  return { ...scores, counts: { ...scores.counts, no_fact_sentences: 1, no_fact_spurious: predictions.length } };
}

/** Counts that are all zero: the sum of nothing. */
export function emptyCounts(): FactCounts {
  return { labelled: 0, predicted: 0, matched: 0, wrong_attribute: 0, wrong_value: 0, missed: 0, spurious: 0, no_fact_sentences: 0, no_fact_spurious: 0 };
}

/** Adds up the scores of several documents (matching stays within each document). */
export function sumScores(parts: readonly EvaluationScores[]): EvaluationScores {
  const add = (scores: (Score | undefined)[]) => {
    const present = scores.filter((x): x is Score => x !== undefined);
    const total = (k: 'correct' | 'found' | 'labelled') => present.reduce((n, x) => n + x[k], 0);
    return score(total('correct'), total('found'), total('labelled'));
  };
  const kinds: EvaluationScores['kinds'] = {};
  for (const k of new Set(parts.flatMap((p) => Object.keys(p.kinds) as FactKind[]))) kinds[k] = add(parts.map((p) => p.kinds[k]));
  const attributes: EvaluationScores['attributes'] = {};
  for (const a of SCORED_ATTRIBUTES) {
    if (parts.some((p) => p.attributes[a])) attributes[a] = add(parts.map((p) => p.attributes[a]));
  }
  const counts = emptyCounts();
  for (const p of parts) for (const k of Object.keys(counts) as (keyof FactCounts)[]) counts[k] += p.counts[k];
  return { overall: add(parts.map((p) => p.overall)), kinds, attributes, counts };
}

/** Every figure of `current` that fell below the same figure of `baseline` (or count that grew), as readable lines. */
export function regressions(current: EvaluationScores, baseline: Omit<EvaluationScores, 'counts'> & { counts?: Partial<FactCounts> }): string[] {
  const out: string[] = [];
  const compare = (name: string, now: Score | undefined, before: Score | undefined) => {
    if (!before) return;
    for (const metric of ['precision', 'recall'] as const) {
      const was = before[metric];
      const is = now?.[metric] ?? 0;
      if (is + 1e-9 < was) out.push(`${name} ${metric}: ${is} < baseline ${was}`);
    }
  };
  compare('overall', current.overall, baseline.overall);
  for (const [k, s] of Object.entries(baseline.kinds)) compare(`kind ${k}`, current.kinds[k as FactKind], s);
  for (const [a, s] of Object.entries(baseline.attributes)) compare(`attribute ${a}`, current.attributes[a as ScoredAttribute], s);
  // A wrong value, or a fact read where none is, is worse than a miss: their counts may not grow.
  const names = { wrong_value: 'wrong values', no_fact_spurious: 'facts in no-fact sentences' } as const;
  for (const [c, name] of Object.entries(names) as [keyof typeof names, string][]) {
    const was = baseline.counts?.[c];
    if (was !== undefined && current.counts[c] > was) out.push(`${name}: ${current.counts[c]} > baseline ${was}`);
  }
  return out;
}
