// The product as people run it: `palermo ingest --wait` in one process, and `palermo work` in 1,
// 2 and 3 processes against PostgreSQL, each sampled for time, CPU and memory.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStorage } from '@palermo/storage';
import { createSandbox, eventually, exited, palermo, queryPostgres, startPalermo, type Backend, type Sandbox } from '../../support/harness.ts';
import { distinctCopy, type BenchInput } from './inputs.ts';
import { sampleTree, type ProcessMemory, type TreeSampler } from './process-tree.ts';
import type { BenchServers } from './servers.ts';

/** One measured run of the pipeline. */
export interface PipelineRun {
  label: string;
  documents: number;
  seconds: number;
  cpuSeconds: number; // the product's processes (CLI or workers, and their PDF parsers)
  serverCpuSeconds: number; // Redis and PostgreSQL while the run lasted
  processes: ProcessMemory[];
  stageSeconds: Record<string, number>;
  failed: number;
}

/** A folder of `copies` byte-distinct copies of every input, inside the sandbox's file roots. */
function writeCorpus(sandbox: Sandbox, inputs: readonly BenchInput[], copies: number): { folder: string; count: number } {
  const folder = mkdtempSync(join(tmpdir(), 'palermo-bench-'));
  sandbox.env.FILE_ROOTS = `${sandbox.env.FILE_ROOTS}:${folder}`;
  for (let copy = 0; copy < copies; copy++) {
    for (const input of inputs) writeFileSync(join(folder, `${copy}-${input.name}`), copies === 1 ? input.bytes : distinctCopy(input, copy));
  }
  return { folder, count: copies * inputs.length };
}

/** Time spent in each stage (done and skipped attempts), summed over documents, in seconds. */
async function stageSeconds(sandbox: Sandbox): Promise<Record<string, number>> {
  const query = 'select stage, sum(duration_ms)::float8 / 1000 as s from stage_runs group by stage';
  let rows: Array<{ stage: string; s: number }>;
  if (sandbox.backend === 'postgres') rows = await queryPostgres(sandbox, query);
  else {
    const storage = await openStorage({ dataDir: sandbox.env.PALERMO_DATA_DIR! });
    try {
      rows = await storage.db.query(query);
    } finally {
      await storage.close();
    }
  }
  return Object.fromEntries(rows.map((r) => [r.stage, r.s]));
}

/** Samples the servers' process trees for the length of a run: CPU seconds so far, and at the end. */
async function sampleServers(servers: BenchServers): Promise<{ cpuSeconds(): number; stop(): number }> {
  const samplers: TreeSampler[] = (await servers.pids()).map((pid) => sampleTree(pid, 250));
  const before = samplers.map((s) => s.cpuSeconds());
  const used = () => samplers.reduce((n, s, i) => n + s.cpuSeconds() - (before[i] ?? 0), 0);
  return {
    cpuSeconds: used,
    stop() {
      samplers.forEach((s) => s.stop());
      return used();
    },
  };
}

/** Where a run stood at one poll: seconds since its start, documents done, and CPU seconds used so far by palermo and by the servers. */
export interface RunPoint {
  seconds: number;
  done: number;
  cpuSeconds: number;
  serverCpuSeconds: number;
}

/** `palermo ingest <folder> --wait` in one process (it runs every stage itself). */
export async function ingestWait(servers: BenchServers, backend: Backend, inputs: readonly BenchInput[], copies = 1, engine: 'pdfjs' | 'pdftotext' = 'pdfjs'): Promise<PipelineRun> {
  const sandbox = await createSandbox(backend, servers);
  sandbox.env.PDF_ENGINE = engine;
  const { folder, count } = writeCorpus(sandbox, inputs, copies);
  try {
    // The store exists, as it does from a second ingest on: its first open (the migrations, and
    // on PGlite a new folder) is a one-off, measured apart (startup.ts).
    const opened = await palermo(sandbox, ['status']);
    if (opened.code !== 0) throw new Error(`status exited ${opened.code}: ${opened.stderr.slice(-2000)}`);
    const serverCpu = await sampleServers(servers);
    const start = performance.now();
    const child = startPalermo(sandbox, ['ingest', folder, '--wait']);
    const sampler = sampleTree(child.pid!);
    const code = await exited(child);
    const seconds = (performance.now() - start) / 1000;
    sampler.stop();
    const serverCpuSeconds = serverCpu.stop();
    if (code !== 0 && !/failed/.test(child.output())) throw new Error(`ingest --wait exited ${code}: ${child.output().slice(-2000)}`);
    const failed = Number(/(\d+) failed/.exec(child.output().trim().split('\n').at(-1) ?? '')?.[1] ?? 0);
    return { label: `ingest --wait (${backend}${engine === 'pdfjs' ? '' : `, ${engine}`})`, documents: count, seconds, cpuSeconds: sampler.cpuSeconds(), serverCpuSeconds, processes: sampler.processes(), stageSeconds: await stageSeconds(sandbox), failed };
  } finally {
    rmSync(folder, { recursive: true, force: true });
    await sandbox.cleanup();
  }
}

