import { isIP } from 'node:net';
import { Agent, fetch, type Response } from 'undici';
import { SourceRefusedError, SourceTimeoutError, SourceTooLargeError } from '../errors.ts';
import { isRefusedAddress } from './address-policy.ts';
import { withDeadline } from './with-deadline.ts';
import { checkedLookup, type Refusal } from './pinned-lookup.ts';

export interface UrlLimits {
  /** The whole request: connection, headers and body, however slowly the server sends. */
  timeoutMs: number;
  maxBytes: number;
  allowPrivate: boolean;
  maxRedirects?: number;
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
 * Downloads a URL with one deadline for the whole request, a size cap counted after
 * decompression, and the address policy enforced on every connection actually made (each
 * redirect included); with validators, a conditional request (304: unchanged).
 * 5xx, timeouts and network faults throw plain errors (retried); client errors and refusals are
 * permanent. Every reason names the URL given, and the redirect target when there was one.
 */
export async function requestUrl(href: string, limits: UrlLimits, validators?: Validators): Promise<UrlResponse> {
  const controller = new AbortController();
  let refusal: Refusal | null = null;
  // One agent per request: its sockets resolve through the checked lookup and are never shared.
  const agent = new Agent({
    connect: limits.allowPrivate ? {} : { lookup: checkedLookup((refused) => (refusal = refused)) },
  });
  const request = new UrlRequest(href, limits, controller.signal, agent, () => refusal);
  try {
    return await withDeadline(request.run(validators), limits.timeoutMs, () => {
      const error = new SourceTimeoutError(`${request.label()}: no complete answer within ${limits.timeoutMs} ms (FETCH_TIMEOUT_MS)`);
      controller.abort(error);
      return error;
    });
  } finally {
    void agent.destroy().catch(() => undefined);
  }
}

/** One request and its redirects, remembering where it is for the failure reasons. */
class UrlRequest {
  private url: URL;

  constructor(
    private readonly href: string,
    private readonly limits: UrlLimits,
    private readonly signal: AbortSignal,
    private readonly agent: Agent,
    private readonly refusal: () => Refusal | null,
  ) {
    this.url = new URL(href);
  }

  /** The URL the user gave, and where it was redirected to, if anywhere. */
  label(): string {
    return this.url.href === new URL(this.href).href ? this.href : `${this.href} (redirected to ${this.url.href})`;
  }

  async run(validators?: Validators): Promise<UrlResponse> {
    const headers: Record<string, string> = { 'user-agent': 'palermo/0.1 (+UN reports fact pipeline)' };
    if (validators?.etag) headers['if-none-match'] = validators.etag;
    if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
    const maxRedirects = this.limits.maxRedirects ?? 5;
    for (let hop = 0; hop <= maxRedirects; hop++) {
      this.checkUrl();
      const response = await this.send(headers);
      if (response.status === 304) {
        await response.body?.cancel();
        return { notModified: true };
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        this.url = new URL(location, this.url);
        continue;
      }
      if (response.status >= 500 || response.status === 429) throw new Error(`${this.label()}: HTTP ${response.status}, will retry`);
      if (!response.ok) throw new SourceRefusedError(`${this.label()}: HTTP ${response.status}`);
      const bytes = await this.readCapped(response);
      return { notModified: false, bytes, etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
    }
    throw new SourceRefusedError(`${this.label()}: more than ${maxRedirects} redirects`);
  }

  /** Scheme and numeric hosts; host names are checked by the connection's own lookup. */
  private checkUrl(): void {
    if (this.url.protocol !== 'http:' && this.url.protocol !== 'https:') throw new SourceRefusedError(`${this.label()}: only http and https are fetched`);
    const host = this.url.hostname.replace(/^\[|\]$/g, '');
    if (!this.limits.allowPrivate && isIP(host) && isRefusedAddress(host)) throw this.refused(host);
  }

  private refused(address: string): SourceRefusedError {
    return new SourceRefusedError(`${this.label()}: resolves to a private or loopback address (${address}); set FETCH_ALLOW_PRIVATE=true to allow it`);
  }

  private async send(headers: Record<string, string>): Promise<Response> {
    try {
      return await fetch(this.url, { redirect: 'manual', signal: this.signal, headers, dispatcher: this.agent });
    } catch (error) {
      const refusal = this.refusal();
      if (refusal) throw this.refused(refusal.address);
      if (this.signal.aborted) throw this.signal.reason;
      throw new Error(`${this.label()}: ${networkReason(error)}`);
    }
  }

  private async readCapped(response: Response): Promise<Uint8Array> {
    const chunks: Uint8Array[] = [];
    let total = 0;
    if (!response.body) return new Uint8Array();
    try {
      for await (const chunk of response.body) {
        total += chunk.byteLength;
        if (total > this.limits.maxBytes) throw new SourceTooLargeError(`${this.label()}: more than ${this.limits.maxBytes} bytes (FETCH_MAX_BYTES)`);
        chunks.push(chunk);
      }
    } catch (error) {
      if (error instanceof SourceTooLargeError) throw error;
      if (this.signal.aborted) throw this.signal.reason;
      throw new Error(`${this.label()}: ${networkReason(error)}`);
    }
    return new Uint8Array(Buffer.concat(chunks));
  }
}

/** The useful part of undici's "fetch failed": its cause's code or message. */
function networkReason(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof Error) return (cause as NodeJS.ErrnoException).code ? `${(cause as NodeJS.ErrnoException).code} ${cause.message}` : cause.message;
  return String(cause);
}
