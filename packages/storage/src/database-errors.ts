/** Socket errors of a database connection: the server is down, restarting or unreachable. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'EAI_AGAIN']);

/**
 * Whether a database error is one a retry can fix: the connection failed or was cut (class 08),
 * the server is shutting down or starting (57P01-57P03), or a serialization conflict (40001,
 * 40P01). Anything else (a constraint, a bad query) is not.
 */
export function isTransientDatabaseError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || code.startsWith('08') || ['57P01', '57P02', '57P03', '40001', '40P01'].includes(code)) return true;
  }
  if (error instanceof AggregateError) return error.errors.some(isTransientDatabaseError);
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(error.message);
}
