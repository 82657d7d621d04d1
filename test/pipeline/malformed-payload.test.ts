// A payload that does not match its contract fails at once, without retries, with the Zod
// error as the failure reason an operator reads; having named no document, it is recorded by
// storage (here the embedded database), listed by `palermo status` and counted by `/metrics`.
import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, eventually, exited, palermo, REDIS_URL, startPalermo, type Sandbox } from '../support/harness.ts';
import { bearer, startServer } from '../api/serve.ts';

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
    if (worker?.exitCode === null) worker.kill('SIGTERM');
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

    // The embedded database belongs to the worker while it runs: stop it, then ask status.
    worker.kill('SIGTERM');
    expect(await exited(worker)).toBe(0);
    const status = await palermo(sandbox, ['status', '--json']);
    expect(status.code, status.stderr).toBe(0);
    const payload = JSON.stringify({ documentId: 'not-a-sha256', pipelineVersion: 1 });
    expect((JSON.parse(status.stdout) as { rejectedJobs: unknown[] }).rejectedJobs).toEqual([
      { queue: 'clean', jobId: job.id, reason: event.failedReason, payloadBytes: payload.length, payloadHead: payload, rejectedAt: expect.any(String) },
    ]);
    const text = await palermo(sandbox, ['status']);
    expect(text.stdout).toMatch(new RegExp(`Jobs refused before naming a document.*\\nclean +${job.id} +${payload.length} +invalid clean payload: .*documentId`, 's'));

    const server = await startServer(sandbox, ['--no-workers']);
    try {
      const metrics = await (await server.get('/metrics', bearer)).text();
      expect(metrics).toMatch(/^# TYPE palermo_rejected_jobs_total counter$/m);
      expect(metrics).toMatch(/^palermo_rejected_jobs_total\{queue="clean"\} 1$/m);
      expect(metrics, 'every queue of the catalogue, at 0 when it refused nothing').toMatch(/^palermo_rejected_jobs_total\{queue="fetch"\} 0$/m);
    } finally {
      await server.stop();
    }
  });
});
