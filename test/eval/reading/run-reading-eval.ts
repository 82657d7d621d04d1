/**
 * Evaluation of PDF reading on real UN documents, against expectations written by reading pages.
 *   pnpm eval:reading [--check] [--write-baseline] [--verbose] [--only NAME]
 * --check exits non-zero when any document's score falls below test/eval/reading/baseline.json.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ExpectedReading } from '../../../services/segment/src/eval/reading-expectation.ts';
import { type DocumentScore, meanBy, scoreReading } from '../../../services/segment/src/eval/score-reading.ts';
import { readPdf, stopReading } from './read-pdf.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const argv = process.argv.slice(2);
const args = new Set(argv);
const only = args.has('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const baselinePath = here('./baseline.json');
const pct = (x: number) => `${(100 * x).toFixed(1)} %`.padStart(7);

const scores: DocumentScore[] = [];
for (const file of readdirSync(here('./expected')).filter((f) => f.endsWith('.json')).sort()) {
  const name = file.replace(/\.json$/, '');
  if (only && name !== only) continue;
  const expected = ExpectedReading.parse(JSON.parse(readFileSync(here(`./expected/${file}`), 'utf8')));
  const doc = await readPdf(readFileSync(here(`../../fixtures/reading/${expected.file}`)), expected.file);
  const score = scoreReading(name, expected, doc);
  scores.push(score);
  const failed = score.checks.filter((c) => !c.passed);
  console.log(`${pct(score.score)}  ${name.padEnd(20)} ${score.kind.padEnd(17)} ${score.split.padEnd(8)} ${failed.length} of ${score.checks.length} checks failed`);
  if (args.has('--verbose')) for (const c of failed) console.log(`           ✗ ${c.name}: expected ${c.expected.slice(0, 100)} | found ${c.found.slice(0, 100)}`);
}
stopReading();
console.log('\nby kind and split:');
for (const [group, { mean, count }] of meanBy(scores, (s) => `${s.split} ${s.kind}`)) console.log(`${pct(mean)}  ${group} (${count})`);
for (const [split, { mean, count }] of meanBy(scores, (s) => s.split)) console.log(`${pct(mean)}  ${split}, all kinds (${count})`);

if (args.has('--write-baseline')) {
  writeFileSync(baselinePath, `${JSON.stringify(Object.fromEntries(scores.map((s) => [s.document, Number(s.score.toFixed(4))])), null, 2)}\n`);
  console.log(`\nbaseline written to ${baselinePath}`);
}
if (args.has('--check')) {
  const baseline = JSON.parse(readFileSync(baselinePath, 'utf8')) as Record<string, number>;
  const worse = scores.filter((s) => baseline[s.document] !== undefined && s.score + 1e-4 < (baseline[s.document] ?? 0));
  const missing = Object.keys(baseline).filter((d) => !only && !scores.some((s) => s.document === d));
  for (const s of worse) console.error(`${s.document}: ${pct(s.score)} below the baseline ${pct(baseline[s.document] ?? 0)}`);
  for (const d of missing) console.error(`${d}: in the baseline but not evaluated`);
  if (worse.length + missing.length > 0) process.exit(1);
  console.log('\nno document below the baseline');
}
