// A stop that comes while a worker is still starting: systemd or Kubernetes sends SIGTERM to a
// worker that waits for a database that is down. It used to die of the signal (node's default, no
// listener yet: exit by signal, no word in its log); it now stops at once, says so, and exits 0.
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox, eventually, exited, startPalermo, type Sandbox } from '../support/harness.ts';

/** A local port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.cleanup();
  sandbox = undefined;
});

describe('a worker stopped while it starts', () => {
  it('stops at once on SIGTERM while it waits for the database, and exits 0', async () => {
    sandbox = await createSandbox('pglite');
    Object.assign(sandbox.env, { DATABASE_URL: `postgres://postgres@127.0.0.1:${await closedPort()}/none`, LOG_LEVEL: 'info' });
    const worker = startPalermo(sandbox, ['work']);
    await eventually(async () => (worker.output().includes('the database is not reachable') ? true : undefined), 'the worker to say it waits for the database', 60_000);
    const signalled = Date.now();
    worker.kill('SIGTERM');
    expect(await exited(worker), worker.output().slice(-2000)).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(5_000);
    expect(worker.output()).toMatch(/stopping before anything started/);
  });
});
