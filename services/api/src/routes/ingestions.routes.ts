import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiDeps } from '../api-deps.ts';
import { readAccess } from '../auth/require-auth.ts';
import { errorResponses } from '../errors/error.schema.ts';
import { IngestionsQuery, IngestionsResponse } from './ingestions.schema.ts';

/**
 * GET /ingestions: every source handed to the product, newest first, with its status and reason.
 * A source refused before any bytes were read (a private address, a path out of the roots, a
 * FIFO) has no document: this is where its failure shows.
 */
export function ingestionsRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', readAccess(deps.config));
    app.get('/ingestions', {
      schema: { summary: 'Sources handed to the product, with their status and last error', tags: ['documents'], querystring: IngestionsQuery, response: { 200: IngestionsResponse, ...errorResponses } },
    }, async (request) => {
      const { status, limit } = request.query;
      // Filtered after the fetch: the repository lists the newest; failures are what operators ask for.
      const rows = (await deps.storage.ingestions.list({ limit: status ? 10_000 : limit })).filter((row) => !status || row.status === status).slice(0, limit);
      return {
        ingestions: rows.map((row) => ({
          id: row.id, source: row.source, status: row.status, documentId: row.documentId, lastError: row.lastError,
          createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(),
        })),
      };
    });
  };
}
