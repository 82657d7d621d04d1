import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { jobIdFor, PIPELINE_VERSION, STAGES, type DocumentStage, type StageName } from '@palermo/contracts';

/** The five stage queues, and the only way anything is put on them. */
export class QueueSet {
  readonly queues: Readonly<Record<StageName, Queue>>;

  constructor(connection: Redis, readonly prefix: string, private readonly jobOptions: JobsOptions) {
    const entries = STAGES.map((stage) => [stage, new Queue(stage, { connection, prefix, defaultJobOptions: jobOptions })]);
    this.queues = Object.fromEntries(entries) as Record<StageName, Queue>;
  }

  /** Enqueues the fetch of one ingestion request. */
  async enqueueFetch(ingestionId: string): Promise<string> {
    return this.add('fetch', ingestionId, { ingestionId, pipelineVersion: PIPELINE_VERSION });
  }

  /** Enqueues a stage of one stored document. */
  async enqueueDocument(stage: DocumentStage, documentId: string): Promise<string> {
    return this.add(stage, documentId, { documentId, pipelineVersion: PIPELINE_VERSION });
  }

  /**
   * Adds with a deterministic job id, so a duplicate is a no-op; a job of the same id that
   * failed before is retried instead, which is what re-ingesting (or `palermo retry`) means. The
   * retry starts with a full set of attempts, or a job that used them all would get only one.
   */
  private async add(stage: StageName, key: string, data: Record<string, unknown>): Promise<string> {
    const jobId = jobIdFor(stage, key);
    const job = await this.queues[stage].add(stage, data, { ...this.jobOptions, jobId });
    if (await job.isFailed()) await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    return jobId;
  }

  /** Whether any worker, in any process, is consuming these queues. */
  async workerCount(): Promise<number> {
    const counts = await Promise.all(STAGES.map((stage) => this.queues[stage].getWorkersCount()));
    return Math.min(...counts);
  }

  /** Closes every queue's connection use. */
  async close(): Promise<void> {
    await Promise.all(Object.values(this.queues).map((queue) => queue.close()));
  }
}
