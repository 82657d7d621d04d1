// How the benchmark prints: one line per run, memory per process, and the targets as ratios.
import type { CoreRates } from './measure/cores.ts';
import type { PipelineRun } from './measure/pipeline.ts';
import type { ProcessMemory } from './measure/process-tree.ts';

/** The middle value (the upper one of two). */
export function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** One run: documents/s, pages/s, cores used, each stage's share of the time. */
export function formatRun(run: PipelineRun, pages: number): string {
  const total = Object.values(run.stageSeconds).reduce((a, b) => a + b, 0) || 1;
  const shares = Object.entries(run.stageSeconds).sort((a, b) => b[1] - a[1]).map(([stage, s]) => `${stage} ${((100 * s) / total).toFixed(0)} %`).join(', ');
  const cpu = `${run.cpuSeconds.toFixed(1)} CPU-s in palermo + ${run.serverCpuSeconds.toFixed(1)} in Redis and PostgreSQL = ${((run.cpuSeconds + run.serverCpuSeconds) / run.seconds).toFixed(2)} cores used`;
  return `${run.label}: ${run.documents} documents in ${run.seconds.toFixed(1)} s — ${(run.documents / run.seconds).toFixed(2)} documents/s, ${(pages / run.seconds).toFixed(1)} pages/s, ${cpu}${run.failed ? `, ${run.failed} FAILED` : ''}; stage time: ${shares}`;
}

const PARSER_SCRIPT = 'pdf-text.child.mjs';
/** What a process of a run is, by the script node runs in it. */
const ROLES: Record<string, string> = { 'palermo.mjs': 'palermo', [PARSER_SCRIPT]: 'PDF parser', 'file-reader.child.mjs': 'file reader' };

/** CPU seconds of a run's PDF parser processes. */
export function parserCpuSeconds(processes: readonly ProcessMemory[]): number {
  return processes.filter((p) => p.script === PARSER_SCRIPT).reduce((n, p) => n + p.cpuSeconds, 0);
}

/** Peak and final RSS, and CPU, of every process of a run (the CLI and its PDF parsers); many short-lived ones of a name (pdftotext) on one line. */
export function formatMemory(processes: readonly ProcessMemory[]): string {
  const byName = new Map<string, ProcessMemory[]>();
  for (const p of processes) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  return [...byName.entries()].flatMap(([name, group]) => group.length > 4
    ? [`  ${group.length} × ${name}: peak ${mb(Math.max(...group.map((p) => p.peakRss)))} each at most`]
    : group.map((p) => `  pid ${p.pid} (${name}${p.script ? `, ${ROLES[p.script] ?? p.script}` : ''}): peak ${mb(p.peakRss)}, final ${mb(p.lastRss)}, ${p.cpuSeconds.toFixed(1)} CPU-s`)).join('\n');
}

/** (max − min) / min of a series after its first tenth (warm-up); null with too few points. */
export function memoryFlatness(series: readonly number[]): number | null {
  const settled = series.slice(Math.ceil(series.length / 10));
  if (settled.length < 3) return null;
  return (Math.max(...settled) - Math.min(...settled)) / Math.min(...settled);
}

const pct = (x: number) => `${(100 * x).toFixed(0)} %`;

