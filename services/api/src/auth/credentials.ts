import { timingSafeEqual } from 'node:crypto';
import type { ApiConfig } from '../api-config.ts';

/** Compares secrets in constant time, so response timing does not reveal how much matched. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Whether any credential is configured at all; with none, every protected route answers 401. */
export function hasCredentials(config: Pick<ApiConfig, 'token' | 'adminUser' | 'adminPassword'>): boolean {
  return config.token !== null || (config.adminUser !== null && config.adminPassword !== null);
}

/**
 * Whether an Authorization header carries a configured credential: `Bearer <API_TOKEN>`, or
 * `Basic` with ADMIN_USER and ADMIN_PASSWORD (what a browser sends for /admin/queues).
 */
export function isAuthorized(header: string | undefined, config: Pick<ApiConfig, 'token' | 'adminUser' | 'adminPassword'>): boolean {
  if (!header) return false;
  const [scheme = '', value = ''] = header.trim().split(/\s+/, 2);
  if (scheme.toLowerCase() === 'bearer') return config.token !== null && sameSecret(value, config.token);
  if (scheme.toLowerCase() === 'basic' && config.adminUser !== null && config.adminPassword !== null) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return false;
    // Both halves are compared whatever the first gives, so timing says nothing about the user name.
    const userOk = sameSecret(decoded.slice(0, colon), config.adminUser);
    const passwordOk = sameSecret(decoded.slice(colon + 1), config.adminPassword);
    return userOk && passwordOk;
  }
  return false;
}
