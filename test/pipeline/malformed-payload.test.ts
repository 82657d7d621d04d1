// A payload that does not match its contract fails at once, without retries, with the Zod
// error as the failure reason an operator reads.
import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, eventually, exited, REDIS_URL, startPalermo, type Sandbox } from '../support/harness.ts';

describe('a malformed job', () => {
  let sandbox: Sandbox;
  let worker: ReturnType<typeof startPalermo>;
  let connection: Redis;
  let queue: Queue;

  beforeAll(async () => {
    sandbox = await createSandbox('pglite');
    connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    queue = new Queue('clean', { connection, prefix: sandbox.prefix });
    worker = startPalermo(sandbox, ['work', 'clean']);
    await eventually(async () => ((await queue.getWorkersCount()) > 0 ? true : undefined), 'the clean worker to start');
  });

  afterAll(async () => {
    worker?.kill('SIGTERM');
    if (worker) await exited(worker);
    await queue?.close();
    connection?.disconnect();
    await sandbox?.cleanup();
  });

  it('fails once, not retried, with a readable reason', async () => {
    const events = new QueueEvents('clean', { connection: new Redis(REDIS_URL, { maxRetriesPerRequest: null }), prefix: sandbox.prefix });
    await events.waitUntilReady();
    const failed = new Promise<{ jobId: string; failedReason: string }>((resolve) => events.on('failed', resolve));
    const job = await queue.add('clean', { documentId: 'not-a-sha256', pipelineVersion: 1 }, { attempts: 5, backoff: { type: 'fixed', delay: 10 } });
    const event = await failed;
    expect(event.jobId).toBe(job.id);
    expect(event.failedReason).toMatch(/^invalid clean payload/);
    expect(event.failedReason).toMatch(/documentId/);
    expect(event.failedReason).toMatch(/64 lowercase hex characters/);
    const stored = await queue.getJob(job.id!);
    expect(stored?.attemptsMade).toBe(1);
    expect(await stored?.getState()).toBe('failed');
    await events.close();
  });
});
