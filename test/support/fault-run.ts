// One fault run, shared by the fault test and the soak: workers under SIGKILL, Redis and
// PostgreSQL restarted, then storage polled until every document settles, and the outcome
// checked against a clean run. What is left unfinished is described with its Redis jobs.
import { execFile } from 'node:child_process';
import { basename } from 'node:path';
import { Queue, type JobType } from 'bullmq';
import { createRedis, parseEnv, type RedisConnection } from '@palermo/pipeline';
import pg from 'pg';
import { STAGES, type StageName } from '@palermo/contracts';
import type { FaultCorpus } from './fault-corpus.ts';
import { PALERMO_BIN, ROOT } from './harness.ts';
import type { PrivatePostgres, PrivateRedis } from './servers.ts';
import { WorkerFleet, type UnexpectedExit } from './worker-fleet.ts';

/** A small seeded generator (mulberry32): the same seed gives the same schedule of faults. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The environment every CLI process of a run gets. */
export function faultEnv(options: { redis: PrivateRedis; databaseUrl: string; queuePrefix: string; fileRoot: string; dataDir: string }): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    REDIS_URL: options.redis.url,
    DATABASE_URL: options.databaseUrl,
    QUEUE_PREFIX: options.queuePrefix,
    FILE_ROOTS: options.fileRoot,
    PALERMO_DATA_DIR: options.dataDir,
    LOG_LEVEL: process.env.FAULT_LOG_LEVEL ?? 'warn',
    LOG_FORMAT: 'json',
    RECONCILE_INTERVAL_MS: '3000',
  };
  return env;
}

/** Runs `palermo <args>` to its end (after `prefix`, such as `ip netns exec <ns>`); throws with its output if it fails. */
export function runPalermo(env: NodeJS.ProcessEnv, args: string[], timeoutMs = 600_000, prefix: readonly string[] = []): Promise<string> {
  return new Promise((resolve, reject) => {
    const [command, ...rest] = [...prefix, process.execPath, PALERMO_BIN, ...args];
    execFile(command!, rest, { cwd: ROOT, env, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`palermo ${args.join(' ')} failed (${error.message}):\n${stdout.slice(-4_000)}${stderr.slice(-4_000)}`));
      else resolve(stdout);
    });
  });
}