/** One `palermo work` process of a run: the stages it ran, its CPU and the sum of its tree's peak RSS (itself and its PDF parsers). */
export interface WorkerProcess {
  stages: string;
  cpuSeconds: number;
  treePeakRss: number;
}

/**
 * Enqueues every document, then lets one `palermo work <stages>` process per entry of `groups`
 * (an empty entry runs every stage) drain the queues on PostgreSQL.
 */
export async function workProcesses(servers: BenchServers, groups: ReadonlyArray<readonly string[]>, inputs: readonly BenchInput[], copies: number, onProgress?: (done: number, rss: number[]) => void): Promise<PipelineRun & { rootSeries: number[][]; workers: WorkerProcess[]; points: RunPoint[] }> {
  const workers = groups.length;
  const sandbox = await createSandbox('postgres', servers);
  const { folder, count } = writeCorpus(sandbox, inputs, copies);
  try {
    const queued = await palermo(sandbox, ['ingest', folder], 600_000);
    if (queued.code !== 0) throw new Error(`ingest exited ${queued.code}: ${queued.stderr}`);
    const serverCpu = await sampleServers(servers);
    const start = performance.now();
    const children = groups.map((stages) => startPalermo(sandbox, ['work', ...stages]));
    const samplers = children.map((child) => sampleTree(child.pid!));
    const points: RunPoint[] = [];
    await eventually(async () => {
      const [row] = await queryPostgres<{ done: number; moving: number }>(sandbox, `select count(*) filter (where status = 'done')::int as done, count(*) filter (where status in ('queued', 'running'))::int as moving from documents`);
      const [pending] = await queryPostgres<{ n: number }>(sandbox, `select count(*)::int as n from ingestions where status in ('queued', 'running')`);
      points.push({ seconds: (performance.now() - start) / 1000, done: row?.done ?? 0, cpuSeconds: samplers.reduce((n, s) => n + s.cpuSeconds(), 0), serverCpuSeconds: serverCpu.cpuSeconds() });
      onProgress?.(row?.done ?? 0, samplers.map((s) => s.rootSeries.at(-1) ?? 0));
      return row && pending?.n === 0 && row.moving === 0 ? row : undefined;
    }, `${count} documents through ${workers} worker process(es)`, 3_600_000, 500);
    const seconds = (performance.now() - start) / 1000;
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((child) => exited(child)));
    for (const sampler of samplers) sampler.stop();
    const serverCpuSeconds = serverCpu.stop();
    const [failed] = await queryPostgres<{ n: number }>(sandbox, `select count(*)::int as n from documents where status = 'failed'`);
    return {
      label: groups.every((g) => g.length === 0) ? `work × ${workers} (postgres)` : `${groups.map((g) => `work ${g.join(' ')}`).join(' + ')} (postgres)`,
      documents: count,
      seconds,
      cpuSeconds: samplers.reduce((n, s) => n + s.cpuSeconds(), 0),
      serverCpuSeconds,
      processes: samplers.flatMap((s) => s.processes()),
      stageSeconds: await stageSeconds(sandbox),
      failed: failed?.n ?? 0,
      rootSeries: samplers.map((s) => s.rootSeries),
      points,
      workers: samplers.map((s, i) => ({ stages: groups[i]!.join(' ') || 'every stage', cpuSeconds: s.cpuSeconds(), treePeakRss: s.processes().reduce((n, p) => n + p.peakRss, 0) })),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
    await sandbox.cleanup();
  }
}
