// The URL reader against a local server: address policy, redirects re-checked, size cap after
// decompression, conditional requests, transient versus permanent failures.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceRefusedError, SourceTooLargeError } from '../errors.ts';
import { readUrlSource, requestUrl } from './read-url-source.ts';

let server: Server;
let base: string;
const open = { timeoutMs: 5_000, maxBytes: 1_000, allowPrivate: true };

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/report') {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      return void res.writeHead(200, { etag: '"v1"', 'last-modified': 'Mon, 23 Nov 2026 10:00:00 GMT' }).end('Rapport 170 États');
    }
    if (req.url === '/bomb') return void res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(100_000, 'a')));
    if (req.url === '/moved') return void res.writeHead(302, { location: '/report' }).end();
    if (req.url === '/busy') return void res.writeHead(503).end();
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

describe('readUrlSource', () => {
  it('refuses loopback and private addresses unless allowed', async () => {
    await expect(readUrlSource(`${base}/report`, { ...open, allowPrivate: false })).rejects.toThrow(SourceRefusedError);
    await expect(readUrlSource('http://10.1.2.3/x', { ...open, allowPrivate: false })).rejects.toThrow(/private or loopback address \(10\.1\.2\.3\)/);
    await expect(readUrlSource('http://[::1]:9/x', { ...open, allowPrivate: false })).rejects.toThrow(SourceRefusedError);
  });

  it('follows redirects, checking each hop', async () => {
    expect(Buffer.from(await readUrlSource(`${base}/moved`, open)).toString()).toBe('Rapport 170 États');
  });

  it('counts the size cap after decompression', async () => {
    await expect(readUrlSource(`${base}/bomb`, open)).rejects.toThrow(SourceTooLargeError);
  });

  it('asks conditionally and reports an unchanged resource', async () => {
    const first = await requestUrl(`${base}/report`, open);
    expect(first).toMatchObject({ notModified: false, etag: '"v1"', lastModified: 'Mon, 23 Nov 2026 10:00:00 GMT' });
    expect(await requestUrl(`${base}/report`, open, { etag: '"v1"', lastModified: null })).toEqual({ notModified: true });
  });

  it('treats 5xx as transient and 4xx as permanent', async () => {
    const busy = readUrlSource(`${base}/busy`, open);
    await expect(busy).rejects.toThrow(/HTTP 503, will retry/);
    await expect(readUrlSource(`${base}/busy`, open)).rejects.not.toBeInstanceOf(SourceRefusedError);
    await expect(readUrlSource(`${base}/missing`, open)).rejects.toThrow(SourceRefusedError);
  });
});
