/**
 * Evaluation of the extractor on the labelled seeds.
 *   pnpm eval [--check] [--write-baseline] [--helper] [--verbose]
 * --check exits non-zero when any figure falls below test/eval/baseline.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatReport } from '../../services/extract-figures/src/eval/format-report.ts';
import { EVALUATION_SETS, evaluate, loadSegmenter, type EvaluationSet } from '../../services/extract-figures/src/eval/run-evaluation.ts';
import { regressions, type EvaluationScores } from '../../services/extract-figures/src/eval/score-facts.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const args = new Set(process.argv.slice(2));
const baselinePath = here('./baseline.json');

const { name, segment } = await loadSegmenter(args.has('--helper') ? 'helper' : 'pipeline');
const { outcomes, scores } = evaluate(here('./labels'), here('../../seeds'), segment);
const verbose = args.has('--verbose');
console.log(`segmenter: ${name}\n`);
const TITLES: Record<EvaluationSet, string> = {
  seed: 'seed reports (labelled while the extractor was being written)',
  dev: 'development text (labelled before the first run, then used for fixes)',
  heldout: 'held-out text (labelled before the first run, never tuned against)',
};
for (const set of EVALUATION_SETS) {
  console.log(`${formatReport(TITLES[set], scores[set], outcomes.filter((o) => o.set === set), verbose)}\n`);
}

if (args.has('--write-baseline')) {
  writeFileSync(baselinePath, `${JSON.stringify({ segmenter: name, ...scores }, null, 2)}\n`);
  console.log(`\nbaseline written to ${baselinePath}`);
}
if (args.has('--check')) {
  const baseline = JSON.parse(readFileSync(baselinePath, 'utf8')) as Record<EvaluationSet, EvaluationScores>;
  const worse = EVALUATION_SETS.flatMap((set) => (baseline[set] ? regressions(scores[set], baseline[set]) : []).map((line) => `${set}: ${line}`));
  if (worse.length > 0) {
    console.error(`\n${worse.length} figure(s) below the baseline:\n${worse.join('\n')}`);
    process.exit(1);
  }
  console.log('\nno figure below the baseline');
}
