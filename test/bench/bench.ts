// Speed and memory, printed (never asserted by a test): the parser alone, each core alone, the
// whole pipeline in one process on PGlite and PostgreSQL, a command's start-up, 1–3 worker
// processes, and a worker's memory across many documents; then the ratios the product is held to.
//   pnpm bench [--rounds 2] [--copies 1] [--scale-copies 2] [--memory-docs 1000] [--skip postgres,pglite,startup,steady,workers,groups,memory]
import { parseArgs } from 'node:util';
import { benchPdfs, benchSeeds, type BenchInput } from './measure/inputs.ts';
import { coreRates, inProcessRun } from './measure/cores.ts';
import { hasPdftotext, pdfjsPasses, pdftotextRate, type ParseRate } from './measure/parse-rate.ts';
import { ingestWait, workProcesses, type PipelineRun, type RunPoint } from './measure/pipeline.ts';
import { startBenchServers } from './measure/servers.ts';
import { commandCost } from './measure/startup.ts';
import { PARSER_V8_FLAGS } from '../../services/fetch/src/pdf/pdf-parser-pool.ts';
import { formatMemory, formatRun, median, memoryFlatness, printTargets } from './report.ts';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '2' },
    copies: { type: 'string', default: '1' },
    'scale-copies': { type: 'string', default: '2' },
    'memory-docs': { type: 'string', default: '1000' },
    skip: { type: 'string', default: '' },
  },
});
const rounds = Number(values.rounds);
const copies = Number(values.copies);
const skip = new Set(values.skip.split(',').filter(Boolean));

const pdfs = benchPdfs();
const seeds = benchSeeds();
// pdf.js as the issue names it (pdf-parse's getText), and as the product's parser runs it (V8's own
// built-ins put back, its V8 flags); each in a fresh process: its first pass is cold, the next ones warm.
const shipped = [pdfjsPasses(3)];
const native = [pdfjsPasses(2, 'native')];
const pages = shipped[0]!.pageCounts;
const totalPages = [...pages.values()].reduce((a, b) => a + b, 0);
const pdfMb = pdfs.reduce((n, p) => n + p.bytes.byteLength, 0) / 1024 / 1024;
console.log(`inputs: ${pdfs.length} real PDFs (${totalPages} pages, ${pdfMb.toFixed(1)} MB); ${seeds.length} seeds as text; ${rounds} interleaved rounds\n`);

// The CLI's bundle is built once per commit (apps/palermo/bin/bundle.mjs): built here, not inside a measured run.
// @ts-expect-error plain JavaScript module of the launcher, without types
await import('../../apps/palermo/bin/bundle.mjs').then(({ build, currentBuild }) => currentBuild() ?? build());
const servers = await startBenchServers();
console.log('Redis and PostgreSQL: private servers started by the benchmark (their CPU time counts as the pipeline\'s)\n');

const poppler: ParseRate[] = [];
const inProcess: Array<Awaited<ReturnType<typeof inProcessRun>>> = [];
const pipelines: Record<string, PipelineRun[]> = {};
let fastPath: PipelineRun[] | undefined; // PDF_ENGINE=pdftotext, reported beside the targets (they are set against pdf.js)
const withPdftotext = hasPdftotext();
for (let round = 1; round <= rounds; round++) {
  if (round > 1) {
    shipped.push(pdfjsPasses(3));
    native.push(pdfjsPasses(2, 'native'));
  }
  if (withPdftotext) poppler.push(pdftotextRate(pdfs, pages));
  inProcess.push(await inProcessRun(3));
  for (const backend of ['postgres', 'pglite'] as const) {
    if (skip.has(backend)) continue;
    const run = await ingestWait(servers, backend, pdfs, copies);
    (pipelines[backend] ??= []).push(run);
    console.log(`round ${round}: ${formatRun(run, totalPages * copies)}`);
  }
  if (withPdftotext && !skip.has('postgres')) {
    const run = await ingestWait(servers, 'postgres', pdfs, copies, 'pdftotext');
    (fastPath ??= []).push(run);
    console.log(`round ${round}: ${formatRun(run, totalPages * copies)}`);
  }
}
const perCpu = (r: ParseRate) => r.pages / r.cpuSeconds;
const raw = {
  cold: median(shipped.map((p) => perCpu(p.cold))),
  warm: median(shipped.flatMap((p) => p.warm.map(perCpu))),
  nativeCold: median(native.map((p) => perCpu(p.cold))),
  nativeWarm: median(native.flatMap((p) => p.warm.map(perCpu))),
};
const warmRate = median(shipped.flatMap((p) => p.warm.map((r) => r.pages / r.seconds)));
console.log(`\nparser alone, pages per CPU-second (fresh process: first pass cold, later passes warm):`);
console.log(`  pdf.js through pdf-parse getText, as shipped: cold ${raw.cold.toFixed(1)}, warm ${raw.warm.toFixed(1)} (${warmRate.toFixed(1)} pages/s)`);
console.log(`  the same as the product's parser runs it (V8's own Array.prototype.push put back, ${PARSER_V8_FLAGS.join(' ')}): cold ${raw.nativeCold.toFixed(1)}, warm ${raw.nativeWarm.toFixed(1)}`);
console.log(withPdftotext ? `  pdftotext: ${median(poppler.map((r) => r.pages / r.seconds)).toFixed(1)} pages/s` : '  pdftotext not installed');
const floor = { cpuSeconds: median(inProcess.map((r) => r.cpuSeconds)), warmCpuSeconds: median(inProcess.flatMap((r) => r.warmCpuSeconds)) };
const warmParser = median(inProcess.flatMap((r) => r.warmParserCpuSeconds));
console.log(`every core in one process, no queue or storage (the floor), CPU-s for the ${pdfs.length} PDFs, PDF parser processes included: first pass ${floor.cpuSeconds.toFixed(1)} (start-up included), later passes ${floor.warmCpuSeconds.toFixed(1)}`);
console.log(`  of a later pass: the PDF parser process ${warmParser.toFixed(1)} (${(100 * warmParser / floor.warmCpuSeconds).toFixed(0)} %), the cores after parsing ${(floor.warmCpuSeconds - warmParser).toFixed(1)}; pdf.js as shipped reads the same PDFs warm in ${(totalPages / raw.warm).toFixed(1)}`);

