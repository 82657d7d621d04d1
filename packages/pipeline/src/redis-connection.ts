import { Cluster, Redis, type ClusterNode, type RedisOptions } from 'ioredis';
import type { PalermoEnv } from './env.ts';

/** A connection to Redis: one server, or a Redis Cluster (BullMQ takes either). */
export type RedisConnection = Redis | Cluster;

/** The settings a connection is made from. */
export type RedisSettings = Pick<PalermoEnv, 'REDIS_URL' | 'REDIS_CLUSTER'>;

/** The seed nodes of a cluster: REDIS_URL, or several URLs separated by commas. */
export function clusterSeeds(redisUrl: string): { nodes: ClusterNode[]; username?: string; password?: string } {
  const urls = redisUrl.split(',').map((url) => url.trim()).filter(Boolean).map((url) => new URL(url));
  if (urls.length === 0) throw new Error('REDIS_URL names no node of the cluster');
  const first = urls[0]!;
  return {
    nodes: urls.map((url) => ({ host: url.hostname, port: Number(url.port || 6379) })),
    ...(first.username ? { username: decodeURIComponent(first.username) } : {}),
    ...(first.password ? { password: decodeURIComponent(first.password) } : {}),
  };
}

/**
 * Workers wait for Redis forever (`maxRetriesPerRequest: null`, BullMQ's requirement for blocking
 * commands); producers inside request handlers fail fast instead of hanging a caller. With
 * REDIS_CLUSTER the same options apply to every node of an ioredis Cluster seeded from REDIS_URL.
 */
export function createRedis(settings: RedisSettings, role: 'worker' | 'producer'): RedisConnection {
  const options: RedisOptions =
    role === 'worker'
      ? { maxRetriesPerRequest: null, enableReadyCheck: true }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 5_000 };
  const retryStrategy = (times: number): number => Math.min(times * 200, 5_000);
  if (!settings.REDIS_CLUSTER) return new Redis(settings.REDIS_URL, { ...options, lazyConnect: false, retryStrategy });
  const { nodes, username, password } = clusterSeeds(settings.REDIS_URL);
  return new Cluster(nodes, {
    redisOptions: { ...options, ...(username ? { username } : {}), ...(password ? { password } : {}) },
    enableOfflineQueue: role === 'worker',
    enableReadyCheck: true,
    clusterRetryStrategy: retryStrategy,
    lazyConnect: false,
  });
}
