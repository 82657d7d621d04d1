import { randomBytes } from 'node:crypto';
import { Queue, type Job } from 'bullmq';
import type { RedisConnection } from './redis-connection.ts';
import { deduplicationIdFor, jobIdFor, STAGES, type DocumentStage, type StageName } from '@palermo/contracts';
import { jobOptionsFor, type JobOverrides } from './job-options.ts';

/** A job Redis still holds for some work, and what it is doing. */
export interface LiveJob {
  id: string;
  state: 'waiting' | 'delayed' | 'prioritized' | 'active' | 'waiting-children';
}

const LIVE_STATES: ReadonlySet<string> = new Set(['waiting', 'delayed', 'prioritized', 'active', 'waiting-children']);

// Deletes a deduplication key only if it still names the job we found stale, so a job added
// meanwhile by another producer keeps its key (the same check BullMQ's own script makes).
const RELEASE_KEY = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/**
 * The five stage queues, and the only way anything is put on them. Whether a document needs work
 * is storage's decision; Redis only carries it. So a job id is unique per enqueue and the only
 * thing that stops an add is BullMQ's deduplication, which holds while a job for the same stage
 * and document is waiting, delayed or running, and ends when it completes or fails. A finished
 * job, or one left by another store, never blocks new work.
 */
export class QueueSet {
  readonly queues: Readonly<Record<StageName, Queue>>;

  constructor(private readonly connection: RedisConnection, readonly prefix: string, private readonly overrides: JobOverrides = {}) {
    const entries = STAGES.map((stage) => [stage, new Queue(stage, { connection, prefix })]);
    this.queues = Object.fromEntries(entries) as Record<StageName, Queue>;
  }

  /** Enqueues the fetch of one ingestion request; returns the id of the job that will do it. */
  async enqueueFetch(ingestionId: string): Promise<string> {
    return this.add('fetch', ingestionId, { ingestionId });
  }

  /** Enqueues a stage of one stored document; returns the id of the job that will do it. */
  async enqueueDocument(stage: DocumentStage, documentId: string): Promise<string> {
    return this.add(stage, documentId, { documentId });
  }

  /**
   * The job that holds this work's deduplication key, if it is really alive: waiting, delayed,
   * or running under a worker's lock. A key left by a job that is gone, finished, or active with
   * no lock (its worker died and no stalled-job check has run yet) is released, so the caller can
   * enqueue again.
   */
  async liveJob(stage: StageName, key: string): Promise<LiveJob | null> {
    const queue = this.queues[stage];
    const deduplicationId = deduplicationIdFor(stage, key);
    const jobId = await queue.getDeduplicationJobId(deduplicationId);
    if (!jobId) return null;
    const job: Job | undefined = await queue.getJob(jobId);
    const state = job ? await job.getState() : 'unknown';
    const locked = state !== 'active' || (await this.connection.exists(`${queue.toKey(jobId)}:lock`)) === 1;
    if (LIVE_STATES.has(state) && locked) return { id: jobId, state: state as LiveJob['state'] };
    await this.connection.eval(RELEASE_KEY, 1, `${queue.keys.de}:${deduplicationId}`, jobId);
    return null;
  }

  private async add(stage: StageName, key: string, data: Record<string, unknown>): Promise<string> {
    const jobId = jobIdFor(stage, key, randomBytes(4).toString('hex'));
    const job = await this.queues[stage].add(stage, data, {
      ...jobOptionsFor(stage, this.overrides),
      jobId,
      deduplication: { id: deduplicationIdFor(stage, key) },
    });
    return job.id ?? jobId; // the live job's id when this add was deduplicated
  }

  /** How many workers, in any process, consume each stage's queue. */
  async workersByStage(): Promise<Record<StageName, number>> {
    const counts = await Promise.all(STAGES.map(async (stage) => [stage, await this.queues[stage].getWorkersCount()] as const));
    return Object.fromEntries(counts) as Record<StageName, number>;
  }

  /** Whether any worker, in any process, is consuming these queues (the fewest over the stages). */
  async workerCount(): Promise<number> {
    return Math.min(...Object.values(await this.workersByStage()));
  }

  /** Closes every queue's connection use. */
  async close(): Promise<void> {
    await Promise.all(Object.values(this.queues).map((queue) => queue.close()));
  }
}
