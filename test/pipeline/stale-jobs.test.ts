// Storage decides, Redis only carries: ingesting the seeds into a fresh store against a Redis
// that still holds the jobs of an earlier store (the data folder deleted, or DATABASE_URL
// pointing at a new database) must complete. It used to wait for ever at "clean queued": the
// next stage's job id already existed in Redis, so the hand-off added nothing.
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, palermo, REDIS_URL, SEEDS, type Sandbox } from '../support/harness.ts';

describe('a fresh store against a Redis that holds the old jobs', () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await createSandbox('pglite');
  });

  afterAll(async () => {
    await sandbox?.cleanup();
  });

  it('processes every document again', async () => {
    const first = await palermo(sandbox, ['ingest', SEEDS, '--wait']);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toContain('4 done, 0 failed');

    const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    const clean = new Queue('clean', { connection, prefix: sandbox.prefix });
    expect(await clean.getJobCountByTypes('completed'), 'the old jobs are still in Redis').toBeGreaterThanOrEqual(4);

    for (const store of ['second']) {
      sandbox.env.PALERMO_DATA_DIR = join(sandbox.dir, store);
      const again = await palermo(sandbox, ['ingest', SEEDS, '--wait'], 150_000);
      expect(again.code, `${store} store: ${again.stdout}${again.stderr}`).toBe(0);
      expect(again.stdout).toContain('4 done, 0 failed');
      const facts = await palermo(sandbox, ['facts', '--format', 'jsonl']);
      expect(facts.stdout.trim().split('\n').length, 'the new store has its facts').toBeGreaterThan(20);
    }
    await clean.close();
    connection.disconnect();
  }, 600_000); // several CLI runs: minutes on a loaded machine
});
