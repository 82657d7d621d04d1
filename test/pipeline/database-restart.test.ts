// Workers ride out their database the way they ride out Redis: one started while PostgreSQL is
// down waits (saying so) instead of exiting with ECONNREFUSED, and a PostgreSQL restart in the
// middle of an ingest kills no worker (it used to: "Connection terminated unexpectedly ...
// Emitted 'error' event on Client instance", exit 1); the jobs it interrupted are retried and
// every document ends done. The test restarts a PostgreSQL server of its own, never the shared one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createSandbox, eventually, exited, palermo, REDIS_URL, SEEDS, startPalermo, type Sandbox } from '../support/harness.ts';
import { startPrivatePostgres, type PrivatePostgres } from '../support/servers.ts';

async function query<T extends object>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('a PostgreSQL server that stops and restarts under the workers', () => {
  let sandbox: Sandbox;
  let server: PrivatePostgres;
  let url: string;
  let worker: ReturnType<typeof startPalermo> | null = null;

  beforeAll(async () => {
    server = await startPrivatePostgres();
    url = await server.createDatabase('restart');
    sandbox = await createSandbox('pglite');
    Object.assign(sandbox.env, { DATABASE_URL: url, WORKER_CONCURRENCY: '1', JOB_BACKOFF_MS: '1000', LOG_LEVEL: 'info' });
  });

  afterAll(async () => {
    if (worker && worker.exitCode === null) {
      worker.kill('SIGKILL');
      await exited(worker);
    }
    await server?.remove();
    await sandbox?.cleanup();
  });

  it('keeps every worker alive and finishes every document', async () => {
    await server.stop();
    worker = startPalermo(sandbox, ['work']);
    await eventually(async () => (worker!.output().includes('the database is not reachable') ? true : undefined), 'the worker to say it waits for the database', 60_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(worker.exitCode, worker.output()).toBeNull();

    await server.start();
    const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    const fetchQueue = new Queue('fetch', { connection, prefix: sandbox.prefix });
    await eventually(async () => ((await fetchQueue.getWorkersCount()) > 0 ? true : undefined), 'the worker to start once the database is up', 120_000);
    await fetchQueue.close();
    connection.disconnect();

    const queued = await palermo(sandbox, ['ingest', SEEDS]);
    expect(queued.code, queued.stderr).toBe(0);
    await eventually(async () => {
      const [row] = await query<{ n: number }>(url, `select count(*)::int as n from stage_runs where outcome = 'done'`);
      return row && row.n >= 3 ? true : undefined;
    }, 'the first stages to run', 120_000);
    await server.restart();
    expect(worker.exitCode, worker.output()).toBeNull();

    const documents = await eventually(async () => {
      if (worker!.exitCode !== null) throw new Error(`the worker died (exit ${worker!.exitCode}):\n${worker!.output().slice(-3000)}`);
      const rows = await query<{ status: string; last_error: string | null }>(url, 'select status, last_error from documents');
      return rows.length === 4 && rows.every((d) => d.status === 'done' || d.status === 'failed') ? rows : undefined;
    }, 'every document to finish', 200_000, 500);
    expect(documents.filter((d) => d.status !== 'done'), 'no document failed').toEqual([]);
    expect(worker.exitCode, worker.output()).toBeNull();
    expect(worker.output()).not.toMatch(/Emitted 'error' event|Connection terminated unexpectedly\s*\n\s*at /);

    worker.kill('SIGTERM');
    expect(await exited(worker), worker.output().slice(-3000)).toBe(0);
    const duplicates = await query(url, `select document_id, fact->>'kind', fact->>'span' from facts group by 1, 2, 3 having count(*) > 1`);
    expect(duplicates).toEqual([]);
  }, 600_000); // several CLI runs and a server restart: minutes on a loaded machine
});
