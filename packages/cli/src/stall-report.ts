import type { Job } from 'bullmq';
import type { StageName } from '@palermo/contracts';
import type { Runtime } from './runtime.ts';

/** One piece of work that is not moving: what storage says, and the key of its stage's jobs. */
export interface StuckWork {
  name: string; // what the user gave, for the message
  stage: StageName;
  key: string; // ingestion id for fetch, document id otherwise
  state: string; // as storage has it, e.g. "clean queued"
}

/**
 * Why a piece of work does not move, as far as Redis can tell: its stage's queue paused or
 * without any worker, its job waiting, retrying after a failure, running, failed, or missing.
 */
export async function explainStuck(runtime: Runtime, work: StuckWork): Promise<string> {
  const queue = runtime.queues.queues[work.stage];
  const reasons: string[] = [];
  if (await queue.isPaused()) reasons.push(`the ${work.stage} queue is paused (palermo resume ${work.stage})`);
  if ((await queue.getWorkersCount()) === 0) reasons.push(`no worker is running for ${work.stage} (palermo work ${work.stage})`);
  const live = await runtime.queues.liveJob(work.stage, work.key);
  if (live) {
    const job: Job | undefined = await queue.getJob(live.id);
    if (live.state === 'delayed') reasons.push(`its job is waiting to retry after: ${job?.failedReason ?? 'a failed attempt'}`);
    else if (live.state === 'active') reasons.push(`its job ${live.id} has been running since ${job?.processedOn ? new Date(job.processedOn).toISOString() : 'an unknown time'}`);
    else reasons.push(`its job ${live.id} is ${live.state}`);
  } else {
    const failed = (await queue.getFailed(0, 999)).filter((job) => Object.values(job.data as object).includes(work.key));
    const last = failed.sort((a, b) => (b.finishedOn ?? 0) - (a.finishedOn ?? 0))[0];
    reasons.push(last
      ? `its job failed in Redis (${last.failedReason}) but storage was not told; the reconciliation sweep records it`
      : 'it has no job in Redis; the reconciliation sweep (palermo work, or RECONCILE_INTERVAL_MS) enqueues it again');
  }
  return reasons.join('; ');
}
