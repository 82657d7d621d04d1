import type { FactDraft } from '@palermo/contracts';
import type { LabelledFact } from './eval-label.ts';
import { EVALUATION_PARTS, type DocumentOutcome, type EvaluationPart, type PartScores } from './run-evaluation.ts';
import { wrongAttributes, type EvaluationScores, type Score } from './score-facts.ts';

/** How each part is named in reports. */
export const PART_TITLES: Record<EvaluationPart, string> = {
  heldout: 'held-out sentences (real pages, split at random, never tuned against)',
  heldout_text: 'held-out text (written in the style of the reports, labelled before the first run)',
  dev: 'development sentences (real pages, split at random)',
  dev_text: 'development text (written in the style of the reports, then used for fixes)',
  seed: 'seed reports (labelled while the extractor was being written)',
};

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

function row(name: string, s: Score): string {
  return `  ${name.padEnd(22)}${pct(s.precision)}${pct(s.recall)}   ${String(s.correct).padStart(4)} / found ${String(s.found).padStart(4)} / labelled ${String(s.labelled).padStart(4)}`;
}

function summaryRow(name: string, s: EvaluationScores & { documents: number }): string {
  const c = s.counts;
  const cells = [s.documents, c.labelled, c.predicted, c.matched].map((n) => String(n).padStart(7)).join('');
  const noFact = c.no_fact_sentences > 0 ? `${String(c.no_fact_spurious).padStart(4)} in ${c.no_fact_sentences}` : '     -';
  const issues = [c.wrong_value, c.wrong_attribute, c.missed, c.spurious].map((n) => String(n).padStart(7)).join('');
  return `${name.padEnd(24)}${cells}${pct(s.overall.precision)}${pct(s.overall.recall)}${issues}   ${noFact}`;
}

/** One line per part and language: precision and recall of facts, and how the rest fell out. Held-out first. */
export function formatSummary(parts: Record<EvaluationPart, PartScores>): string {
  const lines = [
    '== summary: facts matched on place, kind and value; a wrong value is a fact at a labelled figure with another value or kind',
    `${''.padEnd(24)}${['docs', 'labels', 'found', 'match'].map((h) => h.padStart(7)).join('')}${'prec'.padStart(7)}${'recall'.padStart(7)}${['wrongV', 'wrongA', 'missed', 'spur'].map((h) => h.padStart(7)).join('')}   no-fact sentences: facts found`,
  ];
  for (const part of EVALUATION_PARTS) {
    const s = parts[part];
    if (s.documents === 0) {
      lines.push(`${part.padEnd(24)}(no labelled document in this checkout)`);
      continue;
    }
    lines.push(summaryRow(part, s));
    const languages = Object.entries(s.languages);
    if (languages.length > 1) for (const [language, ls] of languages) lines.push(summaryRow(`  ${language}`, ls));
  }
  return lines.join('\n');
}

function scoreLines(scores: EvaluationScores): string[] {
  const lines = [row('overall', scores.overall)];
  for (const [k, s] of Object.entries(scores.kinds)) lines.push(row(`kind ${k}`, s));
  for (const [a, s] of Object.entries(scores.attributes)) lines.push(row(`attribute ${a}`, s));
  return lines;
}

const place = (l: LabelledFact) => `¶${l.paragraph}${l.footnote ? ` fn${l.footnote}` : ''}`;
const labelText = (l: LabelledFact) => `${l.kind} ${l.value ?? l.state ?? ''} ${l.unit ?? l.currency ?? l.measure ?? ''}${l.figure ? ` «${l.figure}»` : ''}`.trim();
// A sentence document's spans point into the sentence: show the words read; otherwise the start of the quote.
const factText = (p: FactDraft, text: string | null) => {
  const words = text !== null ? text.slice(p.span[0], p.span[1]) : p.quote.length > 60 ? `${p.quote.slice(0, 60)}…` : p.quote;
  return `${p.kind} ${p.value ?? p.state ?? ''} ${p.unit ?? p.currency ?? p.measure ?? ''} «${words}»`;
};

function outcomeLines(o: DocumentOutcome): string[] {
  const lines = [`  ${o.document}${o.expectNoFacts ? ' (must yield no fact)' : ''}: ${o.predictions.length} facts, ${o.labels.length} labels, ${o.pairs.length} matched, ${o.wrong.length} wrong values, ${o.missed.length} missed, ${o.spurious.length} spurious, ${o.errors.length} errors`];
  if (o.text !== null && (o.wrong.length + o.missed.length + o.spurious.length > 0)) lines.push(`    ${o.text}`);
  for (const m of o.missed) lines.push(`    missed   ${place(m)} ${labelText(m)}`);
  for (const { prediction: p, label: l } of o.wrong) lines.push(`    WRONG    ${place(l)} ${labelText(l)} read as ${factText(p, o.text)}`);
  for (const p of o.spurious) lines.push(`    spurious ¶${p.paragraph}${p.footnote !== null ? ` fn${p.footnote}` : ''} ${factText(p, o.text)}`);
  for (const { prediction: p, label: l } of o.pairs) {
    const wrong = wrongAttributes(p, l);
    if (wrong.length > 0) lines.push(`    attr     ${place(l)} ${labelText(l)}: ${wrong.map((a) => `${a} ${JSON.stringify((p as Record<string, unknown>)[a] ?? null)} ≠ ${JSON.stringify(l[a])}`).join(', ')}`);
  }
  for (const e of o.errors) lines.push(`    error    ¶${e.paragraph}: ${e.message}`);
  return lines;
}

/** Scores of one part per kind and attribute, per language when it has several, and with `verbose` every miss and wrong fact. */
export function formatPart(part: EvaluationPart, scores: PartScores, outcomes: DocumentOutcome[], verbose: boolean): string {
  const lines = [`== ${PART_TITLES[part]}`, `  ${''.padEnd(22)}${'prec'.padStart(7)}${'recall'.padStart(7)}`, ...scoreLines(scores)];
  const languages = Object.entries(scores.languages);
  if (languages.length > 1) {
    for (const [language, ls] of languages) lines.push(`  -- ${language} (${ls.documents} documents)`, ...scoreLines(ls));
  }
  // A sentence read exactly as labelled says nothing worth a line; a report's tally always does.
  const clean = (o: DocumentOutcome) => o.text !== null && o.wrong.length + o.missed.length + o.spurious.length + o.errors.length === 0
    && o.pairs.every(({ prediction, label }) => wrongAttributes(prediction, label).length === 0);
  if (verbose) for (const o of outcomes.filter((x) => !clean(x))) lines.push(...outcomeLines(o));
  return lines.join('\n');
}
