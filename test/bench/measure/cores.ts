// The pure cores alone (MB/s of input text), and every stage's work called in one process with
// no queue and no storage: the floor the pipeline's plumbing is measured against.
import { cleanText } from '@palermo/clean';
import { segmentText } from '@palermo/segment';
import { extractFacts } from '@palermo/extract-figures';
import { extractPdfText } from '@palermo/fetch';
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

/** Runs each core over the seeds until `minSeconds` have passed; MB/s of the seeds' UTF-8 text. */
export function coreRates(seeds: ReadonlyArray<{ text: string }>, minSeconds = 2): CoreRates {
  const bytes = seeds.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  cleanText('Le Protocole relatif à la traite des personnes.'); // loads the lexicon outside the timing
  const cleaned = seeds.map((s) => cleanText(s.text, { mediaType: 'text/markdown' }));
  const segmented = cleaned.map((c) => segmentText(c.text, c.removed));
  const rate = (work: () => void): number => {
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

/**
 * Every stage's core on every document, one document after another, in this process with the
 * product's PDF engine (its parser processes included in the CPU time), no queue, no storage.
 */
export async function inProcessRun(pdfs: readonly BenchInput[], seeds: ReadonlyArray<{ name: string; text: string }>): Promise<{ seconds: number; cpuSeconds: number }> {
  const sampler = sampleTree(process.pid, 100);
  const before = sampler.cpuSeconds();
  const start = performance.now();
  const run = (text: string, mediaType: 'application/pdf' | 'text/markdown') => {
    const cleaned = cleanText(text, { mediaType });
    const segmented = segmentText(cleaned.text, cleaned.removed);
    extractFacts(segmented, { reportDate: segmented.metadata.date });
  };
  for (const pdf of pdfs) run((await extractPdfText(pdf.bytes, LIMITS, pdf.name, 'b'.repeat(64))).text, 'application/pdf');
  for (const seed of seeds) run(seed.text, 'text/markdown');
  const seconds = (performance.now() - start) / 1000;
  sampler.stop();
  return { seconds, cpuSeconds: sampler.cpuSeconds() - before };
}