/** The ratios the issue sets, each with its target and whether it is met. */
export function printTargets(m: {
  raw: { cold: number; warm: number; nativeCold: number; nativeWarm: number }; // pages per CPU-second
  rawColdByRound: number[]; // pdf.js's cold pages per CPU-second measured in each round, beside that round's runs
  steady: number | null; // a running worker's pages per CPU-second
  steadyServerCpuPerPage: number | null; // Redis's and PostgreSQL's CPU-seconds per page over the same stretch

  pipelines: Record<string, PipelineRun[]>;
  // The floor's first pass, its later ones, and of a later pass the cores after parsing alone (CPU-s, every copy).
  floor: { cpuSeconds: number; warmPagesPerCpu: number; warmCoresCpuSeconds: number };
  cores: CoreRates;
  scaling: PipelineRun[];
  warmScaling: Array<number | null>; // each scaling run's documents/s once warm (null: too few polls)
  flatness: number | null;
  totalPages: number;
}): void {
  console.log('\ntargets                                              measured     target   met');
  const line = (name: string, value: string, target: string, met: boolean | null) =>
    console.log(`${name.padEnd(52)} ${value.padStart(9)} ${target.padStart(10)}   ${met === null ? '–' : met ? 'yes' : 'NO'}`);
  for (const [backend, runs] of Object.entries(m.pipelines)) {
    // Redis's and PostgreSQL's CPU time counts: they are part of what the pipeline costs.
    const allCpu = (r: PipelineRun) => r.cpuSeconds + r.serverCpuSeconds;
    const perCpu = median(runs.map((r) => m.totalPages / allCpu(r)));
    // A fresh `ingest --wait` against pdf.js's first pass in a fresh process: both cold.
    line(`ingest --wait (${backend}) pages per core ÷ pdf.js, both cold`, (perCpu / m.raw.cold).toFixed(2), '≥ 0.80', perCpu / m.raw.cold >= 0.8);
    if (runs.length > 1) {
      // Each round against the reference measured beside it: on a machine whose speed drifts, the
      // spread of these says how far the median ratio above can be trusted.
      const byRound = runs.map((r, i) => (m.totalPages / allCpu(r) / (m.rawColdByRound[i] ?? m.raw.cold)).toFixed(2));
      line(`  each round ÷ its own round's pdf.js`, byRound.join(', '), '', null);
    }
    line(`  the same ÷ pdf.js as the product runs it, both cold`, (perCpu / m.raw.nativeCold).toFixed(2), '', null);
    line(`  the same ÷ pdf.js warm (cold run against warm parser)`, (perCpu / m.raw.warm).toFixed(2), '', null);
    // The most the ratio could be with this run's PDF parser process as it ran: the CLI reduced to
    // the cores' warm cost after parsing (no start-up, no compiling, no queue, no storage client),
    // Redis and PostgreSQL as they ran. Not on PGlite, whose database runs inside the CLI.
    if (backend === 'postgres' && runs.some((r) => parserCpuSeconds(r.processes) > 0)) {
      const ceiling = median(runs.map((r) => m.totalPages / (parserCpuSeconds(r.processes) + m.floor.warmCoresCpuSeconds + r.serverCpuSeconds)));
      line(`  at most, the CLI as cheap as its warm cores`, (ceiling / m.raw.cold).toFixed(2), '', null);
    }
    const overhead = median(runs.map(allCpu)) / m.floor.cpuSeconds - 1;
    line(`queues + storage over the same cores (${backend}, CPU, cold)`, pct(overhead), '≤ 10 %', overhead <= 0.1);
  }
  if (m.steady !== null) {
    line('running worker pages per core ÷ pdf.js, both warm', (m.steady / m.raw.warm).toFixed(2), '≥ 0.80', m.steady / m.raw.warm >= 0.8);
    line(`  the same ÷ pdf.js as the product runs it, both warm`, (m.steady / m.raw.nativeWarm).toFixed(2), '', null);
    // The most it could be: the floor's warm cost (parser and cores) plus Redis's and PostgreSQL's
    // over the same stretch, as if the worker's queues and storage client cost nothing.
    if (m.steadyServerCpuPerPage !== null) line(`  at most, the worker as cheap as its warm cores`, (1 / (1 / m.floor.warmPagesPerCpu + m.steadyServerCpuPerPage) / m.raw.warm).toFixed(2), '', null);
    const overhead = m.floor.warmPagesPerCpu / m.steady - 1;
    line('queues + storage over the same cores (postgres, CPU, warm)', pct(overhead), '≤ 10 %', overhead <= 0.1);
  }
  line('extraction core on the seeds (MB/s)', m.cores.extract.toFixed(2), '≥ 5', m.cores.extract >= 5);
  const base = m.scaling[0];
  for (const run of m.scaling.slice(1)) {
    if (!base) break;
    const factor = (run.documents / run.seconds) / (base.documents / base.seconds);
    line(`throughput scaling, ${run.label} ÷ 1 process`, factor.toFixed(2), '> 1 until saturated', null);
  }
  const [warmBase, ...warmRuns] = m.warmScaling;
  warmRuns.forEach((warm, i) => {
    if (warmBase && warm) line(`  the same once warm, work × ${i + 2} ÷ 1 process`, (warm / warmBase).toFixed(2), '', null);
  });
  line('worker RSS spread after warm-up', m.flatness === null ? 'n/a' : pct(m.flatness), '≤ 15 %', m.flatness === null ? null : m.flatness <= 0.15);
}
