import type { JobsOptions } from 'bullmq';
import { QUEUES, type QueueName } from '@palermo/contracts';

/** Operator overrides of the catalogue's retries (JOB_ATTEMPTS, JOB_BACKOFF_MS); unset keeps each queue's own. */
export interface JobOverrides {
  attempts?: number | undefined;
  backoffMs?: number | undefined;
}

/** The overrides the environment sets (kept under this name for the callers that build a QueueSet). */
export function defaultJobOptions(options: JobOverrides): JobOverrides {
  return { attempts: options.attempts, backoffMs: options.backoffMs };
}

/** The operator's overrides of the queue catalogue's retries, from the parsed environment. */
export function jobOverrides(env: { JOB_ATTEMPTS?: number | undefined; JOB_BACKOFF_MS?: number | undefined }): JobOverrides {
  return { attempts: env.JOB_ATTEMPTS, backoffMs: env.JOB_BACKOFF_MS };
}

/** A queue's job options from the catalogue, with the operator's overrides applied. */
export function jobOptionsFor(queue: QueueName, overrides: JobOverrides = {}): JobsOptions {
  const spec = QUEUES[queue];
  return {
    attempts: overrides.attempts ?? spec.attempts,
    backoff: { type: 'exponential', delay: overrides.backoffMs ?? spec.backoffMs },
    removeOnComplete: spec.keepCompleted,
    removeOnFail: spec.keepFailed,
  };
}
