// The fault test at soak size (run by infra/scripts/soak.sh): 1,000+ documents through several
// `palermo work` processes on a private Redis and PostgreSQL, one worker SIGKILLed every 10-20 s,
// Redis and PostgreSQL crashed and restarted once each, then the same files into a fresh
// database against the Redis that holds the first run's jobs. Prints the figures of each phase
// and exits non-zero if any document is stuck, failed, duplicated or has facts unlike a clean run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFaultCorpus } from '../support/fault-corpus.ts';
import { cleanRunFacts, describeOutcome, faultEnv, runFaultPhase, timedSchedule, type FaultOutcome } from '../support/fault-run.ts';
import { startPrivatePostgres, startPrivateRedis } from '../support/servers.ts';

const number = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number, not ${process.env[name]}`);
  return value;
};

const DOCUMENTS = number('SOAK_DOCUMENTS', 1_000);
const WORKERS = number('SOAK_WORKERS', 3);
const SEED = number('SOAK_SEED', 8);
const KILLS = number('SOAK_KILLS', 30);
const GAP_LOW_MS = number('SOAK_KILL_GAP_MIN_MS', 10_000);
const GAP_HIGH_MS = number('SOAK_KILL_GAP_MAX_MS', 20_000);
const DEADLINE_MS = number('SOAK_DEADLINE_MS', 45 * 60_000);
const PHASES = number('SOAK_PHASES', 2);
const verbose = process.env.SOAK_QUIET === undefined;

/** Whether a phase ended as issue 8 requires: every document done once with the clean run's facts. */
function clean(outcome: FaultOutcome): boolean {
  return outcome.settled && outcome.stuck.length === 0 && outcome.failed.length === 0 && outcome.done === outcome.expected && outcome.documents === outcome.expected
    && outcome.duplicateFacts === 0 && outcome.duplicateDocuments === 0 && outcome.factMismatches.length === 0 && outcome.unexpectedExits.length === 0;
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'palermo-soak-'));
  const [redis, postgres] = await Promise.all([startPrivateRedis(), startPrivatePostgres()]);
  const log = (line: string): void => {
    if (verbose) console.log(line);
  };
  try {
    const corpus = await writeFaultCorpus(dir, DOCUMENTS);
    const prefix = `soak${Date.now().toString(36)}`;
    const env = (database: string, queuePrefix = prefix) => postgres.createDatabase(database).then((databaseUrl) => faultEnv({ redis, databaseUrl, queuePrefix, fileRoot: dir, dataDir: join(dir, 'data') }));
    console.log(`soak: ${DOCUMENTS} documents from ${corpus.templates.length} templates, ${WORKERS} workers, seed ${SEED}, up to ${KILLS} kills every ${GAP_LOW_MS / 1000}-${GAP_HIGH_MS / 1000} s`);
    const expectedFacts = await cleanRunFacts(await env('clean', `${prefix}clean`), corpus);
    const base = { redis, postgres, corpus, expectedFacts, workers: WORKERS, stallTimeoutMs: 300_000, deadlineMs: DEADLINE_MS, log };
    const gaps = [GAP_LOW_MS, GAP_HIGH_MS] as const;

    const first = await runFaultPhase({ ...base, env: await env('first'), schedule: timedSchedule(SEED, KILLS, gaps, 3, 6) });
    console.log(`\nphase 1 (kills, Redis and PostgreSQL restarts):\n${describeOutcome(first)}`);
    let ok = clean(first);
    if (PHASES >= 2) {
      const second = await runFaultPhase({ ...base, env: await env('second'), schedule: timedSchedule(SEED + 1, Math.ceil(KILLS / 3), gaps) });
      console.log(`\nphase 2 (fresh store, Redis holding the first run's jobs):\n${describeOutcome(second)}`);
      ok &&= clean(second);
    }
    console.log(ok ? '\nsoak: every document done exactly once' : '\nsoak: FAILED (see above)');
    return ok ? 0 : 1;
  } finally {
    await redis.remove();
    await postgres.remove();
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
