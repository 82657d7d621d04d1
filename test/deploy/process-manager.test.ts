// The processes a manager starts are the ones infra/systemd describes: each worker group's exact
// ExecStart (node itself, no pnpm in between) receives SIGTERM mid-ingest, drains, and exits 0
// within the unit's TimeoutStopSec; restarted, the groups finish every document with nothing
// duplicated. Runs against PostgreSQL: several processes cannot share the embedded database.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, eventually, exited, palermo, queryPostgres, ROOT, SEEDS, startNode, type Sandbox } from '../support/harness.ts';

const SYSTEMD = join(ROOT, 'infra', 'systemd');
const unit = readFileSync(join(SYSTEMD, 'palermo-work@.service'), 'utf8');
const execStart = /^ExecStart=(.+)$/m.exec(unit)![1]!.split(/\s+/);
const timeoutStopMs = Number(/^TimeoutStopSec=(\d+)$/m.exec(unit)![1]) * 1000;
const groups = readdirSync(join(SYSTEMD, 'stages')).map((file) => /^PALERMO_STAGES="([^"]+)"$/m.exec(readFileSync(join(SYSTEMD, 'stages', file), 'utf8'))![1]!.split(' '));

/** Starts one worker group the way systemd would: the unit's command line, $PALERMO_STAGES split into words. */
function startGroup(sandbox: Sandbox, stages: string[]) {
  const args = execStart.flatMap((word) => (word === '$PALERMO_STAGES' ? stages : [word]));
  expect(args[0]).toBe('/usr/bin/node');
  return startNode(sandbox, args.slice(1));
}

describe('worker groups under a process manager', () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await createSandbox('postgres');
    sandbox.env.WORKER_CONCURRENCY = '1';
    sandbox.env.LOG_LEVEL = 'info';
  });

  afterAll(async () => {
    await sandbox?.cleanup();
  });

  it('stop on SIGTERM within the grace period, and lose or duplicate nothing', async () => {
    const queued = await palermo(sandbox, ['ingest', SEEDS]);
    expect(queued.code, queued.stderr).toBe(0);

    const first = groups.map((stages) => startGroup(sandbox, stages));
    await eventually(async () => {
      const [row] = await queryPostgres<{ n: number }>(sandbox, `select count(*)::int as n from stage_runs where outcome = 'done'`);
      return row && row.n >= 3 ? true : undefined;
    }, 'the first stage runs to finish');
    const signalled = Date.now();
    for (const child of first) child.kill('SIGTERM');
    const codes = await Promise.all(first.map((child) => exited(child)));
    expect(codes, first.map((c) => c.output()).join('\n')).toEqual(first.map(() => 0));
    expect(Date.now() - signalled).toBeLessThan(timeoutStopMs);
    for (const child of first) expect(child.output()).toMatch(/stopping: letting jobs in flight finish/);

    const second = groups.map((stages) => startGroup(sandbox, stages));
    await eventually(async () => {
      const rows = await queryPostgres<{ status: string }>(sandbox, 'select status from documents');
      return rows.length === 4 && rows.every((d) => d.status === 'done') ? true : undefined;
    }, 'every document to be done');
    // The first group may have finished every document while draining: the second is stopped
    // once running, not while node is still loading it (before palermo listens for signals).
    await eventually(async () => (second.every((child) => /workers started/.test(child.output())) ? true : undefined), 'the second groups to start');
    for (const child of second) child.kill('SIGTERM');
    expect(await Promise.all(second.map((child) => exited(child)))).toEqual(second.map(() => 0));

    const duplicates = await queryPostgres(sandbox, `select document_id, fact->>'kind', fact->>'span' from facts group by 1, 2, 3 having count(*) > 1`);
    expect(duplicates).toEqual([]);
    const indexed = await queryPostgres<{ n: number }>(sandbox, `select count(*)::int as n from stage_outputs where stage = 'index'`);
    expect(indexed[0]?.n).toBe(4);
  });
});
