import type { JobsOptions } from 'bullmq';

/** One table of job options for every stage: retries with exponential backoff, bounded retention. */
export function defaultJobOptions(options: { attempts: number; backoffMs: number }): JobsOptions {
  return {
    attempts: options.attempts,
    backoff: { type: 'exponential', delay: options.backoffMs },
    // Completed jobs are pruned (the store of record is Postgres); failed ones stay for operators.
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 30 * 24 * 3600 },
  };
}