const cores = coreRates(seeds);
console.log(`cores on the seeds' text (${cores.megabytes.toFixed(2)} MB): clean ${cores.clean.toFixed(2)} MB/s, segment ${cores.segment.toFixed(2)} MB/s, extract ${cores.extract.toFixed(2)} MB/s (${cores.facts} facts)`);
// What every palermo process pays before its first document: loading the CLI, connecting.
if (!skip.has('startup')) {
  for (const backend of ['postgres', 'pglite'] as const) {
    const { first, next } = await commandCost(servers, backend, ['status'], 5);
    console.log(`a command from start to exit: palermo status on ${backend}, median of 5, ${next.cpuSeconds.toFixed(2)} CPU-s, ${next.seconds.toFixed(2)} s wall; the first on a new store ${first.cpuSeconds.toFixed(2)} CPU-s, ${first.seconds.toFixed(2)} s wall`);
  }
}
console.log('');

for (const runs of [...Object.values(pipelines), ...(fastPath ? [fastPath] : [])]) {
  const best = runs.reduce((a, b) => (a.seconds <= b.seconds ? a : b));
  console.log(`${best.label}, fastest round:\n${formatMemory(best.processes)}`);
}

// A worker that has been running: one `palermo work` process over three copies of the PDFs,
// measured once a third of them are done (pdf.js and the cores are compiled and optimised by then).
let steady: ReturnType<typeof steadyRate> = null;
if (!skip.has('steady') && !skip.has('postgres')) {
  const run = await workProcesses(servers, [[]], pdfs, 3);
  steady = steadyRate(run.points, run.documents, totalPages / pdfs.length);
  console.log(`\n${formatRun(run, totalPages * 3)}`);
  if (steady) console.log(`  after the first third (warm): ${steady.pagesPerCpu.toFixed(1)} pages per CPU-second, Redis's and PostgreSQL's included`);
}

const scaling: PipelineRun[] = [];
const warmScaling: Array<number | null> = [];
const everyInput = [...pdfs, ...seeds.map((s): BenchInput => ({ name: s.name, bytes: new TextEncoder().encode(s.text) }))];
const scaleCopies = Number(values['scale-copies']);
if (!skip.has('workers')) {
  for (const workers of [1, 2, 3]) {
    const run = await workProcesses(servers, Array.from({ length: workers }, () => []), everyInput, scaleCopies);
    const warm = warmThroughput(run.points, run.documents);
    scaling.push(run);
    warmScaling.push(warm);
    console.log(formatRun(run, totalPages * scaleCopies));
    if (warm !== null) console.log(`  from a third to nine tenths of the documents (warm): ${warm.toFixed(2)} documents/s`);
  }
}

