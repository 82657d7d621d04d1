import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FactDraft, SegmentedDocument } from '@palermo/contracts';
import { extractFacts } from '../core/extract-facts.ts';
import { paragraphsFromText } from '../core/test-support/paragraphs-from-text.ts';
import { LabelFile, SentenceSetFile, type LabelledFact } from './eval-label.ts';
import { SENTENCE_PARAGRAPH, sentenceDocument } from './sentence-document.ts';
import { matchFacts, scoreFacts, scoreNoFactSentence, sumScores, type EvaluationScores, type MatchedPair } from './score-facts.ts';

/** Turns a raw seed into a SegmentedDocument. */
export type Segmenter = (raw: string) => SegmentedDocument;

/**
 * The parts of the evaluation, reported apart because they do not mean the same thing.
 * `heldout` / `dev`: real sentences from pages the team did not write (test/eval/sentences), split at
 * random; no rule is tuned on `heldout`. `heldout_text` / `dev_text`: two texts written in the style of
 * the reports, labelled before the extractor first ran on them. `seed`: the four reports, labelled
 * while the extractor was being written.
 */
export type EvaluationPart = 'heldout' | 'heldout_text' | 'dev' | 'dev_text' | 'seed';

/** Every part, in the order reports print them: held-out first. */
export const EVALUATION_PARTS: readonly EvaluationPart[] = ['heldout', 'heldout_text', 'dev', 'dev_text', 'seed'];

/** Parts whose details reveal held-out material; printed only on request. */
export const HELD_OUT_PARTS: ReadonlySet<EvaluationPart> = new Set(['heldout', 'heldout_text']);

/** Languages of the labelled sentences. */
export type EvaluationLanguage = 'fr' | 'en';

/** What one document (a report, a text or a single sentence) contributed to the evaluation. */
export interface DocumentOutcome {
  document: string;
  part: EvaluationPart;
  language: EvaluationLanguage;
  expectNoFacts: boolean;
  text: string | null; // the sentence, for sentence documents
  source: string | null;
  predictions: FactDraft[];
  labels: LabelledFact[];
  pairs: MatchedPair[];
  wrong: MatchedPair[];
  missed: LabelledFact[];
  spurious: FactDraft[];
  errors: { paragraph: number | null; message: string }[];
  scores: EvaluationScores;
}

/** Scores of one part, over all its documents and per language. */
export interface PartScores extends EvaluationScores {
  documents: number;
  languages: Partial<Record<EvaluationLanguage, EvaluationScores & { documents: number }>>;
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

const TEXT_PARTS: Record<LabelFile['set'], EvaluationPart> = { seed: 'seed', dev: 'dev_text', heldout: 'heldout_text' };

function evaluateLabelFiles(labelsDir: string, seedsDir: string, segment: Segmenter): DocumentOutcome[] {
  return readdirSync(labelsDir).filter((f) => f.endsWith('.json')).sort().map((file) => {
    const labels = LabelFile.parse(JSON.parse(readFileSync(join(labelsDir, file), 'utf8')));
    const path = labels.source ? join(labelsDir, labels.source) : join(seedsDir, labels.document);
    const doc = segment(readFileSync(path, 'utf8'));
    const { facts, errors } = extractFacts(doc);
    return {
      document: labels.document, part: TEXT_PARTS[labels.set], language: 'fr', expectNoFacts: false, text: null, source: labels.source ?? null,
      predictions: facts, labels: labels.facts, errors, ...matchFacts(facts, labels.facts, doc.text), scores: scoreFacts(facts, labels.facts, doc.text),
    };
  });
}

/** Reads every sentence file under `dir` (any depth), checking each against its schema; a bad file names itself. */
export function readSentenceFiles(dir: string): { path: string; file: SentenceSetFile }[] {
  if (!existsSync(dir)) return [];
  const paths = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.json')).sort();
  return paths.map((relative) => {
    const path = join(dir, relative);
    const parsed = SentenceSetFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) throw new Error(`${path}: ${parsed.error.message}`);
    return { path: relative, file: parsed.data };
  });
}

function evaluateSentenceFiles(dir: string): DocumentOutcome[] {
  const outcomes: DocumentOutcome[] = [];
  for (const { file } of readSentenceFiles(dir)) {
    for (const sentence of file.sentences) {
      const { facts, errors } = extractFacts(sentenceDocument(sentence.text, sentence.language));
      const labels: LabelledFact[] = sentence.facts.map((f) => ({ ...f, paragraph: SENTENCE_PARAGRAPH }));
      const expectNoFacts = file.expect === 'no_facts';
      outcomes.push({
        document: sentence.id, part: file.set, language: sentence.language, expectNoFacts, text: sentence.text, source: sentence.source_url,
        predictions: facts, labels, errors, ...matchFacts(facts, labels, sentence.text),
        scores: expectNoFacts ? scoreNoFactSentence(facts) : scoreFacts(facts, labels, sentence.text),
      });
    }
  }
  return outcomes;
}

function partScores(outcomes: DocumentOutcome[]): PartScores {
  const languages: PartScores['languages'] = {};
  for (const language of ['fr', 'en'] as const) {
    const mine = outcomes.filter((o) => o.language === language);
    if (mine.length > 0) languages[language] = { ...sumScores(mine.map((o) => o.scores)), documents: mine.length };
  }
  return { ...sumScores(outcomes.map((o) => o.scores)), documents: outcomes.length, languages };
}

/**
 * Runs the extractor on every labelled report, text and sentence and matches its facts to the labels,
 * scored per part and per language. A part with no file in this checkout has no documents.
 */
export function evaluate(dirs: { labels: string; seeds: string; sentences: string }, segment: Segmenter): { outcomes: DocumentOutcome[]; parts: Record<EvaluationPart, PartScores> } {
  const outcomes = [...evaluateLabelFiles(dirs.labels, dirs.seeds, segment), ...evaluateSentenceFiles(dirs.sentences)];
  const of = (part: EvaluationPart) => partScores(outcomes.filter((o) => o.part === part));
  return { outcomes, parts: { heldout: of('heldout'), heldout_text: of('heldout_text'), dev: of('dev'), dev_text: of('dev_text'), seed: of('seed') } };
}
