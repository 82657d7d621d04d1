/**
 * Speed of the extraction core alone on the four seeds' text (issue 11 asks ≥ 5 MB/s).
 *   node --import tsx services/extract-figures/bench/extract-speed.ts [rounds]
 * The seeds are cleaned and segmented once, outside the timing; only `extractFacts` is timed. Prints
 * MB/s (of the segmented text) and the number of facts, so a faster run can be seen to keep the same facts.
 * On a loaded machine the wall-clock rate says little: the rate per second of this process's CPU time
 * (user + system) is printed too, and is the one to compare.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanText } from '../../clean/src/core/clean-text.ts';
import { segmentText } from '../../segment/src/core/segment-text.ts';
import { extractFacts } from '../src/core/extract-facts.ts';

const seedsDir = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const rounds = Number(process.argv[2] ?? 10);
const documents = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((file) => {
  const cleaned = cleanText(readFileSync(`${seedsDir}${file}`, 'utf8'));
  return segmentText(cleaned.text, cleaned.removed);
});
const bytes = documents.reduce((sum, d) => sum + Buffer.byteLength(d.text, 'utf8'), 0);
let facts = 0;
for (const d of documents) facts += extractFacts(d).facts.length; // warm-up, and the facts to compare
const started = process.hrtime.bigint();
const cpuStarted = process.cpuUsage();
for (let i = 0; i < rounds; i++) for (const d of documents) extractFacts(d);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpuStarted);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const megabytes = (bytes * rounds) / 1e6;
console.log(JSON.stringify({
  documents: documents.length, bytes, rounds, seconds: Number(seconds.toFixed(3)), cpuSeconds: Number(cpuSeconds.toFixed(3)),
  mbPerSecond: Number((megabytes / seconds).toFixed(2)), mbPerCpuSecond: Number((megabytes / cpuSeconds).toFixed(2)), facts,
}));
