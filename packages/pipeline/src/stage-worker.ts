import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { z } from 'zod';
import { JOB_SCHEMAS, NEXT_STAGE, type StageName } from '@palermo/contracts';
import type { Logger } from 'pino';
import type { RedisConnection } from './redis-connection.ts';
import { DocumentError } from './errors.ts';
import { parseJobPayload } from './parse-payload.ts';
import type { QueueSet } from './queue-set.ts';
import type { AttemptEvent, StageHandler, StageLedger, StageOutcome } from './stage.ts';

export interface StageWorkerOptions<S extends StageName> {
  stage: S;
  handler: StageHandler<S>;
  connection: RedisConnection;
  queues: QueueSet;
  ledger: StageLedger;
  log: Logger;
  concurrency: number;
  /** Lock duration, and the interval of the stalled-job check (JOB_LOCK_MS). */
  lockMs?: number;
}

/**
 * Wraps a stage handler in everything every stage needs once: payload validation (a bad payload
 * fails at once, never retried), a child logger per job, timing, the ledger in storage, the
 * hand-off to the next stage from the routing table, and one error log after the last attempt.
 */
export function createStageWorker<S extends StageName>(options: StageWorkerOptions<S>): Worker {
  const { stage, handler, queues, ledger, log } = options;
  const schema = JOB_SCHEMAS[stage];

  const processor = async (job: Job): Promise<StageOutcome> => {
    const jobId = job.id ?? 'unknown';
    const attempt = job.attemptsMade + 1;
    // Refused before it named a document: no ingestion or document can carry the reason, so
    // storage records the job itself.
    const payload = (await parseJobPayload(stage, schema, job, { log, recordRefusal: (refusal) => ledger.jobRefused(refusal) })) as z.infer<(typeof JOB_SCHEMAS)[S]>;
    const event: AttemptEvent = {
      stage,
      jobId,
      attempt,
      documentId: 'documentId' in payload ? payload.documentId : null,
      ingestionId: 'ingestionId' in payload ? payload.ingestionId : null,
    };
    const jobLog = log.child({ stage, jobId, ...(event.documentId ? { documentId: event.documentId } : {}) });
    const started = performance.now();
    await ledger.attemptStarted(event);
    try {
      const outcome = await handler(payload, { log: jobLog, jobId, attempt });
      const durationMs = Math.round(performance.now() - started);
      const next = NEXT_STAGE[stage];
      // The store of record learns of the completion before the next job exists, so a crash in
      // between leaves a document that the reconciliation sweep re-enqueues. Storage says whether
      // the document waits at the next stage; only then is there anything to hand off.
      const handOff = await ledger.attemptFinished({ ...event, documentId: outcome.documentId, outcome, durationMs, next });
      if (next && handOff) await queues.enqueueDocument(next, outcome.documentId);
      const newlyKnown = event.documentId ? {} : { documentId: outcome.documentId };
      jobLog.info({ ...newlyKnown, outcome: outcome.status, durationMs, ...outcome.counts }, `${stage} ${outcome.status}`);
      return outcome;
    } catch (error) {
      const durationMs = Math.round(performance.now() - started);
      const message = error instanceof Error ? error.message : String(error);
      const final = error instanceof UnrecoverableError || attempt >= (job.opts.attempts ?? 1);
      const documentId = event.documentId ?? (error instanceof DocumentError ? error.documentId : null);
      await ledger.attemptFailed({ ...event, documentId, error: message, final, durationMs }).catch((ledgerError: unknown) => {
        jobLog.error({ err: ledgerError }, 'could not record the failure in storage');
      });
      if (final) jobLog.error({ err: error, attempt, durationMs }, `${stage} failed: ${message}`);
      else jobLog.warn({ attempt, durationMs, reason: message }, `${stage} attempt failed, will retry`);
      throw error;
    }
  };

  const worker = new Worker(stage, processor, {
    connection: options.connection,
    prefix: queues.prefix,
    concurrency: options.concurrency,
    autorun: true,
    ...(options.lockMs ? { lockDuration: options.lockMs, stalledInterval: options.lockMs } : {}),
  });
  worker.on('error', (error) => log.error({ err: error, stage }, 'worker error'));
  worker.on('stalled', (jobId) => log.warn({ stage, jobId }, `${stage} job stalled (its worker stopped or lost its lock): back in the queue`));
  // A job that stalled more often than BullMQ allows is failed by the worker that picks it up
  // without running the processor: nothing above records it, so it is recorded here, or the
  // document would stay "running" in storage for ever.
  worker.on('failed', (job, error) => {
    if (!job?.deferredFailure) return;
    void recordStalledFailure(options, job, error.message).catch((ledgerError: unknown) => {
      log.error({ err: ledgerError, stage, jobId: job.id }, 'could not record the stalled job’s failure in storage; the sweep will');
    });
  });
  return worker;
}

/** Records in storage, as a final failure with a readable reason, a job BullMQ failed for stalling. */
async function recordStalledFailure<S extends StageName>(options: StageWorkerOptions<S>, job: Job, reason: string): Promise<void> {
  const { stage, ledger, log } = options;
  const parsed = JOB_SCHEMAS[stage].safeParse(job.data);
  if (!parsed.success) return; // an invalid payload never ran: its own failure says so
  const payload: Record<string, unknown> = parsed.data;
  const error = `${stage} stopped: its worker died or was blocked ${job.attemptsStarted} time(s) while running it (${reason}); retry with palermo retry`;
  await ledger.attemptFailed({
    stage,
    jobId: job.id ?? 'unknown',
    attempt: job.attemptsStarted,
    documentId: typeof payload.documentId === 'string' ? payload.documentId : null,
    ingestionId: typeof payload.ingestionId === 'string' ? payload.ingestionId : null,
    error,
    final: true,
    durationMs: 0,
  });
  log.error({ stage, jobId: job.id }, `${stage} failed: ${error}`);
}
