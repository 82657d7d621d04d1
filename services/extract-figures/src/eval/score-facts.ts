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

/** Scores of one evaluation run. */
export interface EvaluationScores {
  overall: Score;
  kinds: Partial<Record<FactKind, Score>>;
  attributes: Partial<Record<ScoredAttribute, Score>>;
}

/** A prediction paired with the label it matched. */
export interface MatchedPair {
  prediction: FactDraft;
  label: LabelledFact;
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

function agreements(p: FactDraft, l: LabelledFact): number {
  return SCORED_ATTRIBUTES.filter((a) => a in l && p[a] === l[a]).length;
}

/** Pairs predictions with labels of the same place, kind and value (State for treaty actions), best attributes first. */
export function matchFacts(predictions: readonly FactDraft[], labels: readonly LabelledFact[]): { pairs: MatchedPair[]; missed: LabelledFact[]; spurious: FactDraft[] } {
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
  return { pairs, missed, spurious: [...free] };
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
export function scoreFacts(predictions: readonly FactDraft[], labels: readonly LabelledFact[]): EvaluationScores {
  const { pairs } = matchFacts(predictions, labels);
  const kinds: EvaluationScores['kinds'] = {};
  for (const kind of new Set([...predictions.map((p) => p.kind), ...labels.map((l) => l.kind)])) {
    const found = predictions.filter((p) => p.kind === kind).length;
    const labelled = labels.filter((l) => l.kind === kind).length;
    kinds[kind] = score(pairs.filter((m) => m.label.kind === kind).length, found, labelled);
  }
  const attributes: EvaluationScores['attributes'] = {};
  for (const a of SCORED_ATTRIBUTES) {
    const labelled = labels.filter((l) => a in l).length;
    if (labelled === 0) continue;
    const judged = pairs.filter((m) => a in m.label);
    const right = judged.filter((m) => m.prediction[a] === m.label[a]).length;
    attributes[a] = score(right, judged.length, labelled);
  }
  return { overall: score(pairs.length, predictions.length, labels.length), kinds, attributes };
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
  return { overall: add(parts.map((p) => p.overall)), kinds, attributes };
}

/** Every figure of `current` that fell below the same figure of `baseline`, as readable lines. */
export function regressions(current: EvaluationScores, baseline: EvaluationScores): string[] {
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
  return out;
}
