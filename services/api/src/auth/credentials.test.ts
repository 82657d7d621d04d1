import { describe, expect, it } from 'vitest';
import { hasCredentials, isAuthorized } from './credentials.ts';

const config = { token: 'a-token-of-sixteen-chars', adminUser: 'admin', adminPassword: 'correct horse' };
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('isAuthorized', () => {
  it('accepts the bearer token and the admin user and password', () => {
    expect(isAuthorized('Bearer a-token-of-sixteen-chars', config)).toBe(true);
    expect(isAuthorized('bearer   a-token-of-sixteen-chars', config)).toBe(true);
    expect(isAuthorized(basic('admin', 'correct horse'), config)).toBe(true);
  });

  it('refuses anything else', () => {
    expect(isAuthorized(undefined, config)).toBe(false);
    expect(isAuthorized('Bearer a-token-of-sixteen-char', config)).toBe(false);
    expect(isAuthorized('Bearer ', config)).toBe(false);
    expect(isAuthorized(basic('admin', 'wrong'), config)).toBe(false);
    expect(isAuthorized(basic('root', 'correct horse'), config)).toBe(false);
    expect(isAuthorized('Basic not-base64-without-colon', config)).toBe(false);
    expect(isAuthorized('Digest whatever', config)).toBe(false);
  });

  it('refuses everything when nothing is configured', () => {
    const none = { token: null, adminUser: null, adminPassword: null };
    expect(hasCredentials(none)).toBe(false);
    expect(isAuthorized('Bearer ', none)).toBe(false);
    expect(isAuthorized(basic('', ''), none)).toBe(false);
  });

  it('needs both halves of basic auth to take it', () => {
    expect(hasCredentials({ token: null, adminUser: 'admin', adminPassword: null })).toBe(false);
    expect(isAuthorized(basic('admin', ''), { token: null, adminUser: 'admin', adminPassword: null })).toBe(false);
  });
});
