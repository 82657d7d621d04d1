import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiDeps } from '../api-deps.ts';
import { readAccess } from '../auth/require-auth.ts';
import { BadRequestError } from '../errors/api-error.ts';
import { errorResponses } from '../errors/error.schema.ts';
import { SearchRepository } from '../repositories/search.repository.ts';
import { headlineToHtml, searchWords } from '../search/search-terms.ts';
import { SearchQuery, SearchResponse } from './search.schema.ts';

/** GET /search?q=: French full-text search over paragraphs and their footnotes, with highlighted snippets. */
export function searchRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  const repository = new SearchRepository(deps.storage.db);
  return async (app) => {
    app.get('/search', {
      onRequest: readAccess(deps.config),
      schema: {
        summary: 'French full-text search over paragraphs and footnotes',
        description: 'Accents folded and words stemmed, except a word that differs from another of the corpus only by its accents (traite, traité): that one is matched as written.',
        tags: ['search'],
        querystring: SearchQuery,
        response: { 200: SearchResponse, ...errorResponses },
      },
    }, async (request) => {
      const { q, limit, offset } = request.query;
      const words = await repository.classify(searchWords(q));
      if (words.length === 0) throw new BadRequestError(`"${q}" holds no word to search for (only stop words or punctuation)`);
      const { total, hits } = await repository.search(words, { limit, offset });
      return {
        query: q,
        words: words.map(({ word, mode }) => ({ word, mode })),
        total,
        results: hits.map((hit) => ({
          document: hit.document_id, source: hit.source, symbol: hit.symbol,
          section: hit.section_id ? { id: hit.section_id, title: hit.section_title } : null,
          paragraph: hit.number, index: hit.idx, footnote: hit.footnote, snippet: headlineToHtml(hit.headline), rank: hit.rank,
        })),
      };
    });
  };
}
