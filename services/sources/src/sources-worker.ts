import { Worker, type Job } from 'bullmq';
import { QUEUES, SOURCES_QUEUE } from '@palermo/contracts';
import { parsePayload, type Logger, type RedisConnection } from '@palermo/pipeline';
import type { createScanSourceHandler, ScanOutcome } from './scan-source.handler.ts';

/** The worker of the sources queue: validates the payload, scans, logs a failure once. */
export function createSourcesWorker(options: { handler: ReturnType<typeof createScanSourceHandler>; connection: RedisConnection; prefix: string; log: Logger }): Worker {
  const { handler, log } = options;
  const worker = new Worker(
    SOURCES_QUEUE,
    async (job: Job): Promise<ScanOutcome> => {
      const payload = parsePayload(SOURCES_QUEUE, QUEUES[SOURCES_QUEUE].schema, job.data);
      const jobLog = log.child({ queue: SOURCES_QUEUE, jobId: job.id, source: payload.source });
      try {
        return await handler(payload, jobLog);
      } catch (error) {
        const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        if (final) jobLog.error({ err: error }, `scan failed: ${(error as Error).message}`);
        throw error;
      }
    },
    { connection: options.connection, prefix: options.prefix, concurrency: 1 },
  );
  worker.on('error', (error) => log.error({ err: error, queue: SOURCES_QUEUE }, 'worker error'));
  return worker;
}
