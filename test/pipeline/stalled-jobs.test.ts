// A job whose worker dies mid-job is recovered by BullMQ's stalled-job check; one that stalls more
// often than BullMQ allows is failed by BullMQ without running it, and that failure must land in
// storage with a clear reason (it used to stay "running" for ever), so `palermo retry --failed`
// finds it and the document moves on.
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAGE_VERSIONS } from '@palermo/contracts';
import { createLogger, parseEnv } from '@palermo/pipeline';
import { openRuntime, startWorkers, type RunningWorkers, type Runtime } from '../../apps/palermo/src/runtime.ts';
import { createSandbox, eventually, palermo, REDIS_URL, SEEDS, type Sandbox } from '../support/harness.ts';

const SEED = join(SEEDS, '003_fe48b1f1ca8da9ce.txt');

describe('a job that stalls past its limit', () => {
  let sandbox: Sandbox;
  let runtime: Runtime;
  let workers: RunningWorkers | null = null;
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });

  beforeAll(async () => {
    sandbox = await createSandbox('postgres');
    sandbox.env.JOB_LOCK_MS = '1000';
    runtime = await openRuntime(parseEnv(sandbox.env), createLogger({ level: 'silent', format: 'json' }));
  });

  afterAll(async () => {
    await workers?.close();
    redis.disconnect();
    await runtime?.close();
    await sandbox?.cleanup();
  });

  it('is recorded as failed with its reason, and retried by palermo retry --failed', async () => {
    const bytes = readFileSync(SEED);
    const id = createHash('sha256').update(bytes).digest('hex');
    await runtime.storage.documents.upsert({ id, bytes, mediaType: 'text/plain', source: SEED, pipelineVersion: 1 });
    await runtime.storage.outputs.put(id, 'fetch', STAGE_VERSIONS.fetch, { mediaType: 'text/plain', text: bytes.toString('utf8'), pageCount: null });
    await runtime.storage.documents.advance(id, 'fetch', 'clean', 1);
    const jobId = await runtime.queues.enqueueDocument('clean', id);

    // A worker takes the job and dies holding it for the second time: its lock lapses.
    const doomed = new Worker('clean', null, { connection: redis, prefix: sandbox.prefix, autorun: false, lockDuration: 1000 });
    const job = (await doomed.getNextJob(randomUUID())) as Job;
    expect(job.id).toBe(jobId);
    await runtime.storage.ledger.attemptStarted({ stage: 'clean', jobId, attempt: 1, documentId: id, ingestionId: null });
    await redis.hset(runtime.queues.queues.clean.toKey(jobId), 'stc', '1'); // it stalled once already
    await redis.del(`${runtime.queues.queues.clean.toKey(jobId)}:lock`);
    expect(await runtime.storage.documents.get(id)).toMatchObject({ stage: 'clean', status: 'running' });

    // A live worker's stalled-job check finds it, and BullMQ fails it without running it.
    workers = await startWorkers(runtime, ['clean']);
    const failed = await eventually(async () => {
      const document = await runtime.storage.documents.get(id);
      return document?.status === 'failed' ? document : undefined;
    }, 'the stalled job’s failure to reach storage', 60_000);
    expect(failed.stage).toBe('clean');
    expect(failed.lastError).toContain(SEED);
    expect(failed.lastError).toMatch(/job stalled more than allowable limit/);
    expect(failed.lastError).toMatch(/palermo retry/);
    expect(await job.getState()).toBe('failed');

    const retried = await palermo(sandbox, ['retry', '--failed']);
    expect(retried.code, retried.stderr).toBe(0);
    expect(retried.stdout).toContain('1 retried');
    await eventually(async () => {
      const document = await runtime.storage.documents.get(id);
      return document?.stage === 'segment' ? document : undefined;
    }, 'clean to run again and hand the document to segment', 60_000);
    const runs = await runtime.storage.runs.forDocument(id);
    expect(runs.map((run) => `${run.stage} ${run.outcome}`)).toEqual(['clean failed', 'clean done']);
    await doomed.close(true);
  });
});
