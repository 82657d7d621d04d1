import { FactDraft, type SegmentedDocument } from '@palermo/contracts';
import { crossCheckCounts } from './cross-check-counts.ts';
import { extractCounts } from './extract-counts.ts';
import { extractDurations } from './extract-durations.ts';
import { extractKeyValues } from './extract-key-values.ts';
import type { LanguageProfile } from './language-profile.ts';
import { documentLanguage } from './document-language.ts';
import { extractMoney } from './extract-money.ts';
import { extractPercentages } from './extract-percentages.ts';
import { extractTreatyActions } from './extract-treaty-actions.ts';
import { extractTreatyParties } from './extract-treaty-parties.ts';
import type { Quantity } from './quantities.ts';
import { readSentence, rememberSentence, type DocumentState, type SentencePlace, type SentenceUnit } from './sentence-unit.ts';
import { splitSentences } from './sentences.ts';
import { fold } from './text-fold.ts';
import { findReportingPeriod } from './time-frame.ts';

/** Version of the extraction rules; stored with every fact so a change of rules is visible downstream. */
export const EXTRACTOR_VERSION = '2.2.0';

// A text that names the United States dollar: its bare "dollars" are US dollars too.
const US_DOLLARS = /dollars? des etats-unis|dollars? e\.-u\.|dollars? (?:us|americains?)\b|united states dollars?|us dollars?|us\$|\busd\b/;

/** A paragraph (or footnote) the extractor could not read, reported instead of thrown. */
export interface ExtractionError {
  paragraph: number | null;
  message: string;
}

/** Facts of one document, the paragraphs that failed, and what the reader could not decide (language). */
export interface ExtractionResult {
  facts: FactDraft[];
  errors: ExtractionError[];
  warnings: string[];
}

function extractFromBlock(text: string, folded: string, offset: number, place: SentencePlace, state: DocumentState, profile: LanguageProfile): FactDraft[] {
  // A loop into an array literal, not map(): an empty map() result has another elements kind than a
  // full one, and the optimised code is thrown away when the other comes.
  const sentences: SentenceUnit[] = [];
  for (const s of splitSentences(text)) sentences.push(readSentence(s.text, offset + s.start, place, state.report, null, profile, folded.slice(s.start, s.end)));
  // "En octobre 2016, le Fonds avait appuyé..." dates the other figures of its paragraph.
  const paragraphAsOf = sentences.find((u) => u.time.asOf)?.time.asOf ?? null;
  const facts: FactDraft[] = [];
  for (const unit of sentences) {
    unit.paragraphAsOf = paragraphAsOf;
    const parties = extractTreatyParties(unit, state);
    const money = extractMoney(unit, state);
    const percentages = extractPercentages(unit);
    const durations = extractDurations(unit);
    const taken = new Set<Quantity>([...parties.used, ...money.used, ...percentages.used, ...durations.used]);
    const keyValues = extractKeyValues(unit, state, taken);
    for (const q of keyValues.used) taken.add(q);
    const sentenceFacts = [
      ...parties.facts, ...extractTreatyActions(unit, state), ...money.facts, ...percentages.facts,
      ...durations.facts, ...keyValues.facts, ...extractCounts(unit, taken),
    ];
    crossCheckCounts(unit, sentenceFacts);
    rememberSentence(unit, state);
    facts.push(...sentenceFacts.sort((a, b) => a.span[0] - b.span[0]));
  }
  return facts;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Extracts every fact of a segmented report in the language its metadata gives; one paragraph's
 * failure is reported in `errors`, never fatal. A language the extractor does not read yields no
 * facts and a warning; a text that mixes languages is read in its declared one, with a warning.
 */
export function extractFacts(doc: SegmentedDocument, context: { reportDate?: string | null } = {}): ExtractionResult {
  // The whole text is folded once; a paragraph's folded text is a slice of it (folding keeps offsets).
  const folded = fold(doc.text);
  const { profile, warnings } = documentLanguage(doc, folded);
  if (!profile) return { facts: [], errors: [], warnings };
  const period = findReportingPeriod(doc.text, profile, folded);
  const state: DocumentState = {
    report: { reportDate: context.reportDate ?? doc.metadata.date ?? null, periodStart: period?.start ?? null, periodEnd: period?.end ?? null },
    // A document with a UN symbol or organ is a United Nations text: its budgets and funds are in US dollars.
    usDollars: doc.metadata.symbol !== null || doc.metadata.organ !== null || US_DOLLARS.test(folded),
    lastProtocol: null,
    lastConvention: null,
    lastFund: null,
    lastFundSection: null,
  };
  const facts: FactDraft[] = [];
  const errors: ExtractionError[] = [];
  // The block is read inside the try: a paragraph that cannot even be read is reported like any other failure.
  const run = (block: () => { text: string; start: number }, place: SentencePlace) => {
    try {
      const { text, start } = block();
      const blockFolded = doc.text.startsWith(text, start) ? folded.slice(start, start + text.length) : fold(text);
      for (const fact of extractFromBlock(text, blockFolded, start, place, state, profile)) {
        const checked = FactDraft.safeParse(fact);
        if (checked.success) facts.push(checked.data);
        else errors.push({ paragraph: place.paragraph, message: `invalid fact: ${checked.error.message}` });
      }
    } catch (error) {
      errors.push({ paragraph: place.paragraph, message: message(error) });
    }
  };
  doc.paragraphs.forEach((p, index) => {
    run(() => p, { paragraph: p.number, footnote: null, section: p.sectionId });
    for (const note of doc.footnotes.filter((n) => n.paragraphIndex === index)) {
      run(() => note, { paragraph: p.number, footnote: note.number, section: p.sectionId });
    }
  });
  for (const note of doc.footnotes.filter((n) => n.paragraphIndex === null || !doc.paragraphs[n.paragraphIndex])) {
    run(() => note, { paragraph: null, footnote: note.number, section: null });
  }
  return { facts, errors, warnings };
}
