// One run across simulated hosts: the corpus ingested from host 1 (where Redis and PostgreSQL
// live), fetch and clean on host 2, segment, extract-figures and index on host 3 in two
// processes; one remote worker SIGKILLed and replaced, one host's link cut for a few seconds;
// then storage polled until every document settles and checked against a one-process run.
import type { FaultCorpus } from './fault-corpus.ts';
import { checkOutcome, runPalermo, snapshot, watchUntilSettled, type ComparableFact, type FaultOutcome, type Watched } from './fault-run.ts';
import type { Host } from './netns.ts';
import { WorkerFleet } from './worker-fleet.ts';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** How a run across hosts is made. */
export interface HostsRunOptions {
  hosts: readonly [Host, Host, Host];
  env: NodeJS.ProcessEnv;
  corpus: FaultCorpus;
  expectedFacts: Map<string, ComparableFact[]>;
  /** Where the servers listen, named in the report. */
  servers: string;
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

  let watched: Watched | undefined;
  let stalledOutput: string[] = [];
  try {
    watched = await watchUntilSettled(env.DATABASE_URL!, corpus.documents.length, {
      started,
      stallTimeoutMs: options.stallTimeoutMs,
      deadlineMs: options.deadlineMs,
      mayEnd: () => faultsDone === faults.length,
      onProgress: (share) => (progress = share),
      log: (line) => log(`${at()} ${line}`),
    });
  } finally {
    finished = true;
    await chaos;
    // A stalled run says what the workers last printed, before they are stopped.
    if (!watched?.isSettled) stalledOutput = [...fetchHost.outputTails(), ...extractHost.outputTails()];
    await Promise.all([fetchHost.stop(), extractHost.stop()]);
  }
  const seconds = (Date.now() - started) / 1000;
  return {
    ...(await checkOutcome(options, await snapshot(env.DATABASE_URL!), watched?.isSettled ?? false)),
    unexpectedExits: [...fetchHost.unexpectedExits, ...extractHost.unexpectedExits],
    kills: fetchHost.kills + extractHost.kills,
    redisRestarts: 0,
    postgresRestarts: 0,
    linkCuts,
    // One kill meets a job at most once: a document failed by it is a defect, not retried.
    retriedAfterWorkerDeaths: 0,
    servers: options.servers,
    seconds,
    ended: [watched?.ended ?? 'not started', ...stalledOutput].join('\n  '),
  };
}