// The deployment's two stage groups (infra/k8s: deployment-fetch, deployment-read) as two
// processes: what each costs, to size its resource requests.
if (!skip.has('groups')) {
  const run = await workProcesses(servers, [['fetch', 'clean'], ['segment', 'extract-figures', 'index']], everyInput, scaleCopies);
  console.log(`\n${formatRun(run, totalPages * scaleCopies)}`);
  for (const worker of run.workers) {
    console.log(`  work ${worker.stages}: ${worker.cpuSeconds.toFixed(1)} CPU-s (${(worker.cpuSeconds / run.seconds).toFixed(2)} cores over the run), peak RSS of its processes together ${(worker.treePeakRss / 1024 / 1024).toFixed(0)} MB`);
  }
}

let flatness: number | null = null;
if (!skip.has('memory')) {
  const target = Number(values['memory-docs']);
  const inputs = [...pdfs.slice(0, 4), ...seeds.map((s): BenchInput => ({ name: s.name, bytes: new TextEncoder().encode(s.text) }))];
  // Every poll's RSS, grouped by tenth of the run: a single reading per tenth measures where the
  // garbage collector happened to be; the median of a tenth measures the level it holds.
  const tenths: number[][] = Array.from({ length: 10 }, () => []);
  const total = Math.ceil(target / inputs.length) * inputs.length;
  await workProcesses(servers, [[]], inputs, Math.ceil(target / inputs.length), (done, [rss]) => {
    if (rss) tenths[Math.min(9, Math.floor((10 * done) / total))]!.push(rss);
  });
  const levels = tenths.filter((t) => t.length > 0).map((t) => ({ median: median(t), low: Math.min(...t), high: Math.max(...t) }));
  flatness = memoryFlatness(levels.map((l) => l.median));
  const mbOf = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
  console.log(`\nworker RSS across ${total} documents (one process, PostgreSQL), each tenth of the run: median (lowest–highest reading) in MB`);
  console.log(levels.map((l, i) => `${(i + 1) * 10} %: ${mbOf(l.median)} (${mbOf(l.low)}–${mbOf(l.high)})`).join(', '));
}

if (fastPath && pipelines.postgres) {
  const perCore = (r: PipelineRun) => (totalPages * copies) / (r.cpuSeconds + r.serverCpuSeconds);
  const wall = (r: PipelineRun) => (totalPages * copies) / r.seconds;
  console.log(`\nPDF_ENGINE=pdftotext (PostgreSQL): ${median(fastPath.map(perCore)).toFixed(1)} pages per core and ${median(fastPath.map(wall)).toFixed(1)} pages/s, against ${median(pipelines.postgres.map(perCore)).toFixed(1)} and ${median(pipelines.postgres.map(wall)).toFixed(1)} with pdf.js`);
}

await servers.remove();
printTargets({ raw, rawColdByRound: shipped.map((p) => perCpu(p.cold)), steady: steady?.pagesPerCpu ?? null, steadyServerCpuPerPage: steady?.serverCpuPerPage ?? null, pipelines, warmScaling, floor: { cpuSeconds: floor.cpuSeconds * copies, warmPagesPerCpu: totalPages / floor.warmCpuSeconds, warmCoresCpuSeconds: (floor.warmCpuSeconds - warmParser) * copies }, cores, scaling, flatness, totalPages: totalPages * copies });
process.exit(0);

/**
 * Documents per second between the first polls past a third and past nine tenths of the documents:
 * each worker process's start-up and warm-up left out, and the last documents, when some processes
 * already have nothing left to take.
 */
function warmThroughput(points: readonly RunPoint[], documents: number): number | null {
  const from = firstPast(points, documents / 3);
  const to = firstPast(points, (9 * documents) / 10);
  if (!from || !to || to.seconds <= from.seconds) return null;
  return (to.done - from.done) / (to.seconds - from.seconds);
}

/** Pages per CPU-second between the first poll past a third of the documents and the last poll. */
function steadyRate(points: readonly RunPoint[], documents: number, pagesPerDocument: number): { pagesPerCpu: number; seconds: number; serverCpuPerPage: number } | null {
  const from = firstPast(points, documents / 3);
  const to = points.at(-1);
  if (!from || !to || to.done <= from.done) return null;
  const pages = (to.done - from.done) * pagesPerDocument;
  const cpu = to.cpuSeconds + to.serverCpuSeconds - from.cpuSeconds - from.serverCpuSeconds;
  return { pagesPerCpu: pages / cpu, seconds: cpu, serverCpuPerPage: (to.serverCpuSeconds - from.serverCpuSeconds) / pages };
}

/** The first poll at which `done` documents or more were done. */
function firstPast(points: readonly RunPoint[], done: number): RunPoint | undefined {
  return points.find((p) => p.done >= done);
}
