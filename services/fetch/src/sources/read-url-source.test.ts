// The URL reader against a local server: address policy, redirects re-checked, size cap after
// decompression, conditional requests, transient versus permanent failures.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceRefusedError, SourceTimeoutError, SourceTooLargeError } from '../errors.ts';
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
    if (req.url === '/to-missing') return void res.writeHead(302, { location: '/missing' }).end();
    if (req.url === '/trickle') return void trickle(res);
    if (req.url === '/slow-headers') return void setTimeout(() => res.writeHead(200).end('late'), 3_000);
    if (req.url === '/endless') return void endless(res);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

/** One byte a second, forever: only the deadline can end it. */
function trickle(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/plain' });
  const timer = setInterval(() => res.write('a'), 1_000);
  res.on('close', () => clearInterval(timer));
}

/** Bytes as fast as the socket takes them, forever: only the size cap can end it. */
function endless(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/plain' });
  const block = Buffer.alloc(16 * 1024, 'a');
  const pump = (): void => {
    while (!res.destroyed && res.write(block));
    if (!res.destroyed) res.once('drain', pump);
  };
  pump();
}

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

  it('refuses a host name whose DNS answer is loopback, at connection time', async () => {
    const port = new URL(base).port;
    await expect(readUrlSource(`http://localhost:${port}/report`, { ...open, allowPrivate: false })).rejects.toThrow(
      new RegExp(`^http://localhost:${port}/report: resolves to a private or loopback address \\((127\\.0\\.0\\.1|::1)\\)`),
    );
    await expect(readUrlSource(`http://2130706433:${port}/`, { ...open, allowPrivate: false })).rejects.toThrow(/private or loopback address \(127\.0\.0\.1\)/);
  });

  it('names the URL given and the redirect target in a failure after a redirect', async () => {
    await expect(readUrlSource(`${base}/to-missing`, open)).rejects.toThrow(`${base}/to-missing (redirected to ${base}/missing): HTTP 404`);
  });

  it('bounds the whole request by the deadline, a body sent one byte a second included', async () => {
    const started = Date.now();
    const slow = readUrlSource(`${base}/trickle`, { ...open, timeoutMs: 1_500 });
    await expect(slow).rejects.toThrow(SourceTimeoutError);
    await expect(readUrlSource(`${base}/trickle`, { ...open, timeoutMs: 1_500 })).rejects.toThrow(`${base}/trickle: no complete answer within 1500 ms (FETCH_TIMEOUT_MS)`);
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(readUrlSource(`${base}/slow-headers`, { ...open, timeoutMs: 500 })).rejects.toThrow(/slow-headers: no complete answer within 500 ms/);
  });

  it('ends an endless body at the size cap', async () => {
    await expect(readUrlSource(`${base}/endless`, { ...open, maxBytes: 1_000_000 })).rejects.toThrow(`${base}/endless: more than 1000000 bytes (FETCH_MAX_BYTES)`);
  });
});
