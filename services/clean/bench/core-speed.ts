// The clean and segment cores on the seeds' text, as test/bench/measure/cores.ts calls them, in
// MB/s and in MB per CPU-second (the machine may be shared): the median of several rounds.
//   node --import tsx services/clean/bench/core-speed.ts [rounds] [seconds per round]
import { readFileSync, readdirSync } from 'node:fs';
import { segmentText } from '../../segment/src/core/segment-text.ts';
import { cleanText } from '../src/core/clean-text.ts';

const folder = new URL('../../../seeds/', import.meta.url);
const seeds = readdirSync(folder).sort().map((name) => readFileSync(new URL(name, folder), 'utf8'));
const megabytes = seeds.reduce((n, s) => n + Buffer.byteLength(s), 0) / 1024 / 1024;
const rounds = Number(process.argv[2] ?? 5);
const seconds = Number(process.argv[3] ?? 2);

cleanText('Le Protocole relatif à la traite des personnes.'); // loads the lexicon outside the timing
const cleaned = seeds.map((s) => cleanText(s, { mediaType: 'text/markdown' }));

function rate(work: () => void): { wall: number; cpu: number } {
  let passes = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < seconds * 1000 || passes === 0) {
    work();
    passes++;
  }
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return { wall: (megabytes * passes) / wall, cpu: (megabytes * passes) / ((used.user + used.system) / 1e6) };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const clean: { wall: number; cpu: number }[] = [];
const segment: { wall: number; cpu: number }[] = [];
for (let round = 0; round < rounds; round++) {
  clean.push(rate(() => seeds.forEach((s) => cleanText(s, { mediaType: 'text/markdown' }))));
  segment.push(rate(() => cleaned.forEach((c) => segmentText(c.text, c.removed))));
}
const show = (runs: { wall: number; cpu: number }[]): string =>
  `${median(runs.map((r) => r.wall)).toFixed(2)} MB/s, ${median(runs.map((r) => r.cpu)).toFixed(2)} MB per CPU-second`;
console.log(`seeds: ${megabytes.toFixed(2)} MB; medians of ${rounds} rounds of ${seconds} s`);
console.log(`clean    ${show(clean)}`);
console.log(`segment  ${show(segment)}`);
