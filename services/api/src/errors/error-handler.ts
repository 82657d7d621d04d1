import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ApiError } from './api-error.ts';
import { errorBody } from './error.schema.ts';

// Codes for the 4xx errors fastify and its plugins raise themselves (bad JSON, too large, type).
const CODE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'invalid_request', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 405: 'method_not_allowed',
  406: 'not_acceptable', 413: 'payload_too_large', 415: 'unsupported_media_type', 429: 'too_many_requests',
};

interface ValidationIssue {
  instancePath?: string;
  message?: string;
}

/** One readable line from a request validation failure: where, then what. */
export function describeValidation(context: string | undefined, issues: readonly ValidationIssue[]): string {
  return issues
    .map((issue) => {
      const path = issue.instancePath && issue.instancePath !== '/' ? issue.instancePath.slice(1).replace(/\//g, '.') : '';
      const where = [context, path].filter(Boolean).join(' ');
      return where ? `${where}: ${issue.message ?? 'invalid'}` : (issue.message ?? 'invalid');
    })
    .join('; ');
}

/** Every error, thrown or raised by fastify, answers `{ error: { code, message } }`; 5xx are logged. */
export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      return reply.code(400).send(errorBody('invalid_request', describeValidation(error.validationContext, error.validation)));
    }
    if (error instanceof ApiError) return reply.code(error.statusCode).send(errorBody(error.code, error.message));
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      const type = request.headers['content-type'] ?? 'no content type';
      return reply.code(415).send(errorBody('unsupported_media_type', `${type} is not accepted here; send application/json (or multipart/form-data to upload files)`));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.code(status).send(errorBody(CODE_BY_STATUS[status] ?? 'invalid_request', error.message));
    }
    request.log.error({ err: error, url: request.url }, 'request failed');
    return reply.code(status >= 500 ? status : 500).send(errorBody('internal_error', 'the server could not answer; the error is in its log'));
  });
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send(errorBody('not_found', `no route ${request.method} ${request.url.split('?')[0]}`));
  });
}
