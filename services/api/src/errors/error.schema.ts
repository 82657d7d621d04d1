import { z } from 'zod';

/** The one shape of every error the API answers with. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string().describe('stable, machine-readable: invalid_request, unauthorized, not_found, payload_too_large...'),
    message: z.string().describe('for people: what was wrong and how to fix it'),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** The error body a route documents for each status it may answer with. */
export const errorResponses = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 406: ErrorBody, 413: ErrorBody, 415: ErrorBody, 503: ErrorBody };

/** Builds an error body. */
export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}
