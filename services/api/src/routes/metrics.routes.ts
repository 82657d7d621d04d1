import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiDeps } from '../api-deps.ts';
import { readAccess } from '../auth/require-auth.ts';
import { createPipelineMetrics } from '../metrics/pipeline-metrics.ts';

/** GET /metrics in Prometheus' text format. */
export function metricsRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  const registry = createPipelineMetrics(deps);
  return async (app) => {
    app.get('/metrics', {
      onRequest: readAccess(deps.config),
      schema: { summary: 'Prometheus metrics: queues, stage timings and failures, documents, facts', tags: ['operations'] },
    }, async (_request, reply) => reply.type(registry.contentType).send(await registry.metrics()));
  };
}
