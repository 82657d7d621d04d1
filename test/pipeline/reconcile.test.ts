// The reconciliation sweep repairs every kind of unfinished work a crash can leave, deciding
// from storage alone: a document storage says is unfinished and that has no live job in Redis is
// enqueued again, or, when Redis failed its job for good without storage hearing of it, recorded
// as failed with the job's reason. A live job is left alone. Each case is set up by hand in
// storage and Redis (BullMQ's manual processing puts jobs in the states crashes leave).
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAGE_VERSIONS, type StageName } from '@palermo/contracts';
import { createLogger, parseEnv } from '@palermo/pipeline';
import { reconcileReport } from '../../apps/palermo/src/reconcile.ts';
import { openRuntime, startWorkers, type Runtime } from '../../apps/palermo/src/runtime.ts';
import { createSandbox, eventually, REDIS_URL, SEEDS, type Sandbox } from '../support/harness.ts';

const SEED = join(SEEDS, '003_fe48b1f1ca8da9ce.txt');

describe('the reconciliation sweep', () => {
  let sandbox: Sandbox;
  let runtime: Runtime;
  let redis: Redis;
  let n = 0;

  /** A stored document (distinct bytes each time) at `stage` with `status`, as storage sees it. */
  const storedDocument = async (stage: StageName, status: 'queued' | 'running'): Promise<string> => {
    const bytes = new TextEncoder().encode(`document ${n++} ${randomUUID()}\n${readFileSync(SEED, 'utf8')}`);
    const id = createHash('sha256').update(bytes).digest('hex');
    await runtime.storage.documents.upsert({ id, bytes, mediaType: 'text/plain', source: `/reports/${n}.txt`, pipelineVersion: 1 });
    await runtime.storage.db.query('update documents set stage = $2, status = $3, updated_at = now() - interval \'1 minute\' where id = $1', [id, stage, status]);
    return id;
  };

  /** Takes the next job of a stage as a worker would (active, under a lock), without running it. */
  const takeJob = async (stage: StageName): Promise<{ job: Job; token: string; worker: Worker }> => {
    const worker = new Worker(stage, null, { connection: new Redis(REDIS_URL, { maxRetriesPerRequest: null }), prefix: sandbox.prefix, autorun: false });
    const token = randomUUID();
    const job = (await worker.getNextJob(token)) as Job;
    expect(job).toBeDefined();
    return { job, token, worker };
  };

  /** Takes a case's document out of the next cases' sweeps. */
  const settle = async (id: string, stage: StageName) => {
    await runtime.storage.db.query(`update documents set status = 'done' where id = $1`, [id]);
    await runtime.queues.queues[stage].drain();
  };

  const jobsOf = async (stage: StageName, documentId: string, states: Array<'waiting' | 'active' | 'completed' | 'failed'>) =>
    (await runtime.queues.queues[stage].getJobs(states)).filter((job) => (job.data as { documentId?: string }).documentId === documentId);

  beforeAll(async () => {
    sandbox = await createSandbox('postgres');
    sandbox.env.JOB_ATTEMPTS = '1';
    runtime = await openRuntime(parseEnv(sandbox.env), createLogger({ level: 'silent', format: 'json' }));
    redis = new Redis(REDIS_URL);
  });

  afterAll(async () => {
    redis?.disconnect();
    await runtime?.close();
    await sandbox?.cleanup();
  });

  it('enqueues work that has no job at all, and adds nothing while that job is live', async () => {
    const id = await storedDocument('clean', 'queued');
    expect((await reconcileReport(runtime)).requeued).toBe(1);
    expect(await runtime.queues.liveJob('clean', id)).toMatchObject({ state: 'waiting' });
    expect((await reconcileReport(runtime)).requeued, 'a waiting job is live').toBe(0);
    expect(await jobsOf('clean', id, ['waiting'])).toHaveLength(1);
    await settle(id, 'clean');
  });

  it('enqueues again work whose job completed in Redis but not in storage (another store, a lost write)', async () => {
    const id = await storedDocument('segment', 'queued');
    await runtime.queues.enqueueDocument('segment', id);
    const { job, token, worker } = await takeJob('segment');
    await job.moveToCompleted('done elsewhere', token, false);
    await worker.close();
    expect(await runtime.queues.liveJob('segment', id)).toBeNull();
    expect((await reconcileReport(runtime)).requeued).toBe(1);
    expect(await jobsOf('segment', id, ['waiting'])).toHaveLength(1);
    await settle(id, 'segment');
  });

  it('re-enqueues work running with no lock (its worker died and no stalled check has run)', async () => {
    const id = await storedDocument('index', 'running');
    const first = await runtime.queues.enqueueDocument('index', id);
    const { job, worker } = await takeJob('index');
    expect(job.id).toBe(first);
    await redis.del(`${runtime.queues.queues.index.toKey(first)}:lock`);
    expect((await reconcileReport(runtime)).requeued).toBe(1);
    const waiting = await jobsOf('index', id, ['waiting']);
    expect(waiting).toHaveLength(1);
    expect(waiting[0]?.id).not.toBe(first);
    expect(await runtime.queues.liveJob('index', id)).toMatchObject({ id: waiting[0]?.id, state: 'waiting' });
    await worker.close();
    await settle(id, 'index');
  });

  it('leaves a job that is running under its lock alone', async () => {
    const id = await storedDocument('index', 'running');
    await runtime.queues.enqueueDocument('index', id);
    const { worker } = await takeJob('index');
    expect((await reconcileReport(runtime)).requeued).toBe(0);
    expect(await jobsOf('index', id, ['waiting'])).toHaveLength(0);
    await worker.close();
    await settle(id, 'index');
  });

  it('records, naming the document, a failure Redis knows of and storage does not', async () => {
    const id = await storedDocument('extract-figures', 'running');
    await runtime.queues.enqueueDocument('extract-figures', id);
    const { job, token, worker } = await takeJob('extract-figures');
    await job.moveToFailed(new Error('job stalled more than allowable limit'), token, false);
    await worker.close();
    expect(await job.getState()).toBe('failed');
    const report = await reconcileReport(runtime);
    expect(report).toMatchObject({ failuresRecorded: 1, requeued: 0 });
    const document = await runtime.storage.documents.get(id);
    expect(document).toMatchObject({ stage: 'extract-figures', status: 'failed' });
    expect(document?.lastError).toMatch(/^\/reports\/\d+\.txt: job stalled more than allowable limit$/);
    expect((await reconcileReport(runtime)).failuresRecorded, 'recorded once').toBe(0);
  });

  it('moves on a document whose fetch stored its text but was killed before the hand-off', async () => {
    const ingestion = await runtime.storage.ingestions.create({ type: 'file', path: SEED });
    const bytes = readFileSync(SEED);
    const id = createHash('sha256').update(bytes).digest('hex');
    await runtime.storage.documents.upsert({ id, bytes, mediaType: 'text/plain', source: SEED, pipelineVersion: 1 });
    await runtime.storage.outputs.put(id, 'fetch', STAGE_VERSIONS.fetch, { mediaType: 'text/plain', text: readFileSync(SEED, 'utf8'), pageCount: null });
    await runtime.storage.ingestions.setStatus(ingestion.id, 'running');
    // The killed job runs again (BullMQ's stalled-job check, or the sweep): it skips, and hands off.
    await runtime.queues.enqueueFetch(ingestion.id);
    const workers = await startWorkers(runtime, ['fetch']);
    try {
      await eventually(async () => ((await runtime.storage.ingestions.get(ingestion.id))?.status === 'done' ? true : undefined), 'the fetch to finish', 60_000);
    } finally {
      await workers.close();
    }
    const runs = await runtime.storage.runs.forDocument(id);
    expect(runs.map((run) => `${run.stage} ${run.outcome}`)).toEqual(['fetch skipped']);
    expect(await runtime.storage.documents.get(id)).toMatchObject({ stage: 'clean', status: 'queued' });
    expect(await runtime.queues.liveJob('clean', id)).toMatchObject({ state: 'waiting' });
  });
});
