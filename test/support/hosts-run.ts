// One run across simulated hosts: the corpus ingested from host 1 (where Redis and PostgreSQL
// live), fetch and clean on host 2, segment, extract-figures and index on host 3 in two
// processes; one remote worker SIGKILLed and replaced, one host's link cut for a few seconds;
// then storage polled until every document settles and checked against a one-process run.
import type { FaultCorpus } from './fault-corpus.ts';
import { checkOutcome, runPalermo, settled, snapshot, type ComparableFact, type DocumentRow, type FaultOutcome, type IngestionRow } from './fault-run.ts';
import type { Host } from './netns.ts';
import { WorkerFleet } from './worker-fleet.ts';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** How a run across hosts is made. */
export interface HostsRunOptions {
  hosts: readonly [Host, Host, Host];
  env: NodeJS.ProcessEnv;
  corpus: FaultCorpus;
  expectedFacts: Map<string, ComparableFact[]>;
  /** The share of documents done when a host-2 worker is killed, and when host 3's link is cut. */
  killAt: number;
  cutAt: number;
  cutMs: number;
  stallTimeoutMs: number;
  deadlineMs: number;
  log?: (line: string) => void;
}

/** What the run ended with, and which faults really happened. */
export interface HostsOutcome extends FaultOutcome {
  linkCuts: number;
}

/** Runs the fleets on hosts 2 and 3, injects the faults at their points, and checks storage. */
export async function runAcrossHosts(options: HostsRunOptions): Promise<HostsOutcome> {
  const { env, corpus, hosts } = options;
  const [host1, host2, host3] = hosts;
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  const at = (): string => `t=${Math.round((Date.now() - started) / 1000)}s`;
  const fetchHost = new WorkerFleet(env, 1, { stages: ['fetch', 'clean'], prefix: host2.prefix });
  const extractHost = new WorkerFleet(env, 2, { stages: ['segment', 'extract-figures', 'index'], prefix: host3.prefix });
  let progress = 0;
  let finished = false;
  let linkCuts = 0;

  // The ingest creates the schema if the database is new; workers start once it has.
  log(`${at()} ${(await runPalermo(env, ['ingest', corpus.documentsDir], 300_000, host1.prefix)).trim()} (from ${host1.name})`);
  fetchHost.start();
  extractHost.start();

  const faults = [
    { at: options.killAt, run: async () => log(`${at()} SIGKILLed worker ${await fetchHost.killOne(0)} on ${host2.name}; a new one starts`) },
    {
      at: options.cutAt,
      run: async () => {
        await host3.link('down');
        log(`${at()} ${host3.name}'s link down`);
        try {
          await sleep(options.cutMs);
        } finally {
          await host3.link('up');
        }
        linkCuts++;
        log(`${at()} ${host3.name}'s link up after ${options.cutMs} ms`);
      },
    },
  ].sort((a, b) => a.at - b.at);
  let faultsDone = 0;
  const chaos = (async () => {
    for (const fault of faults) {
      while (progress < fault.at && !finished) await sleep(200);
      if (finished) return;
      await fault.run();
      faultsDone++;
    }
  })();

  let state = { ingestions: [] as IngestionRow[], documents: [] as DocumentRow[] };
  let lastSignature = '';
  let lastMove = Date.now();
  let lastLogged = 0;
  let isSettled = false;
  let ended = 'settled';
  try {
    for (;;) {
      try {
        state = await snapshot(env.DATABASE_URL!);
      } catch {
        // The test's own link to host 1 is never cut; a failed look is tried again.
      }
      const signature = state.documents.map((d) => `${d.stage}/${d.status}`).sort().join(',') + state.ingestions.map((i) => i.status).join(',');
      if (signature !== lastSignature) {
        lastSignature = signature;
        lastMove = Date.now();
        const done = state.documents.filter((d) => d.status === 'done').length;
        progress = done / corpus.documents.length;
        if (Date.now() - lastLogged > 5_000) {
          lastLogged = Date.now();
          log(`${at()} ${done}/${corpus.documents.length} done`);
        }
      }
      isSettled = settled(state, corpus.documents.length);
      if (isSettled && faultsDone === faults.length) break;
      if (Date.now() - lastMove > options.stallTimeoutMs) {
        ended = `nothing moved in storage for ${options.stallTimeoutMs / 1000} s`;
        break;
      }
      if (Date.now() - started > options.deadlineMs) {
        ended = `deadline of ${options.deadlineMs / 1000} s reached while documents were still moving`;
        break;
      }
      await sleep(1_000);
    }
  } finally {
    finished = true;
    await chaos;
    await Promise.all([fetchHost.stop(), extractHost.stop()]);
  }
  const seconds = (Date.now() - started) / 1000;
  state = await snapshot(env.DATABASE_URL!);
  return {
    ...(await checkOutcome(options, state, isSettled)),
    unexpectedExits: [...fetchHost.unexpectedExits, ...extractHost.unexpectedExits],
    kills: fetchHost.kills + extractHost.kills,
    redisRestarts: 0,
    postgresRestarts: 0,
    linkCuts,
    seconds,
    ended,
  };
}
