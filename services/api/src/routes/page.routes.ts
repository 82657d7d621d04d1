import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import type { ApiDeps } from '../api-deps.ts';
import { readAccess } from '../auth/require-auth.ts';

const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));

/** The analysts' page at / (static HTML, CSS and a script; the data comes from the API). */
export function pageRoutes(deps: ApiDeps): FastifyPluginAsync {
  return async (app) => {
    // The page shows data only through the read routes, so it opens and closes with them.
    app.addHook('onRequest', readAccess(deps.config));
    await app.register(fastifyStatic, { root: PUBLIC_DIR, prefix: '/', index: 'index.html', cacheControl: true, maxAge: '5m' });
  };
}
