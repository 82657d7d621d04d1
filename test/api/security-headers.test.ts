// With API_READ_OPEN=false every read closes, /openapi.json included; every response, the
// page's and the errors', carries the usual security headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../support/harness.ts';
import { basicAuth, bearer, startServer, type Server } from './serve.ts';

describe('reads closed, security headers', () => {
  let sandbox: Sandbox;
  let server: Server;

  beforeAll(async () => {
    sandbox = await createSandbox('pglite');
    sandbox.env.API_READ_OPEN = 'false';
    server = await startServer(sandbox, ['--no-workers']);
  });

  afterAll(async () => {
    if (server) await server.stop();
    await sandbox?.cleanup();
  });

  it('closes /openapi.json, the page and the reads without a credential, and opens them with one', async () => {
    for (const path of ['/openapi.json', '/', '/app.js', '/facts']) {
      expect((await server.get(path)).status, path).toBe(401);
      expect((await server.get(path, bearer)).status, path).toBe(200);
    }
    const openapi = (await (await server.get('/openapi.json', bearer)).json()) as { openapi: string };
    expect(openapi.openapi).toMatch(/^3\./);
  });

  it('sends a content security policy, nosniff and no framing on every response', async () => {
    for (const [path, headers] of [['/', bearer], ['/app.js', bearer], ['/facts', bearer], ['/openapi.json', {}], ['/no-such-page', bearer], ['/health', {}]] as const) {
      const response = await server.get(path, headers);
      expect(response.headers.get('content-security-policy'), path).toMatch(/default-src 'self'.*script-src 'self';.*frame-ancestors 'none'/);
      expect(response.headers.get('content-security-policy'), path).not.toMatch(/unsafe/);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });

  it("lets bull-board's inline styles through under /admin/queues only", async () => {
    const admin = await server.get('/admin/queues', basicAuth);
    expect(admin.status).toBe(200);
    expect(admin.headers.get('content-security-policy')).toMatch(/style-src 'self' 'unsafe-inline'/);
    expect(admin.headers.get('content-security-policy')).toMatch(/script-src 'self';/);
  });
});
