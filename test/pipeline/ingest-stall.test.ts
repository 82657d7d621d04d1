// `palermo ingest --wait` never waits for ever in silence: when nothing moves for
// INGEST_STALL_TIMEOUT_MS it names the documents and stages that are stuck, says why (here the
// clean queue is paused), and exits non-zero.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, palermo, SEEDS, type Sandbox } from '../support/harness.ts';

describe('an ingest that stops moving', () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await createSandbox('pglite');
    sandbox.env.INGEST_STALL_TIMEOUT_MS = '4000';
  });

  afterAll(async () => {
    await sandbox?.cleanup();
  });

  it('names the stuck document, its stage and why, and exits non-zero', async () => {
    const paused = await palermo(sandbox, ['pause', 'clean']);
    expect(paused.code, paused.stderr).toBe(0);
    const seed = '003_fe48b1f1ca8da9ce.txt';
    const ingest = await palermo(sandbox, ['ingest', join(SEEDS, seed), '--wait']);
    expect(ingest.code).not.toBe(0);
    expect(ingest.stderr).toMatch(/no progress for \d+ s \(INGEST_STALL_TIMEOUT_MS\); not moving:/);
    expect(ingest.stderr).toMatch(new RegExp(`${seed}\\s+clean queued: the clean queue is paused \\(palermo resume clean\\); its job \\S+ is waiting`));
    expect(ingest.stdout).toContain('0 done, 0 failed, 1 not moving');
  });
});
