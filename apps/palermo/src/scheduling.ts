import { Queue } from 'bullmq';
import { SOURCES_QUEUE } from '@palermo/contracts';
import { createRedis, jobOptionsFor, jobOverrides } from '@palermo/pipeline';
import { createScanSourceHandler, createSourcesWorker, loadSources, syncSchedules } from '@palermo/sources';
import type { Runtime } from './runtime.ts';

/** The sources queue, its schedules and (optionally) its worker, and how to close them. */
export interface Scheduling {
  queue: Queue;
  close(): Promise<void>;
}

/** Opens the sources queue without a worker (to list or trigger scans). */
export function openSourcesQueue(runtime: Runtime): Queue {
  const connection = createRedis(runtime.env, 'worker');
  connection.on('error', (error) => runtime.log.warn({ err: error }, 'redis connection error'));
  const queue = new Queue(SOURCES_QUEUE, { connection, prefix: runtime.env.QUEUE_PREFIX, defaultJobOptions: jobOptionsFor(SOURCES_QUEUE, jobOverrides(runtime.env)) });
  queue.on('error', (error) => runtime.log.warn({ err: error }, 'sources queue error'));
  return queue;
}

/**
 * Syncs the job schedulers with SOURCES_FILE (upserted by id: a restart neither duplicates nor
 * forgets one) and starts the worker that scans sources when they fall due.
 */
export async function startScheduling(runtime: Runtime): Promise<Scheduling> {
  const { env, log } = runtime;
  const sources = await loadSources(env.SOURCES_FILE);
  const queue = openSourcesQueue(runtime);
  const { kept, removed } = await syncSchedules(queue, sources, jobOverrides(env));
  if (kept.length > 0 || removed.length > 0) log.info({ file: env.SOURCES_FILE, scheduled: kept, removed }, 'source schedules synced');
  const connection = createRedis(env, 'worker');
  connection.on('error', (error) => log.warn({ err: error }, 'redis connection error'));
  const handler = createScanSourceHandler({ storage: runtime.storage, env, queues: runtime.queues, sources: () => loadSources(env.SOURCES_FILE) });
  const worker = createSourcesWorker({ handler, connection, prefix: env.QUEUE_PREFIX, log, recordRefusal: (refusal) => runtime.storage.ledger.jobRefused(refusal) });
  return {
    queue,
    async close() {
      await worker.close();
      await queue.close();
      connection.disconnect();
    },
  };
}
