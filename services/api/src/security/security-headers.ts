import type { FastifyReply, FastifyRequest } from 'fastify';

// Everything the page loads is its own (/app.js, /app.css, the API); nothing may frame it.
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
// bull-board's page sets inline styles; its scripts are still only its own files.
const ADMIN_POLICY = PAGE_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

/**
 * The usual security headers on every response: a content security policy, nosniff, no
 * framing, no referrer. Written out rather than taken from helmet: five fixed headers, and the
 * one exception (bull-board's inline styles) is clearer here than in its options.
 */
export function securityHeaders(adminPath: string) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    reply.header('content-security-policy', request.url.startsWith(adminPath) ? ADMIN_POLICY : PAGE_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-opener-policy', 'same-origin');
  };
}
