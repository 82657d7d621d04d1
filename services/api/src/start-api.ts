import { once } from 'node:events';
import type { FastifyInstance } from 'fastify';
import { createRedis, defaultJobOptions, QueueSet, type Logger, type PalermoEnv } from '@palermo/pipeline';
import type { Storage } from '@palermo/storage';
import { apiConfigFrom } from './api-config.ts';
import { createApiServer } from './server.ts';

/** A listening API and how to stop it. */
export interface RunningApi {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

const REDIS_READY_WAIT_MS = 5_000;

/**
 * Starts the API on API_HOST:API_PORT over an open storage. Its queue connection is a producer's:
 * a request fails fast when Redis is gone instead of hanging its caller.
 */
export async function startApi(options: { env: PalermoEnv; log: Logger; storage: Storage }): Promise<RunningApi> {
  const { env, log, storage } = options;
  const config = apiConfigFrom(env);
  const redis = createRedis(env, 'producer');
  redis.on('error', (error) => log.warn({ err: error }, 'api redis connection error'));
  // Without an offline queue, commands sent before the connection is up would fail: wait a little.
  await Promise.race([once(redis, 'ready'), new Promise((resolve) => setTimeout(resolve, REDIS_READY_WAIT_MS).unref())]);
  const queues = new QueueSet(redis, env.QUEUE_PREFIX, defaultJobOptions({ attempts: env.JOB_ATTEMPTS, backoffMs: env.JOB_BACKOFF_MS }));
  const app = await createApiServer({ storage, queues, redis, config, log });
  const url = await app.listen({ host: config.host, port: config.port });
  log.info({ url, readOpen: config.readOpen, auth: config.token !== null || config.adminUser !== null }, 'api listening');
  return {
    app,
    url,
    async close() {
      await app.close();
      await queues.close();
      redis.disconnect();
    },
  };
}