/** Runs one query on a fresh connection (the server may have restarted since the last one). */
async function query<T extends object>(databaseUrl: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A fact as compared across runs: everything but which document and source it came from. */
export type ComparableFact = Record<string, unknown>;

/** Each ingested file's facts (by file name), in the order the extractor gave them. */
export async function factsByFile(databaseUrl: string): Promise<Map<string, ComparableFact[]>> {
  const rows = await query<{ source_label: string; fact: Record<string, unknown> }>(
    databaseUrl,
    `select i.source_label, f.fact from ingestions i join facts f on f.document_id = i.document_id order by i.source_label, f.ordinal`,
  );
  const byFile = new Map<string, ComparableFact[]>();
  for (const row of rows) {
    const { document: _document, source: _source, ...fact } = row.fact;
    const file = basename(row.source_label);
    byFile.set(file, [...(byFile.get(file) ?? []), fact]);
  }
  return byFile;
}

/** The facts of every template from a clean run: one process, nothing killed, a database of its own. */
export async function cleanRunFacts(env: NodeJS.ProcessEnv, corpus: FaultCorpus, prefix: readonly string[] = []): Promise<Map<string, ComparableFact[]>> {
  const output = await runPalermo(env, ['ingest', corpus.templatesDir, '--wait'], 600_000, prefix);
  if (!output.includes(`${corpus.templates.length} done, 0 failed`)) throw new Error(`the clean run did not finish every template:\n${output}`);
  return factsByFile(env.DATABASE_URL!);
}

export interface IngestionRow {
  id: string;
  source_label: string;
  status: string;
  document_id: string | null;
  last_error: string | null;
}

export interface DocumentRow {
  id: string;
  stage: string;
  status: string;
  last_error: string | null;
}

/** Storage as the operator sees it: every ingestion of the run and every document. */
export async function snapshot(databaseUrl: string): Promise<{ ingestions: IngestionRow[]; documents: DocumentRow[] }> {
  const ingestions = await query<IngestionRow>(databaseUrl, 'select id, source_label, status, document_id, last_error from ingestions order by source_label');
  const documents = await query<DocumentRow>(databaseUrl, 'select id, stage, status, last_error from documents order by id');
  return { ingestions, documents };
}

const FINAL = new Set(['done', 'failed']);

/** Whether every ingestion and every document it brought is done or failed. */
function settled(state: { ingestions: IngestionRow[]; documents: DocumentRow[] }, expected: number): boolean {
  if (state.ingestions.length < expected) return false;
  const documents = new Map(state.documents.map((d) => [d.id, d]));
  return state.ingestions.every((i) => i.status === 'failed' || (i.status === 'done' && i.document_id !== null && FINAL.has(documents.get(i.document_id)?.status ?? '')));
}

/** A job BullMQ holds for a document or an ingestion. */
interface JobState {
  stage: StageName;
  id: string;
  state: string;
  attemptsMade: number;
  failedReason?: string;
}

/** Every job of every stage queue, by the document or ingestion it is about (on one Redis or a cluster, as `env` says). */
async function jobsByKey(env: NodeJS.ProcessEnv): Promise<Map<string, JobState[]>> {
  const byKey = new Map<string, JobState[]>();
  const states = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'failed', 'completed'] as const;
  const { REDIS_URL, REDIS_CLUSTER, QUEUE_PREFIX: prefix } = parseEnv(env);
  const connection = createRedis({ REDIS_URL, REDIS_CLUSTER }, 'worker');
  connection.on('error', () => undefined);
  try {
    await collectJobs(connection, prefix, states, byKey);
  } finally {
    connection.disconnect();
  }
  return byKey;
}

async function collectJobs(connection: RedisConnection, prefix: string, states: readonly JobType[], byKey: Map<string, JobState[]>): Promise<void> {
  for (const stage of STAGES) {
    const queue = new Queue(stage, { connection, prefix });
    try {
      for (const state of states) {
        for (const job of await queue.getJobs([state], 0, 50_000)) {
          if (!job) continue;
          const data = job.data as { documentId?: string; ingestionId?: string };
          const key = data.documentId ?? data.ingestionId ?? '?';
          byKey.set(key, [...(byKey.get(key) ?? []), { stage, id: job.id ?? '?', state, attemptsMade: job.attemptsMade, ...(job.failedReason ? { failedReason: job.failedReason } : {}) }]);
        }
      }
    } finally {
      await queue.close();
    }
  }
}

/** A document or ingestion that did not settle, with what storage and Redis say of it. */
export interface StuckItem {
  file: string;
  ingestion: string;
  ingestionStatus: string;
  document: string | null;
  stage: string | null;
  status: string | null;
  lastError: string | null;
  jobs: JobState[];
}

/** What a fault run ended with. */
export interface FaultOutcome {
  expected: number;
  ingestions: number;
  documents: number;
  done: number;
  failed: Array<{ file: string; ingestionStatus: string; document: string | null; stage: string | null; status: string | null; error: string | null }>;
  stuck: StuckItem[];
  duplicateFacts: number;
  duplicateDocuments: number;
  factMismatches: string[];
  unexpectedExits: UnexpectedExit[];
  kills: number;
  redisRestarts: number;
  postgresRestarts: number;
  rerunStages: number;
  seconds: number;
  settled: boolean;
  /** Why the wait ended: everything settled, nothing moved for a while, or the deadline. */
  ended: string;
  /** Documents failed because a worker died twice running their job, then retried as an operator would. */
  retriedAfterWorkerDeaths: number;
  /** Where the servers listened, to read connection errors in workers' output. */
  servers: string;
}

