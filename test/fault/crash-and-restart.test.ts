// Operators must trust that every document ends done whatever happens to the processes around
// it. Three `palermo work` processes on a PostgreSQL and a Redis (append-only) of the test's own
// are SIGKILLed at seeded-random moments and replaced, Redis and PostgreSQL are each crashed and
// restarted once, and every document must still end done exactly once with the facts of a
// clean run. Then the same files go into a fresh database against the Redis that still holds
// the first run's jobs, and the outcome must be the same. Bounded: 240 documents; each phase gives up
// after 15 minutes (a loaded machine), or after 150 s with nothing moving in storage.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFaultCorpus, type FaultCorpus } from '../support/fault-corpus.ts';
import { cleanRunFacts, faultEnv, progressSchedule, runFaultPhase, type FaultRunOptions } from '../support/fault-run.ts';
import { expectEveryDocumentDoneOnce } from '../support/fault-assertions.ts';
import { startPrivatePostgres, startPrivateRedis, type PrivatePostgres, type PrivateRedis } from '../support/servers.ts';

const DOCUMENTS = Number(process.env.FAULT_DOCUMENTS ?? 240);
const SEED = Number(process.env.FAULT_SEED ?? 20_260_601);
const log = process.env.FAULT_VERBOSE ? (line: string) => console.log(line) : undefined;

describe('crashes and restarts lose nothing and duplicate nothing', () => {
  let dir: string;
  let redis: PrivateRedis;
  let postgres: PrivatePostgres;
  let corpus: FaultCorpus;
  let base: Omit<FaultRunOptions, 'env' | 'schedule'>;
  const queuePrefix = `fault${Date.now().toString(36)}`;
  let firstRunDone = false;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'palermo-fault-'));
    [redis, postgres] = await Promise.all([startPrivateRedis(), startPrivatePostgres()]);
    corpus = await writeFaultCorpus(dir, DOCUMENTS);
    const clean = faultEnv({ redis, databaseUrl: await postgres.createDatabase('clean'), queuePrefix: `${queuePrefix}clean`, fileRoot: dir, dataDir: join(dir, 'data') });
    base = {
      redis,
      postgres,
      corpus,
      expectedFacts: await cleanRunFacts(clean, corpus),
      workers: 3,
      stallTimeoutMs: 150_000,
      deadlineMs: 900_000,
      ...(log ? { log } : {}),
    };
  }, 300_000);

  afterAll(async () => {
    await redis?.remove();
    await postgres?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  // It found the last hole: a fetch job BullMQ fails for stalling after another fetch job of the
  // same ingestion finished it marked the ingestion failed while its document was done; a late
  // failure no longer undoes a done ingestion (IngestionsRepository.markFailed).
  it('ends every document done exactly once, with the facts of a clean run', async () => {
    const env = faultEnv({ redis, databaseUrl: await postgres.createDatabase('first'), queuePrefix, fileRoot: dir, dataDir: join(dir, 'data') });
    const outcome = await runFaultPhase({ ...base, env, schedule: progressSchedule(SEED, 6) });
    expect(outcome.redisRestarts).toBe(1);
    expect(outcome.postgresRestarts).toBe(1);
    expectEveryDocumentDoneOnce(outcome, log);
    firstRunDone = true;
  }, 960_000);

  it('does the same into a fresh store against the Redis that holds the first run\'s jobs', async () => {
    if (!firstRunDone) {
      // The first test did not run (skipped or filtered): a run without faults leaves the old jobs.
      const first = faultEnv({ redis, databaseUrl: await postgres.createDatabase('plain'), queuePrefix, fileRoot: dir, dataDir: join(dir, 'data') });
      expectEveryDocumentDoneOnce(await runFaultPhase({ ...base, env: first, schedule: [] }), log);
    }
    const env = faultEnv({ redis, databaseUrl: await postgres.createDatabase('second'), queuePrefix, fileRoot: dir, dataDir: join(dir, 'data') });
    const outcome = await runFaultPhase({ ...base, env, schedule: progressSchedule(SEED + 1, 3, false) });
    expectEveryDocumentDoneOnce(outcome, log);
  }, 1_900_000);
});
