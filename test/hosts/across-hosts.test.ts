// Operators run the stages on several machines. Three hosts on one machine (network namespaces
// joined by veth pairs to a bridge): Redis and PostgreSQL on host 1, which also ingests; fetch
// and clean on host 2; segment, extract-figures and index on host 3 in two processes. A host-2
// worker is SIGKILLed and replaced, host 3's link is cut for a few seconds, and every document
// must still end done exactly once with the facts of a one-process run. Then the same against a
// Redis Cluster of three masters with a hash-tagged queue prefix. Needs root and `ip netns`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFaultCorpus, type FaultCorpus } from '../support/fault-corpus.ts';
import { cleanRunFacts, describeOutcome, faultEnv, type ComparableFact } from '../support/fault-run.ts';
import { expectEveryDocumentDoneOnce } from '../support/fault-assertions.ts';
import { runAcrossHosts, type HostsOutcome } from '../support/hosts-run.ts';
import { createHosts, hostsUnavailable, type Host, type HostNetwork } from '../support/netns.ts';
import { startPrivateRedisCluster, type PrivateRedisCluster } from '../support/redis-cluster.ts';
import { startPrivatePostgres, startPrivateRedis, type PrivatePostgres, type PrivateRedis } from '../support/servers.ts';

const DOCUMENTS = Number(process.env.HOSTS_DOCUMENTS ?? 200);
const log = process.env.HOSTS_VERBOSE ? (line: string) => console.log(line) : undefined;
const unavailable = hostsUnavailable();
if (unavailable) console.warn(`skipping test/hosts: ${unavailable}`);

/** Every document done once, with the one-process run's facts, after exactly the faults injected. */
function expectEveryDocumentDoneOnceAcrossHosts(outcome: HostsOutcome): void {
  expectEveryDocumentDoneOnce(outcome, log);
  expect(outcome.kills, describeOutcome(outcome)).toBe(1);
  expect(outcome.linkCuts, describeOutcome(outcome)).toBe(1);
}

/** The servers on host 1 a suite runs against: one Redis, or a cluster. */
type RedisKind = 'single' | 'cluster';

describe.skipIf(unavailable !== null).each<RedisKind>(['single', 'cluster'])('across three hosts, Redis %s', (kind) => {
  let dir: string;
  let network: HostNetwork;
  let redis: PrivateRedis | undefined;
  let cluster: PrivateRedisCluster | undefined;
  let postgres: PrivatePostgres;
  let corpus: FaultCorpus;
  let expectedFacts: Map<string, ComparableFact[]>;
  let envFor: (database: string, queuePrefix: string) => Promise<NodeJS.ProcessEnv>;
  const run = Date.now().toString(36);
  // With a cluster the prefix carries a hash tag: each queue's keys on one slot.
  const prefixOf = (name: string): string => (kind === 'cluster' ? `{hosts${run}${name}}` : `hosts${run}${name}`);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'palermo-hosts-'));
    network = await createHosts(3);
    const host1 = network.hosts[0]!;
    const place = { host: host1.address, prefix: host1.prefix };
    if (kind === 'cluster') cluster = await startPrivateRedisCluster(place, 3);
    else redis = await startPrivateRedis(place);
    postgres = await startPrivatePostgres(place);
    const redisUrl = cluster?.url ?? redis!.url;
    envFor = async (database, queuePrefix) => ({
      ...faultEnv({ redis: (redis ?? cluster!.nodes[0])!, databaseUrl: await postgres.createDatabase(database), queuePrefix, fileRoot: dir, dataDir: join(dir, 'data') }),
      REDIS_URL: redisUrl,
      REDIS_CLUSTER: kind === 'cluster' ? 'true' : 'false',
      // A lock outlives a cut link of a few seconds; a killed worker's jobs are picked up within 15 s.
      JOB_LOCK_MS: '15000',
    });
    corpus = await writeFaultCorpus(dir, DOCUMENTS);
    // The reference: one process on host 1, nothing killed, a database of its own.
    expectedFacts = await cleanRunFacts(await envFor('reference', prefixOf('ref')), corpus, host1.prefix);
  }, 300_000);

  afterAll(async () => {
    // Servers first (they are stopped through their namespace), then the namespaces and links.
    await redis?.remove();
    await cluster?.remove();
    await postgres?.remove();
    await network?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('ends every document done exactly once, with the facts of a one-process run', async () => {
    const outcome = await runAcrossHosts({
      hosts: network.hosts as [Host, Host, Host],
      env: await envFor('hosts', prefixOf('')),
      corpus,
      expectedFacts,
      servers: `Redis ${cluster ? `Cluster on ${cluster.url}` : `on ${redis!.url}`}, PostgreSQL on ${network.hosts[0]!.address}:${postgres.port} (${network.hosts[0]!.name})`,
      killAt: 0.1,
      cutAt: 0.4,
      cutMs: 4_000,
      // Generous: on a loaded machine a worker process needs a minute or two to start.
      stallTimeoutMs: 240_000,
      deadlineMs: 600_000,
      ...(log ? { log } : {}),
    });
    expectEveryDocumentDoneOnceAcrossHosts(outcome);
  }, 660_000);
});
