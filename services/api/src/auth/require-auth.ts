import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiConfig } from '../api-config.ts';
import { errorBody } from '../errors/error.schema.ts';
import { hasCredentials, isAuthorized } from './credentials.ts';

/** A hook that lets a request through only with a configured credential; 401 otherwise. */
export function requireAuth(config: ApiConfig, options: { basicChallenge?: boolean } = {}) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (isAuthorized(request.headers.authorization, config)) return;
    // A browser asks for a user name and password only when told the scheme.
    if (options.basicChallenge) reply.header('www-authenticate', 'Basic realm="palermo", charset="UTF-8"');
    const message = hasCredentials(config)
      ? 'this route needs `Authorization: Bearer <API_TOKEN>` (or basic auth with ADMIN_USER and ADMIN_PASSWORD)'
      : 'this route is closed: no API_TOKEN or ADMIN_USER/ADMIN_PASSWORD is configured';
    await reply.code(401).send(errorBody('unauthorized', message));
  };
}

/** The hook for read routes: open when API_READ_OPEN is true, else the same check as writes. */
export function readAccess(config: ApiConfig) {
  const check = requireAuth(config);
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (!config.readOpen) await check(request, reply);
  };
}
