import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { ApiDeps } from './api-deps.ts';
import { registerErrorHandlers } from './errors/error-handler.ts';
import { readAccess } from './auth/require-auth.ts';
import { ADMIN_PATH, adminRoutes } from './routes/admin.routes.ts';
import { documentsRoutes } from './routes/documents.routes.ts';
import { factsRoutes } from './routes/facts.routes.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { ingestionsRoutes } from './routes/ingestions.routes.ts';
import { ingestRoutes } from './routes/ingest.routes.ts';
import { metricsRoutes } from './routes/metrics.routes.ts';
import { pageRoutes } from './routes/page.routes.ts';
import { searchRoutes } from './routes/search.routes.ts';
import { statusRoutes } from './routes/status.routes.ts';
import { timelineRoutes } from './routes/timeline.routes.ts';
import { securityHeaders } from './security/security-headers.ts';

/** Builds the HTTP API (not yet listening): every route, its schemas, the OpenAPI document. */
export async function createApiServer(deps: ApiDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.log.child({ component: 'api' }) as FastifyBaseLogger,
    // One debug line per request (the onResponse hook below) instead of two at info.
    logController: new LogController({ disableRequestLogging: true }),
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandlers(app);
  app.addHook('onRequest', securityHeaders(ADMIN_PATH));
  app.addHook('onResponse', async (request, reply) => {
    request.log.debug({ method: request.method, url: request.url, status: reply.statusCode, durationMs: Math.round(reply.elapsedTime) }, 'request');
  });

  await app.register(swagger, {
    openapi: {
      info: { title: 'palermo', version: '1', description: 'Facts with provenance from UN reports on trafficking in persons' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, basic: { type: 'http', scheme: 'basic' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  await app.register(healthRoutes(deps));
  await app.register(factsRoutes(deps));
  await app.register(timelineRoutes(deps));
  await app.register(documentsRoutes(deps));
  await app.register(searchRoutes(deps));
  await app.register(ingestionsRoutes(deps));
  await app.register(ingestRoutes(deps));
  await app.register(metricsRoutes(deps));
  await app.register(statusRoutes(deps));
  await app.register(adminRoutes(deps));
  await app.register(pageRoutes(deps));

  // The API's description is read like the rest: closed with the reads when API_READ_OPEN=false.
  app.get('/openapi.json', { schema: { hide: true }, onRequest: readAccess(deps.config) }, async () => app.swagger());
  return app;
}
