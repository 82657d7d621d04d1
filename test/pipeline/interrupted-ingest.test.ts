// Ctrl-C during `palermo ingest --wait`: it used to die of the signal, mid-job, with no word of
// what was left. It now stops waiting, lets the stages it runs finish their jobs in flight, says
// how far the documents got, and exits 130; what was still queued stays queued, and a worker
// started afterwards finishes it: nothing lost, nothing done twice.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, eventually, exited, queryPostgres, SEEDS, startPalermo, type Sandbox } from '../support/harness.ts';

const COPIES = 8; // of each seed, byte-distinct: 32 documents, far more than one can read before the signal

describe('an ingest --wait interrupted with Ctrl-C', () => {
  let sandbox: Sandbox;
  let folder: string;

  beforeAll(async () => {
    sandbox = await createSandbox('postgres');
    sandbox.env.WORKER_CONCURRENCY = '1';
    folder = join(sandbox.dir, 'reports');
    mkdirSync(folder);
    for (const seed of readdirSync(SEEDS).filter((name) => name.endsWith('.txt'))) {
      const text = readFileSync(join(SEEDS, seed), 'utf8');
      for (let copy = 0; copy < COPIES; copy++) writeFileSync(join(folder, `${copy}-${seed}`), `${text}\n\n<!-- copy ${copy} -->\n`);
    }
  });

  afterAll(async () => {
    await sandbox?.cleanup();
  });

  it('stops, says what is left, exits 130, and a worker finishes the rest', async () => {
    const ingest = startPalermo(sandbox, ['ingest', folder, '--wait']);
    await eventually(async () => (/ done\n/.test(ingest.output()) ? true : undefined), 'a first document to be done', 60_000);
    ingest.kill('SIGINT');
    expect(await exited(ingest), ingest.output().slice(-3000)).toBe(130);
    const summary = /stopped \(SIGINT\): (\d+) done, (\d+) failed, (\d+) not finished/.exec(ingest.output());
    expect(summary, ingest.output().slice(-3000)).not.toBeNull();
    const [done, failed, left] = summary!.slice(1).map(Number) as [number, number, number];
    expect(done).toBeGreaterThan(0);
    expect(failed).toBe(0);
    expect(left).toBeGreaterThan(0);
    expect(done + left).toBe(4 * COPIES);

    const worker = startPalermo(sandbox, ['work']);
    await eventually(async () => {
      const rows = await queryPostgres<{ status: string }>(sandbox, 'select status from documents');
      return rows.length === 4 * COPIES && rows.every((d) => d.status === 'done') ? true : undefined;
    }, 'every document to be done', 120_000);
    worker.kill('SIGTERM');
    expect(await exited(worker), worker.output().slice(-3000)).toBe(0);

    const duplicates = await queryPostgres(sandbox, `select document_id, fact->>'kind', fact->>'span' from facts group by 1, 2, 3 having count(*) > 1`);
    expect(duplicates).toEqual([]);
    const indexed = await queryPostgres<{ n: number }>(sandbox, `select count(*)::int as n from stage_outputs where stage = 'index'`);
    expect(indexed[0]?.n).toBe(4 * COPIES);
  });
});
