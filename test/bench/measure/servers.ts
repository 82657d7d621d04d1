// The benchmark's own Redis and PostgreSQL, on free ports: nothing else shares them, and their CPU
// time is measured with the pipeline's (the "queues and storage" part of the cost).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { SandboxServers } from '../../support/harness.ts';
import { startPrivatePostgres, startPrivateRedis } from '../../support/servers.ts';

/** Servers for the bench's sandboxes, and the pids whose process trees carry their CPU time. */
export interface BenchServers extends SandboxServers {
  /** redis-server, and PostgreSQL's postmaster (its backends are its children). */
  pids(): Promise<number[]>;
  remove(): Promise<void>;
}

export async function startBenchServers(): Promise<BenchServers> {
  const [redis, postgres] = await Promise.all([startPrivateRedis(), startPrivatePostgres()]);
  const databaseUrl = await postgres.createDatabase('bench');
  const redisPid = async (): Promise<number> => {
    const client = new Redis(redis.url);
    try {
      return Number(/process_id:(\d+)/.exec(await client.info('server'))?.[1]);
    } finally {
      client.disconnect();
    }
  };
  const postmasterPid = (): number => Number(readFileSync(join(postgres.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  return {
    redisUrl: redis.url,
    databaseUrl,
    pids: async () => [await redisPid(), postmasterPid()],
    async remove() {
      await Promise.all([redis.remove(), postgres.remove()]);
    },
  };
}
