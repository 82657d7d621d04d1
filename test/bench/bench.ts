// Speed and memory, printed (never asserted): the pure cores on each seed, then the whole
// pipeline on N copies of the seeds through real Redis and PostgreSQL (or PGlite).
//   pnpm bench [--copies 10] [--backend postgres|pglite]
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '@palermo/clean';
import { segmentText } from '@palermo/segment';
import { extractFacts } from '@palermo/extract-figures';
import { createSandbox, palermo, SEEDS } from '../support/harness.ts';

const { values } = parseArgs({ options: { copies: { type: 'string', default: '10' }, backend: { type: 'string', default: 'postgres' }, runs: { type: 'string', default: '20' } } });
const copies = Number(values.copies);
const runs = Number(values.runs);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const time = <T>(work: () => T): [T, number] => {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
};

const seeds = readdirSync(SEEDS).sort().map((name) => ({ name, text: readFileSync(join(SEEDS, name), 'utf8') }));
const [, lexiconMs] = time(() => cleanText('Le Protocole relatif à la traite des personnes.'));
console.log(`cores (median of ${runs} runs; the first clean loads the lexicon: ${lexiconMs.toFixed(0)} ms)`);
console.log('seed                        KB    clean ms  segment ms  extract ms  facts');
for (const seed of seeds) {
  const samples = { clean: [] as number[], segment: [] as number[], extract: [] as number[] };
  let facts = 0;
  for (let i = 0; i < runs; i++) {
    const [cleaned, c] = time(() => cleanText(seed.text, { mediaType: 'text/markdown' }));
    const [segmented, s] = time(() => segmentText(cleaned.text, cleaned.removed));
    const [extracted, e] = time(() => extractFacts(segmented, { reportDate: segmented.metadata.date }));
    samples.clean.push(c);
    samples.segment.push(s);
    samples.extract.push(e);
    facts = extracted.facts.length;
  }
  console.log(`${seed.name.padEnd(26)} ${String(Math.round(seed.text.length / 1024)).padStart(4)} ${median(samples.clean).toFixed(1).padStart(10)} ${median(samples.segment).toFixed(1).padStart(11)} ${median(samples.extract).toFixed(1).padStart(11)} ${String(facts).padStart(6)}`);
}
console.log(`heap used ${mb(process.memoryUsage().heapUsed)}, rss ${mb(process.memoryUsage().rss)}\n`);

const backend = values.backend === 'pglite' ? 'pglite' : 'postgres';
const sandbox = await createSandbox(backend);
const folder = mkdtempSync(join(tmpdir(), 'palermo-bench-'));
sandbox.env.FILE_ROOTS = `${sandbox.env.FILE_ROOTS}:${folder}`;
try {
  // Each copy differs by one trailing line, so each is a document of its own (ids are content hashes).
  for (let copy = 0; copy < copies; copy++) {
    for (const seed of seeds) writeFileSync(join(folder, `${copy}-${seed.name}`), `${seed.text}\n\n<!-- copy ${copy} -->\n`);
  }
  const documents = copies * seeds.length;
  const start = performance.now();
  const result = await palermo(sandbox, ['ingest', folder, '--wait'], 1_800_000);
  const seconds = (performance.now() - start) / 1000;
  const summary = result.stdout.trim().split('\n').at(-1);
  console.log(`pipeline (${backend}, one process, WORKER_CONCURRENCY=${sandbox.env.WORKER_CONCURRENCY ?? 2}): ${documents} documents in ${seconds.toFixed(1)} s, ${(documents / seconds).toFixed(2)} documents/s, ${(seeds.reduce((n, s) => n + s.text.length, 0) * copies / 1024 / seconds).toFixed(0)} KB/s — ${summary}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
  await sandbox.cleanup();
}
