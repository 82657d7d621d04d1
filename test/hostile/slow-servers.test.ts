// Servers that never finish, through the real worker: FETCH_TIMEOUT_MS bounds a whole request
// however slowly the body comes, FETCH_MAX_BYTES ends an endless body, and a failure after a
// redirect names the URL given and the target. Private addresses are allowed here only because
// the test's servers are on loopback (hostile-corpus.test.ts runs with them refused).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, palermo, type Sandbox } from '../support/harness.ts';
import { startHostileServer, type HostileServer } from '../support/hostile-files.ts';

interface Status {
  failedIngestions: Array<{ source: { url?: string }; lastError: string; createdAt: string; updatedAt: string }>;
}

describe('slow and endless servers', () => {
  let sandbox: Sandbox;
  let server: HostileServer;
  let status: Status;

  beforeAll(async () => {
    sandbox = await createSandbox('pglite');
    Object.assign(sandbox.env, { FETCH_ALLOW_PRIVATE: 'true', FETCH_TIMEOUT_MS: '2000', FETCH_MAX_BYTES: String(5 * 1024 * 1024), JOB_ATTEMPTS: '2' });
    server = await startHostileServer('127.0.0.1');
    const ingest = await palermo(sandbox, ['ingest', `${server.url}/trickle`, `${server.url}/endless`, `${server.url}/redirect`, '--wait']);
    expect(ingest.code).toBe(1);
    status = JSON.parse((await palermo(sandbox, ['status', '--json'])).stdout) as Status;
  });

  afterAll(async () => {
    await server?.close();
    await sandbox?.cleanup();
  });

  const reason = (path: string) => status.failedIngestions.find((i) => i.source.url === `${server.url}${path}`)?.lastError;

  it('fails a server sending one byte a second at the deadline, naming the URL', () => {
    expect(reason('/trickle')).toBe(`${server.url}/trickle: no complete answer within 2000 ms (FETCH_TIMEOUT_MS)`);
    // Queued to failed: two attempts of two seconds each and the workers' start, not "forever".
    const trickle = status.failedIngestions.find((i) => i.source.url === `${server.url}/trickle`)!;
    expect(Date.parse(trickle.updatedAt) - Date.parse(trickle.createdAt)).toBeLessThan(30_000);
    expect(server.requests.filter((r) => r === '/trickle')).toHaveLength(2);
  });

  it('ends an endless body at the size cap, naming the URL', () => {
    expect(reason('/endless')).toBe(`${server.url}/endless: more than 5242880 bytes (FETCH_MAX_BYTES)`);
  });

  it('names the URL given and the redirect target after a redirect', () => {
    expect(reason('/redirect')).toBe(`${server.url}/redirect (redirected to ${server.url}/gone): HTTP 404`);
  });
});
