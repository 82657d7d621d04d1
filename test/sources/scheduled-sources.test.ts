// Declared sources against a local HTTP server the test starts, serving the seeds with ETag and
// Last-Modified: the first scan ingests them, the second ingests nothing (conditional requests),
// a changed file is ingested again as a new version, an unreachable source reports its error
// without stopping the others, and restarting the workers neither duplicates nor forgets a schedule.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, eventually, exited, palermo, REDIS_URL, SEEDS, startPalermo, type Sandbox } from '../support/harness.ts';

const files = new Map(readdirSync(SEEDS).map((name) => [`/${name}`, readFileSync(join(SEEDS, name))]));
const requests: Array<{ path: string; conditional: boolean; status: number }> = [];

function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const body = files.get(req.url ?? '');
    const conditional = req.headers['if-none-match'] !== undefined;
    if (!body) {
      res.writeHead(404).end();
      requests.push({ path: req.url ?? '', conditional, status: 404 });
      return;
    }
    const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
    const status = req.headers['if-none-match'] === etag ? 304 : 200;
    requests.push({ path: req.url ?? '', conditional, status });
    res.writeHead(status, { etag, 'last-modified': 'Mon, 23 Nov 2026 10:00:00 GMT', 'content-type': 'text/plain; charset=utf-8' });
    res.end(status === 200 ? body : undefined);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('scheduled sources', () => {
  let sandbox: Sandbox;
  let server: Server;
  let sourcesFile: string;

  beforeAll(async () => {
    server = await serve();
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    sandbox = await createSandbox('pglite');
    sourcesFile = join(sandbox.dir, 'sources.yaml');
    writeFileSync(
      sourcesFile,
      [
        'sources:',
        '  - name: un-reports',
        '    every: 1h',
        '    urls:',
        ...[...files.keys()].map((path) => `      - ${base}${path}`),
        '  - name: unreachable',
        '    cron: "0 6 * * *"',
        '    urls: [http://127.0.0.1:9/report.pdf]',
      ].join('\n'),
    );
    Object.assign(sandbox.env, { SOURCES_FILE: sourcesFile, FETCH_ALLOW_PRIVATE: 'true', JOB_ATTEMPTS: '2', FETCH_TIMEOUT_MS: '5000' });
  });

  afterAll(async () => {
    server?.close();
    await sandbox?.cleanup();
  });

  it('ingests every report on the first run', async () => {
    const run = await palermo(sandbox, ['sources', 'run', 'un-reports', '--wait']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('un-reports: found 4, queued 4, unchanged 0, errors 0');
    expect(run.stdout).toContain('4 done, 0 failed');
    expect(requests.filter((r) => r.status === 200)).toHaveLength(4);
  });

  it('ingests nothing on the second run, asking conditionally', async () => {
    requests.length = 0;
    const run = await palermo(sandbox, ['sources', 'run', 'un-reports', '--wait']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('un-reports: found 4, queued 0, unchanged 4, errors 0');
    expect(requests.every((r) => r.conditional && r.status === 304)).toBe(true);
  });

  it('ingests a changed report again, as a new version', async () => {
    const path = [...files.keys()][3]!;
    files.set(path, Buffer.concat([files.get(path)!, Buffer.from('\n\n23. Le Fonds a appuyé 12 projets supplémentaires.\n')]));
    const run = await palermo(sandbox, ['sources', 'run', 'un-reports', '--wait']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('un-reports: found 4, queued 1, unchanged 3, errors 0');
    const status = JSON.parse((await palermo(sandbox, ['status', '--json'])).stdout) as { documents: Array<{ source: string; status: string }> };
    expect(status.documents).toHaveLength(5);
    expect(status.documents.filter((d) => d.source.endsWith(path)).map((d) => d.status)).toEqual(['done', 'done']);
  });

  it('reports an unreachable source without stopping the others', async () => {
    const run = await palermo(sandbox, ['sources', 'run', '--wait']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('un-reports: found 4, queued 0, unchanged 4, errors 0');
    expect(run.stderr).toMatch(/unreachable: source unreachable: 1 of 1 items could not be read/);
    const listed = JSON.parse((await palermo(sandbox, ['sources', '--json'])).stdout) as Array<{ source: { name: string }; lastRun: { errors: Array<{ item: string }> } }>;
    expect(listed.find((s) => s.source.name === 'unreachable')?.lastRun.errors[0]?.item).toBe('http://127.0.0.1:9/report.pdf');
    expect(listed.find((s) => s.source.name === 'un-reports')?.lastRun.errors).toEqual([]);
  });

  it('keeps exactly one job scheduler per source across restarts', async () => {
    const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    const queue = new Queue('sources', { connection, prefix: sandbox.prefix });
    try {
      for (let start = 0; start < 2; start++) {
        const worker = startPalermo({ ...sandbox, env: { ...sandbox.env, LOG_LEVEL: 'info' } }, ['work']);
        await eventually(async () => (worker.output().includes('workers started') ? true : undefined), 'the workers to start');
        worker.kill('SIGTERM');
        expect(await exited(worker), worker.output()).toBe(0);
      }
      const schedulers = await queue.getJobSchedulers(0, -1);
      expect(schedulers.map((s) => s.key).sort()).toEqual(['source-un-reports', 'source-unreachable']);
      expect(schedulers.find((s) => s.key === 'source-un-reports')?.every).toBe(3_600_000);
      const listed = await palermo(sandbox, ['sources']);
      expect(listed.stdout).toMatch(/un-reports .* every 1h/);
      expect(listed.stdout).not.toContain('not scheduled');
    } finally {
      await queue.close();
      connection.disconnect();
    }
  });
});
