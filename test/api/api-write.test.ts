// `palermo serve` with its workers, as an ingesting client and a downstream consumer see it:
// an upload through POST /ingest runs through every stage, `document.indexed` lands on the
// events stream, and nothing unvalidated reaches a queue. Runs on PostgreSQL so that the CLI's
// operator commands can run beside the server.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentIndexedEvent, PIPELINE_VERSION } from '@palermo/contracts';
import { createSandbox, eventually, palermo, REDIS_URL, SEEDS, type Sandbox } from '../support/harness.ts';
import { bearer, startServer, type Server } from './serve.ts';

const SEED = '003_fe48b1f1ca8da9ce.txt';

describe('ingesting through the API', () => {
  let sandbox: Sandbox;
  let server: Server;
  let redis: Redis;

  beforeAll(async () => {
    sandbox = await createSandbox('postgres');
    sandbox.env.API_MAX_UPLOAD_BYTES = String(64 * 1024);
    redis = new Redis(REDIS_URL);
    server = await startServer(sandbox);
  });

  afterAll(async () => {
    redis?.disconnect();
    if (server) expect(await server.stop(), server.output()).toBe(0);
    await sandbox?.cleanup();
  });

  const post = (body: FormData | string, headers: Record<string, string> = bearer) =>
    fetch(`${server.url}/ingest`, { method: 'POST', body, headers: typeof body === 'string' ? { 'content-type': 'application/json', ...headers } : headers });

  const upload = (name: string, bytes: Uint8Array | string, type = 'text/plain') => {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type }), name);
    return form;
  };

  it('refuses writes without the token and bad input with a 4xx, enqueuing nothing', async () => {
    const before = await new Queue('fetch', { connection: redis, prefix: sandbox.prefix }).getJobCounts();
    const cases: Array<[Promise<Response>, number, RegExp]> = [
      [post(JSON.stringify({ urls: ['https://example.org/r.pdf'] }), {}), 401, /API_TOKEN/],
      [post(JSON.stringify({ urls: ['file:///etc/passwd'] })), 400, /http\(s\) URL/],
      [post(JSON.stringify({ urls: [] })), 400, /at least one url/],
      [post(JSON.stringify({ urls: ['https://example.org/'], paths: ['/etc'] })), 400, /Unrecognized key/],
      [post('{"urls": ['), 400, /JSON/],
      [fetch(`${server.url}/ingest`, { method: 'POST', body: '<x/>', headers: { 'content-type': 'application/xml', ...bearer } }), 415, /application\/json/],
      [post(upload('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'image/png')), 415, /unsupported type/],
      [post(upload('empty.txt', '')), 400, /empty/],
      [post(upload('big.txt', 'x'.repeat(65 * 1024))), 413, /too large/i],
    ];
    for (const [request, status, message] of cases) {
      const response = await request;
      const body = (await response.json()) as { error: { message: string } };
      expect(response.status, body.error.message).toBe(status);
      expect(body.error.message).toMatch(message);
    }
    expect(await new Queue('fetch', { connection: redis, prefix: sandbox.prefix }).getJobCounts()).toEqual(before);
  });

  it('runs an uploaded report through every stage and announces it on the events stream', async () => {
    const response = await post(upload(SEED, readFileSync(join(SEEDS, SEED))));
    expect(response.status).toBe(202);
    const { ingestions } = (await response.json()) as { ingestions: Array<{ id: string; source: string; status: string }> };
    expect(ingestions).toHaveLength(1);
    expect(ingestions[0]).toMatchObject({ status: 'queued', source: expect.stringContaining(SEED) });

    const document = await eventually(async () => {
      const { documents } = (await (await server.get('/documents')).json()) as { documents: Array<{ id: string; status: string }> };
      return documents.find((d) => d.status === 'done');
    }, 'the uploaded document to be done');

    const entries = await redis.xrange(`${sandbox.prefix}:events`, '-', '+');
    const events = entries.map(([, fields]) => DocumentIndexedEvent.parse(JSON.parse(fields[fields.indexOf('event') + 1]!)));
    expect(events).toContainEqual(expect.objectContaining({ type: 'document.indexed', documentId: document.id, pipelineVersion: PIPELINE_VERSION }));
    const event = events.find((e) => e.documentId === document.id)!;
    expect(event.paragraphs).toBeGreaterThan(10);
    expect(event.facts).toBeGreaterThan(0);
  });

  it('shows the history and pauses and resumes a stage from the CLI beside the server', async () => {
    const history = await palermo(sandbox, ['history', SEED]);
    expect(history.code, history.stderr).toBe(0);
    for (const stage of ['fetch', 'clean', 'segment', 'extract-figures', 'index']) expect(history.stdout).toMatch(new RegExp(`\\b${stage}\\s+1\\s+done\\s+\\d+ ms`));

    expect((await palermo(sandbox, ['pause', 'clean'])).stdout).toMatch(/^clean paused/);
    expect(await new Queue('clean', { connection: redis, prefix: sandbox.prefix }).isPaused()).toBe(true);
    expect((await palermo(sandbox, ['resume', 'clean'])).stdout).toMatch(/^clean running/);
    expect((await palermo(sandbox, ['pause', 'nope'])).code).toBe(2);

    const retry = await palermo(sandbox, ['retry', SEED]);
    expect(retry.code).toBe(1);
    expect(retry.stderr).toMatch(/not failed: nothing to retry/);
    expect((await palermo(sandbox, ['retry', '--failed'])).stdout).toMatch(/0 retried/);
  });
});
