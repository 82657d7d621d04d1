// Ctrl-C during `palermo ingest --wait` or `palermo sources run --wait`: each used to die of the
// signal, mid-job, with no word of what was left. Each now stops waiting, lets what it runs finish
// its jobs in flight, says how far the documents got, and exits 130; what was still queued stays
// queued, and a worker started afterwards finishes it: nothing lost, nothing done twice.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox, eventually, exited, queryPostgres, SEEDS, startPalermo, type Sandbox } from '../support/harness.ts';

const COPIES = 8; // of each seed, byte-distinct: 32 documents, far more than one can read before the signal
const DOCUMENTS = 4 * COPIES;

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.cleanup();
  sandbox = undefined;
});

/** A sandbox on PostgreSQL running one job at a time, and a folder of byte-distinct copies of the seeds in it. */
async function sandboxWithReports(): Promise<{ sandbox: Sandbox; folder: string }> {
  const created = await createSandbox('postgres');
  created.env.WORKER_CONCURRENCY = '1';
  const folder = join(created.dir, 'reports');
  mkdirSync(folder);
  for (const seed of readdirSync(SEEDS).filter((name) => name.endsWith('.txt'))) {
    const text = readFileSync(join(SEEDS, seed), 'utf8');
    for (let copy = 0; copy < COPIES; copy++) writeFileSync(join(folder, `${copy}-${seed}`), `${text}\n\n<!-- copy ${copy} -->\n`);
  }
  return { sandbox: created, folder };
}

/** Interrupts `palermo <args>` once a first document is done; checks its exit and its summary. */
async function interruptAfterFirstDocument(args: string[]): Promise<void> {
  const command = startPalermo(sandbox!, args);
  await eventually(async () => (/ done\n/.test(command.output()) ? true : undefined), 'a first document to be done', 60_000);
  command.kill('SIGINT');
  expect(await exited(command), command.output().slice(-3000)).toBe(130);
  const summary = /stopped \(SIGINT\): (\d+) done, (\d+) failed, (\d+) not finished/.exec(command.output());
  expect(summary, command.output().slice(-3000)).not.toBeNull();
  const [done, failed, left] = summary!.slice(1).map(Number) as [number, number, number];
  expect(done).toBeGreaterThan(0);
  expect(failed).toBe(0);
  expect(left).toBeGreaterThan(0);
  expect(done + left).toBe(DOCUMENTS);
}

/** Runs `palermo work` until every document is done; checks nothing was lost or done twice. */
async function workerFinishesTheRest(): Promise<void> {
  const worker = startPalermo(sandbox!, ['work']);
  await eventually(async () => {
    const rows = await queryPostgres<{ status: string }>(sandbox!, 'select status from documents');
    return rows.length === DOCUMENTS && rows.every((d) => d.status === 'done') ? true : undefined;
  }, 'every document to be done', 120_000);
  worker.kill('SIGTERM');
  expect(await exited(worker), worker.output().slice(-3000)).toBe(0);
  const duplicates = await queryPostgres(sandbox!, `select document_id, fact->>'kind', fact->>'span' from facts group by 1, 2, 3 having count(*) > 1`);
  expect(duplicates).toEqual([]);
  const indexed = await queryPostgres<{ n: number }>(sandbox!, `select count(*)::int as n from stage_outputs where stage = 'index'`);
  expect(indexed[0]?.n).toBe(DOCUMENTS);
}

describe('a wait interrupted with Ctrl-C', () => {
  it('ingest --wait stops, says what is left, exits 130, and a worker finishes the rest', async () => {
    const { sandbox: created, folder } = await sandboxWithReports();
    sandbox = created;
    await interruptAfterFirstDocument(['ingest', folder, '--wait']);
    await workerFinishesTheRest();
  });

  it('sources run --wait does the same for the documents its scan queued', async () => {
    const { sandbox: created, folder } = await sandboxWithReports();
    sandbox = created;
    const sourcesFile = join(created.dir, 'sources.yaml');
    writeFileSync(sourcesFile, ['sources:', '  - name: reports', '    every: 1h', `    folder: ${folder}`].join('\n'));
    created.env.SOURCES_FILE = sourcesFile;
    await interruptAfterFirstDocument(['sources', 'run', 'reports', '--wait']);
    await workerFinishesTheRest();
  });
});
