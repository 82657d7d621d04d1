import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiDeps } from '../api-deps.ts';
import { HealthResponse, ReadyResponse } from './health.schema.ts';

const CHECK_TIMEOUT_MS = 2_000;

/** Runs one probe with a deadline, so a hung dependency makes /ready answer 503, not hang. */
async function check(probe: () => Promise<unknown>): Promise<{ ok: boolean; error?: string; latencyMs: number }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS))),
    ]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error), latencyMs: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}

/** GET /health (the process answers) and GET /ready (Redis and the database answer too). */
export function healthRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/health', { schema: { summary: 'The process is up', tags: ['operations'], response: { 200: HealthResponse } } }, async () => ({ status: 'ok' as const }));

    app.get('/ready', {
      schema: { summary: 'Redis and the database answer', tags: ['operations'], response: { 200: ReadyResponse, 503: ReadyResponse } },
    }, async (_request, reply) => {
      const [redis, database] = await Promise.all([check(() => deps.redis.ping()), check(() => deps.storage.db.query('select 1'))]);
      const ready = redis.ok && database.ok;
      return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'unavailable', checks: { redis, database } });
    });
  };
}
