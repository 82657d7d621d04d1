import { Worker, type Job } from 'bullmq';
import { QUEUES, SOURCES_QUEUE } from '@palermo/contracts';
import { parseJobPayload, type Logger, type RecordRefusal, type RedisConnection } from '@palermo/pipeline';
import type { createScanSourceHandler, ScanOutcome } from './scan-source.handler.ts';

/** The worker of the sources queue: validates the payload (a refused one is recorded), scans, logs a failure once. */
export function createSourcesWorker(options: { handler: ReturnType<typeof createScanSourceHandler>; connection: RedisConnection; prefix: string; log: Logger; recordRefusal: RecordRefusal }): Worker {
  const { handler, log, recordRefusal } = options;
  const worker = new Worker(
    SOURCES_QUEUE,
    async (job: Job): Promise<ScanOutcome> => {
      const payload = await parseJobPayload(SOURCES_QUEUE, QUEUES[SOURCES_QUEUE].schema, job, { log, recordRefusal });
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
