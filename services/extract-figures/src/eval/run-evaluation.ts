import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FactDraft, SegmentedDocument } from '@palermo/contracts';
import { extractFacts } from '../core/extract-facts.ts';
import { paragraphsFromText } from '../core/test-support/paragraphs-from-text.ts';
import { LabelFile, type LabelledFact } from './eval-label.ts';
import { matchFacts, scoreFacts, sumScores, type EvaluationScores, type MatchedPair } from './score-facts.ts';

/** Turns a raw seed into a SegmentedDocument. */
export type Segmenter = (raw: string) => SegmentedDocument;

/**
 * `seed`: the four reports, labelled while the extractor was being written. `dev`: texts labelled before
 * the extractor first ran on them, then used for fixes. `heldout`: labelled first and never tuned against.
 */
export type EvaluationSet = 'seed' | 'dev' | 'heldout';

/** Every set, in the order reports print them. */
export const EVALUATION_SETS: readonly EvaluationSet[] = ['seed', 'dev', 'heldout'];

/** What one document contributed to the evaluation. */
export interface DocumentOutcome {
  document: string;
  set: EvaluationSet;
  predictions: FactDraft[];
  labels: LabelledFact[];
  pairs: MatchedPair[];
  missed: LabelledFact[];
  spurious: FactDraft[];
  errors: { paragraph: number | null; message: string }[];
}

/** The pipeline's own clean and segment stages when they load; the test helper otherwise. */
export async function loadSegmenter(prefer: 'pipeline' | 'helper'): Promise<{ name: string; segment: Segmenter }> {
  if (prefer === 'pipeline') {
    try {
      const { cleanText } = await import('../../../clean/src/core/clean-text.ts');
      const { segmentText } = await import('../../../segment/src/core/segment-text.ts');
      return {
        name: 'clean + segment stages',
        segment: (raw) => {
          const cleaned = cleanText(raw);
          return segmentText(cleaned.text, cleaned.removed);
        },
      };
    } catch (error) {
      console.warn(`clean/segment stages unavailable (${error instanceof Error ? error.message : String(error)}); using the test helper`);
    }
  }
  return { name: 'test helper (paragraphs-from-text)', segment: (raw) => paragraphsFromText(raw) };
}

/** Runs the extractor on every labelled text and matches its facts to the labels, scored per set. */
export function evaluate(labelsDir: string, seedsDir: string, segment: Segmenter): { outcomes: DocumentOutcome[]; scores: Record<EvaluationSet, EvaluationScores> } {
  const outcomes: DocumentOutcome[] = [];
  for (const file of readdirSync(labelsDir).filter((f) => f.endsWith('.json')).sort()) {
    const labels = LabelFile.parse(JSON.parse(readFileSync(join(labelsDir, file), 'utf8')));
    const path = labels.source ? join(labelsDir, labels.source) : join(seedsDir, labels.document);
    const { facts, errors } = extractFacts(segment(readFileSync(path, 'utf8')));
    outcomes.push({ document: labels.document, set: labels.set, predictions: facts, labels: labels.facts, errors, ...matchFacts(facts, labels.facts) });
  }
  const scoresOf = (set: EvaluationSet) => sumScores(outcomes.filter((o) => o.set === set).map((o) => scoreFacts(o.predictions, o.labels)));
  return { outcomes, scores: { seed: scoresOf('seed'), dev: scoresOf('dev'), heldout: scoresOf('heldout') } };
}
