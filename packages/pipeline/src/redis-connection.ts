import { Redis, type RedisOptions } from 'ioredis';

/**
 * Workers wait for Redis forever (`maxRetriesPerRequest: null`, BullMQ's requirement for blocking
 * commands); producers inside request handlers fail fast instead of hanging a caller.
 */
export function createRedis(url: string, role: 'worker' | 'producer'): Redis {
  const options: RedisOptions =
    role === 'worker'
      ? { maxRetriesPerRequest: null, enableReadyCheck: true }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 5_000 };
  return new Redis(url, { ...options, lazyConnect: false, retryStrategy: (times) => Math.min(times * 200, 5_000) });
}
