import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { STAGE_VERSIONS, STAGES } from '@palermo/contracts';
import type { ApiDeps } from '../api-deps.ts';
import { readAccess } from '../auth/require-auth.ts';
import { errorResponses } from '../errors/error.schema.ts';
import { StatusResponse } from './status.schema.ts';

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'paused'] as const;

/**
 * GET /status: each queue's counts, each stage's figures, the jobs refused before they named a
 * document (whose reason nothing else shows) and how many documents are behind the current versions.
 */
export function statusRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', readAccess(deps.config));
    app.get('/status', {
      schema: { summary: 'Queues, stages, refused jobs and documents behind the current versions', tags: ['operations'], response: { 200: StatusResponse, ...errorResponses } },
    }, async () => {
      const [queues, stages, rejected, behind] = await Promise.all([
        Promise.all(STAGES.map(async (stage) => ({ stage, counts: await deps.queues.queues[stage].getJobCounts(...QUEUE_STATES) }))),
        deps.storage.runs.figures(),
        deps.storage.rejectedJobs.list(),
        deps.storage.outputs.countBehind(STAGE_VERSIONS),
      ]);
      return {
        queues,
        stages,
        rejectedJobs: rejected.map((job) => ({ ...job, rejectedAt: job.rejectedAt.toISOString() })),
        behindCurrentVersions: behind,
      };
    });
  };
}
