import type { DocumentStage } from '@palermo/contracts';
import { jobIdFor } from '@palermo/contracts';
import type { Runtime } from './runtime.ts';

/**
 * Repairs what a crash may leave behind: every ingestion or document that storage says is on
 * its way but whose job Redis no longer has is enqueued again. Returns how many were.
 */
export async function reconcile(runtime: Runtime): Promise<number> {
  const { storage, queues, log } = runtime;
  let repaired = 0;
  for (const ingestion of await storage.ingestions.listUnfinished()) {
    if (await needsJob(runtime, 'fetch', ingestion.id)) {
      await queues.enqueueFetch(ingestion.id);
      repaired++;
    }
  }
  for (const document of await storage.documents.listUnfinished()) {
    if (document.stage === 'fetch' || document.stage === 'done') continue;
    const stage: DocumentStage = document.stage;
    if (await needsJob(runtime, stage, document.id)) {
      await queues.enqueueDocument(stage, document.id);
      repaired++;
    }
  }
  if (repaired > 0) log.info({ repaired }, 'reconciliation re-enqueued lost work');
  return repaired;
}

/** True when the stage's job for `key` is gone, or finished although storage says it is not. */
async function needsJob(runtime: Runtime, stage: 'fetch' | DocumentStage, key: string): Promise<boolean> {
  const job = await runtime.queues.queues[stage].getJob(jobIdFor(stage, key));
  if (!job) return true;
  const state = await job.getState();
  if (state === 'completed') {
    await job.remove();
    return true;
  }
  return state === 'unknown';
}