/**
 * One fault: SIGKILL a worker (and start its replacement), or crash and restart Redis or
 * PostgreSQL (a worker is killed and replaced while the server is down, so one starts against a
 * missing server). It happens once `progress` of the documents are done, or `gapMs` after the
 * previous fault; `target` picks the worker.
 */
export interface FaultEvent {
  kind: 'kill' | 'restart-redis' | 'restart-postgres';
  target: number;
  progress?: number;
  gapMs?: number;
}

/**
 * Faults tied to progress, not to the clock, so they meet work in flight however fast or loaded
 * the machine is: `kills` kills at seeded-random points between 5% and 90% done, Redis restarted
 * at about a third and PostgreSQL at about two thirds.
 */
export function progressSchedule(seed: number, kills: number, restarts = true): FaultEvent[] {
  const random = seededRandom(seed);
  const events: FaultEvent[] = Array.from({ length: kills }, () => ({ kind: 'kill' as const, target: Math.floor(random() * 1_000), progress: 0.05 + random() * 0.85 }));
  if (restarts) {
    events.push({ kind: 'restart-redis', target: Math.floor(random() * 1_000), progress: 0.3 + random() * 0.1 });
    events.push({ kind: 'restart-postgres', target: Math.floor(random() * 1_000), progress: 0.6 + random() * 0.1 });
  }
  return events.sort((a, b) => a.progress! - b.progress!);
}

/** A kill every `gapMs` (a range, drawn with the seed); Redis and PostgreSQL restarted after the kills named. */
export function timedSchedule(seed: number, kills: number, gapMs: readonly [number, number], restartRedisAfterKill?: number, restartPostgresAfterKill?: number): FaultEvent[] {
  const random = seededRandom(seed);
  const events: FaultEvent[] = [];
  for (let kill = 1; kill <= kills; kill++) {
    events.push({ kind: 'kill', target: Math.floor(random() * 1_000), gapMs: gapMs[0] + random() * (gapMs[1] - gapMs[0]) });
    if (kill === restartRedisAfterKill) events.push({ kind: 'restart-redis', target: Math.floor(random() * 1_000), gapMs: 1_000 });
    if (kill === restartPostgresAfterKill) events.push({ kind: 'restart-postgres', target: Math.floor(random() * 1_000), gapMs: 1_000 });
  }
  return events;
}

/** How a run is made: the servers, the corpus, the fleet, and the schedule of faults. */
export interface FaultRunOptions {
  redis: PrivateRedis;
  postgres: PrivatePostgres;
  corpus: FaultCorpus;
  env: NodeJS.ProcessEnv;
  expectedFacts: Map<string, ComparableFact[]>;
  workers: number;
  /** The faults, in order; build it with progressSchedule or timedSchedule. */
  schedule: FaultEvent[];
  /** Give up when nothing has moved in storage for this long, or at the overall deadline. */
  stallTimeoutMs: number;
  deadlineMs: number;
  log?: (line: string) => void;
}

/** How a wait for storage to settle is watched: when it may end, and who hears of progress. */
export interface SettleWatch {
  started: number;
  stallTimeoutMs: number;
  deadlineMs: number;
  /** Whether the run may end once settled (e.g. every fault has happened). */
  mayEnd: () => boolean;
  /** The share of documents done, each time storage moves. */
  onProgress: (share: number) => void;
  log: (line: string) => void;
}

/** Whether storage settled, and why the wait ended. */
export interface Watched {
  isSettled: boolean;
  ended: string;
}

