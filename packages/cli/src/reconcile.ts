import type { Job } from 'bullmq';
import { PIPELINE_VERSION, STAGE_VERSIONS, STAGES, type StageName } from '@palermo/contracts';
import type { Runtime } from './runtime.ts';

/** What one sweep did. */
export interface ReconcileReport {
  /** Work storage says is unfinished with no live job: enqueued again. */
  requeued: number;
  /** Jobs Redis failed (for good) without storage knowing: recorded as failed, with their reason. */
  failuresRecorded: number;
}

/** One piece of unfinished work as storage sees it. */
interface Unfinished {
  stage: StageName;
  key: string; // the ingestion id for fetch, the document id otherwise
  documentId: string | null;
  ingestionId: string | null;
  updatedAt: Date;
}

/**
 * Repairs what crashes leave behind. Storage decides what is unfinished; for each such ingestion
 * or document with no live job in Redis (none at all, completed, gone with a lost Redis write,
 * or active under no worker's lock), it either records the failure Redis knows of and storage
 * does not (a job failed for good after storage last heard of the work, e.g. for stalling), or
 * enqueues the work again; a stage already done skips and hands the document on.
 */
export async function reconcile(runtime: Runtime): Promise<number> {
  const report = await reconcileReport(runtime);
  return report.requeued + report.failuresRecorded;
}

/** `reconcile`, with what it did in detail. */
export async function reconcileReport(runtime: Runtime): Promise<ReconcileReport> {
  const { storage, log } = runtime;
  const failed = await latestFailedJobs(runtime);
  const report: ReconcileReport = { requeued: 0, failuresRecorded: 0 };
  for (const work of await listUnfinished(runtime)) {
    if (await runtime.queues.liveJob(work.stage, work.key)) continue;
    const job = failed.get(`${work.stage}/${work.key}`);
    if (job && (job.finishedOn ?? 0) > work.updatedAt.getTime()) {
      await storage.ledger.attemptFailed({
        stage: work.stage, jobId: job.id ?? 'unknown', attempt: job.attemptsMade, documentId: work.documentId,
        ingestionId: work.ingestionId, error: job.failedReason || 'failed in the queue', final: true, durationMs: 0,
      });
      report.failuresRecorded++;
      continue;
    }
    await enqueue(runtime, work);
    report.requeued++;
  }
  if (report.requeued + report.failuresRecorded > 0) log.info(report, 'reconciliation repaired unfinished work');
  return report;
}

/** Ingestions not yet fetched and documents on their way, from storage. */
async function listUnfinished(runtime: Runtime): Promise<Unfinished[]> {
  const { storage } = runtime;
  const work: Unfinished[] = [];
  for (const ingestion of await storage.ingestions.listUnfinished()) {
    work.push({ stage: 'fetch', key: ingestion.id, documentId: null, ingestionId: ingestion.id, updatedAt: ingestion.updatedAt });
  }
  for (const document of await storage.documents.listUnfinished()) {
    // A document still at fetch belongs to its ingestions' fetch jobs, unless fetch stored its
    // text and the hand-off was lost (its ingestion already done): then it waits for clean.
    if (document.stage === 'done' || document.stage === 'fetch') {
      if (document.stage === 'fetch' && (await storage.outputs.isDone(document.id, 'fetch', STAGE_VERSIONS.fetch))) {
        await storage.documents.advance(document.id, 'fetch', 'clean', PIPELINE_VERSION);
        work.push({ stage: 'clean', key: document.id, documentId: document.id, ingestionId: null, updatedAt: new Date() });
      }
      continue;
    }
    work.push({ stage: document.stage, key: document.id, documentId: document.id, ingestionId: null, updatedAt: document.updatedAt });
  }
  return work;
}

async function enqueue(runtime: Runtime, work: Unfinished): Promise<void> {
  if (work.stage === 'fetch') await runtime.queues.enqueueFetch(work.key);
  else await runtime.queues.enqueueDocument(work.stage, work.key);
}

/** The newest failed job of each stage and key that Redis still holds. */
async function latestFailedJobs(runtime: Runtime): Promise<Map<string, Job>> {
  const latest = new Map<string, Job>();
  for (const stage of STAGES) {
    for (const job of await runtime.queues.queues[stage].getFailed(0, 999)) {
      const data = job.data as { documentId?: unknown; ingestionId?: unknown };
      const key = typeof data.ingestionId === 'string' ? data.ingestionId : typeof data.documentId === 'string' ? data.documentId : null;
      if (!key) continue;
      const id = `${stage}/${key}`;
      if ((latest.get(id)?.finishedOn ?? -1) < (job.finishedOn ?? 0)) latest.set(id, job);
    }
  }
  return latest;
}
