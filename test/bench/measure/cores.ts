// The pure cores alone (MB/s of input text), and every stage's work called in one process with
// no queue and no storage: the floor the pipeline's plumbing is measured against.
import { cleanText } from '@palermo/clean';
import { segmentText } from '@palermo/segment';
import { extractFacts } from '@palermo/extract-figures';
import { extractPdfText } from '@palermo/fetch';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { INTERRUPT_BUDGET } from '../../../apps/palermo/src/v8-tiering.ts';
import type { BenchInput } from './inputs.ts';
import { sampleTree } from './process-tree.ts';

/** Throughput of each core on the seeds' text. */
export interface CoreRates {
  megabytes: number;
  clean: number; // MB/s
  segment: number;
  extract: number;
  facts: number; // facts found in one pass (to check a faster core finds the same)
}

const MB = 1024 * 1024;

/** Runs each core over the seeds until `minSeconds` have passed, after one pass; MB/s of the seeds' UTF-8 text. */
export function coreRates(seeds: ReadonlyArray<{ text: string }>, minSeconds = 2): CoreRates {
  const bytes = seeds.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  cleanText('Le Protocole relatif à la traite des personnes.'); // loads the lexicon outside the timing
  const cleaned = seeds.map((s) => cleanText(s.text, { mediaType: 'text/markdown' }));
  const segmented = cleaned.map((c) => segmentText(c.text, c.removed));
  // One pass first, untimed: the rate is a running worker's, whose code V8 has compiled by then
  // (the extractor's first pass over the seeds took 110–175 ms, the next ones 25–80).
  const rate = (work: () => void): number => {
    work();
    let passes = 0;
    const start = performance.now();
    while (performance.now() - start < minSeconds * 1000 || passes === 0) {
      work();
      passes++;
    }
    return (bytes * passes) / MB / ((performance.now() - start) / 1000);
  };
  return {
    megabytes: bytes / MB,
    clean: rate(() => seeds.forEach((s) => cleanText(s.text, { mediaType: 'text/markdown' }))),
    segment: rate(() => cleaned.forEach((c) => segmentText(c.text, c.removed))),
    extract: rate(() => segmented.forEach((d) => extractFacts(d, { reportDate: d.metadata.date }))),
    facts: segmented.reduce((n, d) => n + extractFacts(d, { reportDate: d.metadata.date }).facts.length, 0),
  };
}

const LIMITS = { maxBytes: 50 * MB, maxPages: 500, timeoutMs: 120_000, maxMemoryMb: 512 };

/** Every stage's core on every document, one after another, with the product's PDF engine: no queue, no storage. */
export async function runEveryCore(pdfs: readonly BenchInput[]): Promise<void> {
  // As the clean stage calls it: with the fetch stage's layout and corrections.
  for (const pdf of pdfs) {
    const read = await extractPdfText(pdf.bytes, LIMITS, pdf.name, 'b'.repeat(64));
    const cleaned = cleanText(read.text, { mediaType: 'application/pdf', layout: read.layout, corrections: read.corrections ?? [] });
    const segmented = segmentText(cleaned.text, cleaned.removed);
    extractFacts(segmented, { reportDate: segmented.metadata.date });
  }
}

/**
 * The floor the pipeline is held to: `runEveryCore` on the bench's PDFs in a process of its own
 * (floor.child.ts), `passes` times. The whole run is measured from outside like the pipeline's
 * processes, so that its start-up and its PDF parser processes count and the sampler's own work
 * does not; the passes after the first are as the child measured them (a warm process). It runs
 * with the CLI's own V8 budget (v8-tiering.ts), as the pipeline it is compared with.
 */
export async function inProcessRun(passes = 1): Promise<{ seconds: number; cpuSeconds: number; warmCpuSeconds: number[]; warmParserCpuSeconds: number[] }> {
  const start = performance.now();
  const child = spawn(process.execPath, [`--interrupt-budget=${INTERRUPT_BUDGET}`, '--import', 'tsx', fileURLToPath(new URL('./floor.child.ts', import.meta.url)), String(passes)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = sampleTree(child.pid!);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const seconds = (performance.now() - start) / 1000;
  sampler.stop();
  if (code !== 0) throw new Error(`the in-process floor run exited ${code}: ${stderr.slice(-2000)}`);
  const perPass = stdout.trim().split('\n').map((line) => JSON.parse(line) as { cpuSeconds: number; parserCpuSeconds: number });
  // The first pass from outside: the whole run less what the child measured of its later passes.
  const warm = perPass.slice(1);
  return {
    seconds,
    cpuSeconds: sampler.cpuSeconds() - warm.reduce((a, b) => a + b.cpuSeconds, 0),
    warmCpuSeconds: warm.map((p) => p.cpuSeconds),
    warmParserCpuSeconds: warm.map((p) => p.parserCpuSeconds),
  };
}