/** Polls storage every second until every document settles, nothing moves for a while, or the deadline. */
export async function watchUntilSettled(databaseUrl: string, expected: number, watch: SettleWatch): Promise<Watched> {
  let state = { ingestions: [] as IngestionRow[], documents: [] as DocumentRow[] };
  let lastSignature = '';
  let lastMove = Date.now();
  let lastLogged = { done: -1, at: 0 };
  for (;;) {
    try {
      state = await snapshot(databaseUrl);
    } catch {
      // PostgreSQL is restarting: look again in a moment.
    }
    const signature = state.documents.map((d) => `${d.stage}/${d.status}`).sort().join(',') + state.ingestions.map((i) => i.status).join(',');
    if (signature !== lastSignature) {
      lastSignature = signature;
      lastMove = Date.now();
      const done = state.documents.filter((d) => d.status === 'done').length;
      watch.onProgress(done / expected);
      if (done !== lastLogged.done && Date.now() - lastLogged.at > 5_000) {
        lastLogged = { done, at: Date.now() };
        watch.log(`${done}/${expected} done`);
      }
    }
    const isSettled = settled(state, expected);
    if (isSettled && watch.mayEnd()) return { isSettled, ended: 'settled' };
    if (Date.now() - lastMove > watch.stallTimeoutMs) return { isSettled, ended: `nothing moved in storage for ${watch.stallTimeoutMs / 1000} s` };
    if (Date.now() - watch.started > watch.deadlineMs) return { isSettled, ended: `deadline of ${watch.deadlineMs / 1000} s reached while documents were still moving` };
    await sleep(1_000);
  }
}

/** Starts the fleet, ingests the corpus, injects the faults, waits for storage to settle, and checks. */
export async function runFaultPhase(options: FaultRunOptions): Promise<FaultOutcome> {
  const { env, corpus, redis, postgres } = options;
  const log = options.log ?? (() => undefined);
  const databaseUrl = env.DATABASE_URL!;
  const started = Date.now();
  const fleet = new WorkerFleet(env, options.workers);
  let redisRestarts = 0;
  let postgresRestarts = 0;
  let finished = false;
  let progress = 0;
  const at = (): string => `t=${Math.round((Date.now() - started) / 1000)}s`;

  // The ingest creates the schema if the database is new; workers start once it has.
  const queued = await runPalermo(env, ['ingest', corpus.documentsDir]);
  log(queued.trim());
  fleet.start();

  const pending = [...options.schedule];
  const chaos = (async () => {
    for (const event of options.schedule) {
      if (event.gapMs !== undefined) await sleep(event.gapMs);
      while (event.progress !== undefined && progress < event.progress && !finished) await sleep(200);
      // A clock-driven fault is pointless once the run has settled; a progress-driven one has met its point.
      if (finished) break;
      if (event.kind === 'kill') {
        log(`${at()} killed worker ${await fleet.killOne(event.target)}`);
      } else if (event.kind === 'restart-redis') {
        await redis.stop('crash');
        log(`${at()} Redis down (SIGKILL); killed worker ${await fleet.killOne(event.target)}, its replacement starts without Redis`);
        await sleep(2_000);
        await redis.start();
        redisRestarts++;
        log(`${at()} Redis up again (append-only file replayed)`);
      } else {
        await postgres.stop('crash');
        log(`${at()} PostgreSQL down (immediate stop); killed worker ${await fleet.killOne(event.target)}, its replacement starts without PostgreSQL`);
        await sleep(2_000);
        await postgres.start();
        postgresRestarts++;
        log(`${at()} PostgreSQL up again`);
      }
      pending.shift();
    }
  })();

  /** Polls storage until everything is done or failed, nothing moves for a while, or the deadline. */
  const waitToSettle = (): Promise<Watched> =>
    watchUntilSettled(databaseUrl, corpus.documents.length, {
      started,
      stallTimeoutMs: options.stallTimeoutMs,
      deadlineMs: options.deadlineMs,
      // Every fault tied to progress has happened before the run may end.
      mayEnd: () => finished || !pending.some((event) => event.progress !== undefined),
      onProgress: (share) => (progress = share),
      log: (line) => log(`${at()} ${line}`),
    });

  let wait: Watched = { isSettled: false, ended: 'not started' };
  let retriedAfterWorkerDeaths = 0;
  try {
    wait = await waitToSettle();
    finished = true;
    await chaos;
    // A job whose worker was killed twice while running it is failed by BullMQ as a job that
    // kills workers, and storage says so; the operator's answer is `palermo retry --failed`.
    const [row] = await query<{ n: number }>(databaseUrl, `select count(*)::int as n from documents where status = 'failed' and (last_error like '%worker died%' or last_error like '%stalled more than%')`);
    if (wait.isSettled && row && row.n > 0) {
      retriedAfterWorkerDeaths = row.n;
      log(`${at()} ${row.n} documents failed because their worker died twice: palermo retry --failed`);
      log((await runPalermo(env, ['retry', '--failed'])).trim());
      wait = await waitToSettle();
    }
  } finally {
    finished = true;
    await chaos;
    await fleet.stop();
  }
  const { isSettled, ended } = wait;
  const seconds = (Date.now() - started) / 1000;
  const state = await snapshot(databaseUrl);
  return {
    ...(await checkOutcome(options, state, isSettled)),
    unexpectedExits: fleet.unexpectedExits,
    kills: fleet.kills,
    redisRestarts,
    postgresRestarts,
    seconds,
    ended,
    retriedAfterWorkerDeaths,
    servers: `Redis on 127.0.0.1:${redis.port}, PostgreSQL on 127.0.0.1:${postgres.port}`,
  };
}

