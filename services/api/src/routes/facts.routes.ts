import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiDeps } from '../api-deps.ts';
import { readAccess } from '../auth/require-auth.ts';
import { ApiError } from '../errors/api-error.ts';
import { errorResponses } from '../errors/error.schema.ts';
import { endOf, startOf } from '../format/date-range.ts';
import { factsToCsv, factsToJsonl, MEDIA_TYPES, negotiateFactFormat } from '../format/fact-formats.ts';
import { FactsQuery, FactsResponse, FactsText } from './facts.schema.ts';

/** GET /facts: the stored facts, filtered, as JSON, JSON Lines or CSV. */
export function factsRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/facts', {
      onRequest: readAccess(deps.config),
      schema: {
        summary: 'Facts, filtered',
        description: 'JSON by default; JSON Lines with `Accept: application/x-ndjson` or `?format=jsonl`; CSV with `Accept: text/csv` or `?format=csv`.',
        tags: ['facts'],
        querystring: FactsQuery,
        response: {
          200: {
            description: 'the facts, in the format asked for',
            content: { 'application/json': { schema: FactsResponse }, 'application/x-ndjson': { schema: FactsText }, 'text/csv': { schema: FactsText } },
          },
          ...errorResponses,
        },
      },
    }, async (request, reply) => {
      const { format, from, to, ...filter } = request.query;
      const chosen = negotiateFactFormat(request.headers.accept, format);
      if (!chosen) throw new ApiError(406, 'not_acceptable', 'facts come as application/json, application/x-ndjson or text/csv (or ?format=json|jsonl|csv)');
      const facts = await deps.storage.facts.list({ ...filter, ...(from ? { from: startOf(from) } : {}), ...(to ? { to: endOf(to) } : {}) });
      reply.header('vary', 'accept');
      if (chosen === 'jsonl') return reply.type(MEDIA_TYPES.jsonl).send(factsToJsonl(facts));
      if (chosen === 'csv') return reply.type(MEDIA_TYPES.csv).header('content-disposition', 'inline; filename="facts.csv"').send(factsToCsv(facts));
      return { count: facts.length, facts };
    });
  };
}
