/**
 * Evaluation of the extractor on labelled reports, texts and real sentences (test/eval/README.md).
 *   pnpm eval [--check] [--write-baseline] [--helper] [--verbose] [--verbose-heldout]
 * --check exits non-zero when any figure falls below test/eval/baseline.json (or a count of wrong
 * values or of facts in no-fact sentences grows). --verbose lists every miss, wrong value and spurious
 * fact of the development and seed parts; held-out details print only with --verbose-heldout, so
 * that nobody tunes a rule on them by accident.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatPart, formatSummary } from '../../services/extract-figures/src/eval/format-report.ts';
import { EVALUATION_PARTS, HELD_OUT_PARTS, evaluate, loadSegmenter, type EvaluationPart, type PartScores } from '../../services/extract-figures/src/eval/run-evaluation.ts';
import { regressions } from '../../services/extract-figures/src/eval/score-facts.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const args = new Set(process.argv.slice(2));
const baselinePath = here('./baseline.json');

const { name, segment } = await loadSegmenter(args.has('--helper') ? 'helper' : 'pipeline');
const { outcomes, parts } = evaluate({ labels: here('./labels'), seeds: here('../../seeds'), sentences: here('./sentences') }, segment);
console.log(`segmenter: ${name}\n`);
console.log(`${formatSummary(parts)}\n`);
for (const part of EVALUATION_PARTS) {
  if (parts[part].documents === 0) continue;
  const verbose = HELD_OUT_PARTS.has(part) ? args.has('--verbose-heldout') : args.has('--verbose');
  console.log(`${formatPart(part, parts[part], outcomes.filter((o) => o.part === part), verbose)}\n`);
}

if (args.has('--write-baseline')) {
  writeFileSync(baselinePath, `${JSON.stringify({ segmenter: name, parts }, null, 2)}\n`);
  console.log(`baseline written to ${baselinePath}`);
}
if (args.has('--check')) {
  const baseline = existsSync(baselinePath) ? (JSON.parse(readFileSync(baselinePath, 'utf8')) as { parts?: Partial<Record<EvaluationPart, PartScores>> }) : {};
  const worse: string[] = [];
  for (const part of EVALUATION_PARTS) {
    const before = baseline.parts?.[part];
    if (!before) continue;
    // A checkout without the held-out files (an engineer tuning rules) cannot be held to their figures.
    if (parts[part].documents === 0) {
      console.log(`${part}: not in this checkout, not checked`);
      continue;
    }
    worse.push(...regressions(parts[part], before).map((line) => `${part}: ${line}`));
    for (const [language, ls] of Object.entries(before.languages ?? {})) {
      const now = parts[part].languages[language as keyof PartScores['languages']];
      if (now) worse.push(...regressions(now, ls).map((line) => `${part} ${language}: ${line}`));
    }
  }
  if (!baseline.parts) worse.push(`${baselinePath} holds no parts: run pnpm eval --write-baseline`);
  if (worse.length > 0) {
    console.error(`\n${worse.length} figure(s) below the baseline:\n${worse.join('\n')}`);
    process.exit(1);
  }
  console.log('\nno figure below the baseline');
}
