import type { Worker } from 'bullmq';
import { STAGES, type StageName } from '@palermo/contracts';
import { createRedis, createStageWorker, createStreamPublisher, jobOverrides, QueueSet, type EventPublisher, type Logger, type PalermoEnv, type RedisConnection, type StageDefinition } from '@palermo/pipeline';
import { isTransientDatabaseError, openStorage, type StageDeps, type Storage } from '@palermo/storage';

type AnyStageDefinition = StageDefinition<StageName, StageDeps>;
type StageLoader = () => Promise<AnyStageDefinition>;

/**
 * How to load each stage's definition. A stage's code (the French lexicon, pdf.js's pool, ...)
 * is imported only when a worker of that stage starts, so a process loads only its own stages.
 */
const STAGE_LOADERS: ReadonlyArray<readonly [StageName, StageLoader]> = [
  ['fetch', async () => (await import('@palermo/fetch')).fetchStage as unknown as AnyStageDefinition],
  ['clean', async () => (await import('@palermo/clean')).cleanStage as unknown as AnyStageDefinition],
  ['segment', async () => (await import('@palermo/segment')).segmentStage as unknown as AnyStageDefinition],
  ['extract-figures', async () => (await import('@palermo/extract-figures')).extractFiguresStage as unknown as AnyStageDefinition],
  ['index', async () => (await import('@palermo/index')).indexStage as unknown as AnyStageDefinition],
];

/** A stage's loader; fails, without importing anything, if the stage has none or more than one. */
function loaderOf(stage: StageName): StageLoader {
  const [found, ...others] = STAGE_LOADERS.filter(([name]) => name === stage);
  if (!found || others.length > 0) throw new Error(`stage ${stage} has ${others.length + (found ? 1 : 0)} loaders; it needs exactly one`);
  return found[1];
}

/** Imports a stage's definition and checks that it is the stage asked for. */
export async function loadStageDefinition(stage: StageName): Promise<AnyStageDefinition> {
  const definition = await loaderOf(stage)();
  if (definition.stage !== stage) throw new Error(`the loader of stage ${stage} gave the definition of ${definition.stage}`);
  return definition;
}

/** What a command runs on: the store of record, the queues, and how to close both. */
export interface Runtime {
  env: PalermoEnv;
  log: Logger;
  storage: Storage;
  queues: QueueSet;
  events: EventPublisher;
  close(): Promise<void>;
}

const MAX_CONNECT_DELAY_MS = 10_000;

/**
 * Opens storage; with `wait`, a database that is down or starting is waited for (with a log line
 * each try, backing off to every 10 s) instead of ending the process: a worker started before
 * its database comes up, or during a restart, simply starts late.
 */
async function openStorageWhenReachable(env: PalermoEnv, log: Logger, wait: boolean): Promise<Storage> {
  for (let delayMs = 500; ; delayMs = Math.min(delayMs * 2, MAX_CONNECT_DELAY_MS)) {
    try {
      return await openStorage({ databaseUrl: env.DATABASE_URL, dataDir: env.PALERMO_DATA_DIR });
    } catch (error) {
      if (!wait || !isTransientDatabaseError(error)) throw error;
      log.warn({ err: error, retryInMs: delayMs }, `the database is not reachable (${(error as Error).message || 'no answer'}); trying again in ${delayMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}

/** Opens storage (migrated) and the queues' producer connection; `waitForDatabase` rides out a database that is down. */
export async function openRuntime(env: PalermoEnv, log: Logger, options: { waitForDatabase?: boolean } = {}): Promise<Runtime> {
  for (const stage of STAGES) loaderOf(stage);
  const storage = await openStorageWhenReachable(env, log, options.waitForDatabase ?? false);
  const connection = createRedis(env, 'worker');
  connection.on('error', (error) => log.warn({ err: error }, 'redis connection error'));
  const queues = new QueueSet(connection, env.QUEUE_PREFIX, jobOverrides(env));
  return {
    env,
    log,
    storage,
    queues,
    events: createStreamPublisher(connection, { prefix: env.QUEUE_PREFIX, maxLength: env.EVENTS_STREAM_MAX_LENGTH }),
    async close() {
      await queues.close();
      connection.disconnect();
      await storage.close();
    },
  };
}

/** Running workers of some stages, and how to stop them without losing a job. */
export interface RunningWorkers {
  stages: readonly StageName[];
  close(): Promise<void>;
}

/** Loads the definitions of the stages named (only those), then starts one BullMQ worker per stage, each with its own blocking connection. */
export async function startWorkers(runtime: Runtime, stages: readonly StageName[]): Promise<RunningWorkers> {
  const definitions = await Promise.all(stages.map(loadStageDefinition));
  const deps: StageDeps = { storage: runtime.storage, env: runtime.env, events: runtime.events };
  const started: Array<{ worker: Worker; connection: RedisConnection }> = definitions.map(({ stage, createHandler }) => {
    const connection = createRedis(runtime.env, 'worker');
    connection.on('error', (error) => runtime.log.warn({ err: error, stage }, 'redis connection error'));
    const worker = createStageWorker({
      stage,
      handler: createHandler(deps),
      connection,
      queues: runtime.queues,
      ledger: runtime.storage.ledger,
      log: runtime.log,
      concurrency: runtime.env.WORKER_CONCURRENCY,
      lockMs: runtime.env.JOB_LOCK_MS,
    });
    return { worker, connection };
  });
  return {
    stages,
    async close() {
      // close() lets jobs in flight finish; none is abandoned half-written.
      await Promise.all(started.map(({ worker }) => worker.close()));
      for (const { connection } of started) connection.disconnect();
    },
  };
}
