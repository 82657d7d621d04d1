/**
 * Speed of the extraction core alone on the four seeds' text (issue 11 asks ≥ 5 MB/s).
 *   node --import tsx services/extract-figures/bench/extract-speed.ts [rounds]
 * The seeds are cleaned and segmented once, outside the timing; only `extractFacts` is timed. Prints
 * MB/s (of the segmented text) and the number of facts, so a faster run can be seen to keep the same facts.
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
for (let i = 0; i < rounds; i++) for (const d of documents) extractFacts(d);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const mbPerSecond = (bytes * rounds) / 1e6 / seconds;
console.log(JSON.stringify({ documents: documents.length, bytes, rounds, seconds: Number(seconds.toFixed(3)), mbPerSecond: Number(mbPerSecond.toFixed(2)), facts }));
