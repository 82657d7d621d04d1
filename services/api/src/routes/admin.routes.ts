import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyPluginAsync } from 'fastify';
import { STAGES } from '@palermo/contracts';
import type { ApiDeps } from '../api-deps.ts';
import { requireAuth } from '../auth/require-auth.ts';

export const ADMIN_PATH = '/admin/queues';

/** bull-board under /admin/queues: every stage queue, behind the token or basic auth. */
export function adminRoutes(deps: ApiDeps): FastifyPluginAsync {
  return async (app) => {
    // The hook sits in this plugin's scope, so it guards every route bull-board adds below.
    app.addHook('onRequest', requireAuth(deps.config, { basicChallenge: true }));
    // bull-board's own routes are its business, not part of the API's OpenAPI document.
    app.addHook('onRoute', (route) => {
      route.schema = { ...route.schema, hide: true };
    });
    const serverAdapter = new FastifyAdapter();
    serverAdapter.setBasePath(ADMIN_PATH);
    createBullBoard({ queues: STAGES.map((stage) => new BullMQAdapter(deps.queues.queues[stage])), serverAdapter, options: { uiConfig: { boardTitle: 'palermo' } } });
    await app.register(serverAdapter.registerPlugin(), { prefix: ADMIN_PATH });
  };
}