/** Compares storage with what must be true: all done, once, with the clean run's facts. */
export async function checkOutcome(
  options: Pick<FaultRunOptions, 'env' | 'corpus' | 'expectedFacts'>,
  state: { ingestions: IngestionRow[]; documents: DocumentRow[] },
  isSettled: boolean,
): Promise<Omit<FaultOutcome, 'unexpectedExits' | 'kills' | 'redisRestarts' | 'postgresRestarts' | 'seconds' | 'ended' | 'retriedAfterWorkerDeaths' | 'servers'>> {
  const databaseUrl = options.env.DATABASE_URL!;
  const documents = new Map(state.documents.map((d) => [d.id, d]));
  const failed: FaultOutcome['failed'] = [];
  const unsettled: IngestionRow[] = [];
  for (const ingestion of state.ingestions) {
    const document = ingestion.document_id ? documents.get(ingestion.document_id) : undefined;
    if (ingestion.status === 'failed' || document?.status === 'failed') {
      failed.push({
        file: basename(ingestion.source_label),
        ingestionStatus: ingestion.status,
        document: ingestion.document_id,
        stage: document?.stage ?? null,
        status: document?.status ?? null,
        error: (document?.status === 'failed' ? document.last_error : ingestion.last_error) ?? document?.last_error ?? null,
      });
    } else if (ingestion.status !== 'done' || !document || document.status !== 'done') {
      unsettled.push(ingestion);
    }
  }
  const jobs = unsettled.length > 0 ? await jobsByKey(options.env) : new Map<string, JobState[]>();
  const stuck: StuckItem[] = unsettled.map((ingestion) => {
    const document = ingestion.document_id ? documents.get(ingestion.document_id) : undefined;
    return {
      file: basename(ingestion.source_label),
      ingestion: ingestion.id,
      ingestionStatus: ingestion.status,
      document: ingestion.document_id,
      stage: document?.stage ?? null,
      status: document?.status ?? null,
      lastError: document?.last_error ?? ingestion.last_error,
      jobs: [...(jobs.get(ingestion.id) ?? []), ...(ingestion.document_id ? jobs.get(ingestion.document_id) ?? [] : [])],
    };
  });

  const [duplicateFacts] = await query<{ n: number }>(
    databaseUrl,
    `select count(*)::int as n from (select document_id from facts group by document_id, fact->>'kind', fact->>'span', fact->>'quote' having count(*) > 1) d`,
  );
  // Documents are keyed by content: two rows for one file would mean its bytes were read twice differently.
  const byFile = new Map<string, Set<string>>();
  for (const ingestion of state.ingestions) {
    if (ingestion.document_id) byFile.set(basename(ingestion.source_label), (byFile.get(basename(ingestion.source_label)) ?? new Set()).add(ingestion.document_id));
  }
  const duplicateDocuments = [...byFile.values()].filter((ids) => ids.size > 1).length + Math.max(0, state.documents.length - options.corpus.documents.length);
  const [reruns] = await query<{ n: number }>(
    databaseUrl,
    `select count(*)::int as n from (select 1 from stage_runs where outcome = 'done' group by document_id, ingestion_id, stage having count(*) > 1) r`,
  );

  const actual = await factsByFile(databaseUrl);
  const factMismatches: string[] = [];
  for (const { file, template } of options.corpus.documents) {
    const expected = options.expectedFacts.get(template) ?? [];
    const got = actual.get(file) ?? [];
    if (JSON.stringify(got) === JSON.stringify(expected)) continue;
    const at = expected.findIndex((fact, i) => JSON.stringify(fact) !== JSON.stringify(got[i]));
    factMismatches.push(`${file} (from ${template}): ${got.length} facts, the clean run has ${expected.length}${at >= 0 ? `; first difference at #${at}: ${JSON.stringify(got[at])} instead of ${JSON.stringify(expected[at])}` : ''}`);
  }

  return {
    expected: options.corpus.documents.length,
    ingestions: state.ingestions.length,
    documents: state.documents.length,
    done: state.documents.filter((d) => d.status === 'done').length,
    failed,
    stuck,
    duplicateFacts: duplicateFacts?.n ?? 0,
    duplicateDocuments,
    factMismatches,
    rerunStages: reruns?.n ?? 0,
    settled: isSettled,
  };
}

/** The figures of a run on a few lines, and every defect named with its document and jobs. */
export function describeOutcome(outcome: FaultOutcome): string {
  const lines = [
    `${outcome.expected} files, ${outcome.ingestions} ingestions, ${outcome.documents} documents: ${outcome.done} done, ${outcome.failed.length} failed, ${outcome.stuck.length} stuck` +
      ` in ${outcome.seconds.toFixed(0)} s (${(outcome.done / Math.max(outcome.seconds, 1)).toFixed(2)} documents/s); ended: ${outcome.ended}`,
    `faults: ${outcome.kills} workers killed, Redis restarted ${outcome.redisRestarts}x, PostgreSQL restarted ${outcome.postgresRestarts}x; ${outcome.unexpectedExits.length} workers died on their own;` +
      ` ${outcome.retriedAfterWorkerDeaths} documents failed by a worker killed twice on their job, then retried (${outcome.servers})`,
    `duplicates: ${outcome.duplicateFacts} facts, ${outcome.duplicateDocuments} documents; ${outcome.rerunStages} stage runs repeated (at-least-once delivery); ${outcome.factMismatches.length} documents with facts unlike the clean run`,
  ];
  for (const item of outcome.stuck.slice(0, 20)) {
    const jobs = item.jobs.map((j) => `${j.id} ${j.state} after ${j.attemptsMade} attempts${j.failedReason ? ` (${j.failedReason})` : ''}`).join('; ') || 'no job in Redis';
    lines.push(`  unfinished ${item.file}: ingestion ${item.ingestionStatus}, document ${item.document ?? '-'} at ${item.stage ?? '-'} ${item.status ?? '-'}${item.lastError ? ` (${item.lastError})` : ''}; Redis: ${jobs}`);
  }
  if (outcome.stuck.length > 20) lines.push(`  ... and ${outcome.stuck.length - 20} more unfinished`);
  for (const item of outcome.failed.slice(0, 20)) lines.push(`  failed ${item.file}: ingestion ${item.ingestionStatus}, document ${item.document ?? '-'} at ${item.stage ?? '-'} ${item.status ?? '-'}: ${item.error ?? 'no reason'}`);
  for (const mismatch of outcome.factMismatches.slice(0, 10)) lines.push(`  facts ${mismatch}`);
  for (const exit of outcome.unexpectedExits.slice(0, 5)) {
    const output = exit.output.trim().split('\n');
    const reason = output.find((line) => /Error|palermo:/.test(line)) ?? output.at(-1) ?? 'no output';
    lines.push(`  worker ${exit.pid} died (code ${exit.code}, signal ${exit.signal}): ${reason.trim().slice(0, 300)}`);
  }
  return lines.join('\n');
}
