import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { SourceRefusedError, SourceTooLargeError } from '../errors.ts';

export interface UrlLimits {
  timeoutMs: number;
  maxBytes: number;
  allowPrivate: boolean;
  maxRedirects?: number;
}

const PRIVATE = new BlockList();
for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16], ['224.0.0.0', 4]] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [['::1', 128], ['::', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['::ffff:0:0', 96]] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv6');
}

/** Refuses hosts that resolve to loopback, private or link-local addresses, unless allowed. */
async function checkHost(url: URL, allowPrivate: boolean): Promise<void> {
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true });
  for (const { address, family } of addresses) {
    if (PRIVATE.check(address, family === 6 ? 'ipv6' : 'ipv4')) {
      throw new SourceRefusedError(`${url.href}: resolves to a private or loopback address (${address}); set FETCH_ALLOW_PRIVATE=true to allow it`);
    }
  }
}

/** The validators of an earlier response, for a conditional request. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/** A conditional download: unchanged since the validators, or the bytes with new validators. */
export type UrlResponse = { notModified: true } | ({ notModified: false; bytes: Uint8Array } & Validators);

/** Downloads a URL (see requestUrl); the bytes only. */
export async function readUrlSource(href: string, limits: UrlLimits): Promise<Uint8Array> {
  const response = await requestUrl(href, limits);
  if (response.notModified) throw new Error(`${href}: answered 304 to an unconditional request`);
  return response.bytes;
}

/**
 * Downloads a URL with a deadline, a size cap counted after decompression, and every redirect
 * re-checked against the address policy; with validators, a conditional request (304: unchanged).
 * 5xx and network faults throw plain errors (retried); client errors and refusals are permanent.
 */
export async function requestUrl(href: string, limits: UrlLimits, validators?: Validators): Promise<UrlResponse> {
  let url = new URL(href);
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const headers: Record<string, string> = { 'user-agent': 'palermo/0.1 (+UN reports fact pipeline)' };
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  for (let hop = 0; hop <= (limits.maxRedirects ?? 5); hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SourceRefusedError(`${href}: only http and https are fetched`);
    await checkHost(url, limits.allowPrivate);
    const response = await fetch(url, { redirect: 'manual', signal, headers });
    if (response.status === 304) {
      await response.body?.cancel();
      return { notModified: true };
    }
    if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
      await response.body?.cancel();
      url = new URL(response.headers.get('location')!, url);
      continue;
    }
    if (response.status >= 500 || response.status === 429) throw new Error(`${href}: HTTP ${response.status}, will retry`);
    if (!response.ok) throw new SourceRefusedError(`${href}: HTTP ${response.status}`);
    const bytes = await readCapped(response, href, limits.maxBytes);
    return { notModified: false, bytes, etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
  }
  throw new SourceRefusedError(`${href}: more than ${limits.maxRedirects ?? 5} redirects`);
}

async function readCapped(response: Response, href: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return new Uint8Array();
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    if (total > maxBytes) throw new SourceTooLargeError(`${href}: more than ${maxBytes} bytes (FETCH_MAX_BYTES)`);
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
