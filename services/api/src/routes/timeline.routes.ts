import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiDeps } from '../api-deps.ts';
import { readAccess } from '../auth/require-auth.ts';
import { errorResponses } from '../errors/error.schema.ts';
import { timelinePoints } from '../timeline/timeline-points.ts';
import { FundQuery, FundTimeline, TreatyPartiesQuery, TreatyPartiesTimeline } from './timeline.schema.ts';

/** Time series built from facts: States parties per instrument, the fund's money per measure. */
export function timelineRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/timeline/treaty-parties', {
      onRequest: readAccess(deps.config),
      schema: { summary: 'States parties over time', tags: ['timeline'], querystring: TreatyPartiesQuery, response: { 200: TreatyPartiesTimeline, ...errorResponses } },
    }, async (request) => {
      const { instrument } = request.query;
      const facts = await deps.storage.facts.list({ kind: 'treaty_parties', ...(instrument ? { instrument } : {}) });
      return { instrument: instrument ?? null, points: timelinePoints(facts) };
    });

    app.get('/timeline/fund', {
      onRequest: readAccess(deps.config),
      schema: { summary: "A fund's money figures over time", tags: ['timeline'], querystring: FundQuery, response: { 200: FundTimeline, ...errorResponses } },
    }, async (request) => {
      const { fund, measure } = request.query;
      const facts = await deps.storage.facts.list({ kind: 'money', fund, ...(measure ? { measure } : {}) });
      return { fund, measure: measure ?? null, points: timelinePoints(facts) };
    });
  };
}
