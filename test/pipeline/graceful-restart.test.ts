// A worker process stopped with SIGTERM in the middle of an ingest closes gracefully; started
// again, it finishes every document, and nothing is duplicated. Runs against PostgreSQL because
// an ingest and a separate worker process cannot share the embedded database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, eventually, exited, palermo, queryPostgres, SEEDS, startPalermo, type Sandbox } from '../support/harness.ts';

describe('stopping a worker mid-ingest', () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await createSandbox('postgres');
    sandbox.env.WORKER_CONCURRENCY = '1';
    sandbox.env.LOG_LEVEL = 'info';
  });

  afterAll(async () => {
    await sandbox?.cleanup();
  });

  it('loses nothing and duplicates nothing', async () => {
    const queued = await palermo(sandbox, ['ingest', SEEDS]);
    expect(queued.code, queued.stderr).toBe(0);
    expect(queued.stdout).toContain('queued 4 sources');

    const first = startPalermo(sandbox, ['work']);
    await eventually(async () => {
      const [row] = await queryPostgres<{ n: number }>(sandbox, `select count(*)::int as n from stage_runs where outcome = 'done'`);
      return row && row.n >= 3 ? true : undefined;
    }, 'the first stage runs to finish');
    first.kill('SIGTERM');
    expect(await exited(first), first.output()).toBe(0);
    expect(first.output()).toMatch(/stopping: letting jobs in flight finish/);
    const midway = await queryPostgres<{ status: string }>(sandbox, 'select status from documents');
    expect(midway.filter((d) => d.status === 'done').length, 'the signal came mid-ingest').toBeLessThan(4);
    expect(midway.filter((d) => d.status === 'failed')).toHaveLength(0);

    const second = startPalermo(sandbox, ['work']);
    await eventually(async () => {
      const rows = await queryPostgres<{ status: string }>(sandbox, 'select status from documents');
      return rows.length === 4 && rows.every((d) => d.status === 'done') ? true : undefined;
    }, 'every document to be done');
    second.kill('SIGTERM');
    expect(await exited(second), second.output()).toBe(0);

    const ingestions = await queryPostgres<{ status: string }>(sandbox, 'select status from ingestions');
    expect(ingestions.map((i) => i.status)).toEqual(['done', 'done', 'done', 'done']);
    const duplicates = await queryPostgres(sandbox, `select document_id, fact->>'kind', fact->>'span' from facts group by 1, 2, 3 having count(*) > 1`);
    expect(duplicates).toEqual([]);
    const perDocument = await queryPostgres<{ n: number }>(sandbox, `select count(*)::int as n from stage_outputs where stage = 'index'`);
    expect(perDocument[0]?.n).toBe(4);
    const paragraphs = await queryPostgres<{ n: number; distinct_n: number }>(sandbox, 'select count(*)::int as n, count(distinct (document_id, idx))::int as distinct_n from paragraphs');
    expect(paragraphs[0]?.n).toBe(paragraphs[0]?.distinct_n);
  });
});
