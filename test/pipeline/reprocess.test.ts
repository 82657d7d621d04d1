// When a stage's code changes (its version), `palermo reprocess` brings stored documents up to
// date without fetching them: each stage skips what it already did at its current version, so
// here (extract-figures' output made "older" than its current version) fetch, clean and segment
// skip, extract-figures and index run again, the facts are replaced rather than added to, and
// history shows both runs. `palermo status` counts the documents behind.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, palermo, queryPostgres, SEEDS, type Sandbox } from '../support/harness.ts';

const SEED = join(SEEDS, '000_644ba19c34dcf5cf.txt');
const OTHER = join(SEEDS, '002_6dceaf7ad839cf46.txt');

describe('palermo reprocess', () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await createSandbox('postgres');
  });

  afterAll(async () => {
    await sandbox?.cleanup();
  });

  it('reruns only the stages behind their version, replacing the facts', async () => {
    const ingest = await palermo(sandbox, ['ingest', SEED, '--wait']);
    expect(ingest.code, ingest.stdout + ingest.stderr).toBe(0);
    const facts = () => queryPostgres<{ id: number; fact: unknown }>(sandbox, 'select id, fact from facts order by document_id, ordinal');
    const before = await facts();
    expect(before.length).toBeGreaterThan(5);

    // As if extract-figures' version had been bumped since the document went through.
    await queryPostgres(sandbox, `update stage_outputs set stage_version = 0 where stage = 'extract-figures'`);
    expect((await palermo(sandbox, ['status'])).stdout).toMatch(/1 done document is behind the current stage versions \(.*\): palermo reprocess --all/);

    const reprocess = await palermo(sandbox, ['reprocess', '--all', '--wait']);
    expect(reprocess.code, reprocess.stdout + reprocess.stderr).toBe(0);
    expect(reprocess.stdout).toContain('reprocessing 1 document from fetch');
    expect(reprocess.stdout).toContain('1 done, 0 failed');

    const history = JSON.parse((await palermo(sandbox, ['history', SEED, '--json'])).stdout) as { runs: Array<{ stage: string; outcome: string }> };
    const outcomes = (stage: string) => history.runs.filter((run) => run.stage === stage).map((run) => run.outcome);
    expect(outcomes('fetch')).toEqual(['done', 'skipped']);
    expect(outcomes('clean')).toEqual(['done', 'skipped']);
    expect(outcomes('segment')).toEqual(['done', 'skipped']);
    expect(outcomes('extract-figures')).toEqual(['done', 'done']);
    expect(outcomes('index')).toEqual(['done', 'done']);

    const after = await facts();
    expect(after.map((row) => row.fact), 'the same facts, once each').toEqual(before.map((row) => row.fact));
    expect(Math.min(...after.map((row) => row.id)), 'replaced, not kept').toBeGreaterThan(Math.max(...before.map((row) => row.id)));
    expect((await palermo(sandbox, ['status'])).stdout).toContain('0 done documents are behind the current stage versions');
    const [blobs] = await queryPostgres<{ n: number }>(sandbox, 'select count(*)::int as n from ingestions where content_sha256 is null');
    expect(blobs?.n, 'the source was read once, by the first ingest').toBe(1);
  }, 600_000); // five CLI runs: minutes on a loaded machine

  // After the test above: the first seed has two runs of every stage.
  it('reruns from the stage given (--from), for the document named (--document) only', async () => {
    const ingest = await palermo(sandbox, ['ingest', OTHER, '--wait']);
    expect(ingest.code, ingest.stdout + ingest.stderr).toBe(0);
    await queryPostgres(sandbox, `update stage_outputs set stage_version = 0 where stage = 'index'`); // as if index's version had been bumped
    expect((await palermo(sandbox, ['status'])).stdout).toMatch(/2 done documents are behind the current stage versions/);
    const [named] = await queryPostgres<{ id: string }>(sandbox, `select id from documents where source like '%000_644ba19c34dcf5cf.txt'`);

    const reprocess = await palermo(sandbox, ['reprocess', '--from', 'index', '--document', named!.id.slice(0, 12), '--wait']);
    expect(reprocess.code, reprocess.stdout + reprocess.stderr).toBe(0);
    expect(reprocess.stdout).toContain('reprocessing 1 document from index');

    const runs = async (source: string) => (JSON.parse((await palermo(sandbox, ['history', source, '--json'])).stdout) as { runs: Array<{ stage: string; outcome: string }> }).runs;
    const namedRuns = await runs(SEED);
    expect(namedRuns.filter((run) => run.stage === 'index').map((run) => run.outcome), 'index ran again').toEqual(['done', 'done', 'done']);
    for (const stage of ['fetch', 'clean', 'segment', 'extract-figures']) expect(namedRuns.filter((run) => run.stage === stage), `${stage}, before --from`).toHaveLength(2);
    expect((await runs(OTHER)).map((run) => run.outcome), 'the document not named is left alone').toEqual(['done', 'done', 'done', 'done', 'done']);
    expect((await palermo(sandbox, ['status'])).stdout).toMatch(/1 done document is behind the current stage versions/);
  }, 600_000);
});
