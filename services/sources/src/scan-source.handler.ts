import { createHash } from 'node:crypto';
import type { SourceRef } from '@palermo/contracts';
import { readFileSource } from '@palermo/fetch';
import { fileRoots, PermanentError, type Logger, type QueueSet } from '@palermo/pipeline';
import type { StageDeps } from '@palermo/storage';
import { downloadIfChanged } from './download-if-changed.ts';
import { HostThrottle } from './host-throttle.ts';
import { listFiles } from './list-files.ts';
import { scanSymbols } from './scan-symbols.ts';
import type { ResolvedSource } from './load-sources.ts';

/** What one scan found: every item, those enqueued (with their ingestions), those unchanged, the errors. */
export interface ScanOutcome {
  source: string;
  found: number;
  queued: number;
  unchanged: number;
  ingestions: string[];
  errors: Array<{ item: string; error: string }>;
  notAvailable?: number; // symbols sources: editions asked for that are not (yet) published
}

/** Thrown after a scan in which some items hit a transient fault: the scan is retried with backoff. */
export class ScanIncompleteError extends Error {}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Scans one declared source and enqueues only what is new or changed: for URLs a conditional
 * request (ETag, Last-Modified) and then the content hash, for folders the content hash. One
 * unreachable item is recorded and does not stop the others.
 */
export function createScanSourceHandler(deps: Pick<StageDeps, 'storage' | 'env'> & { queues: QueueSet; sources: () => Promise<ResolvedSource[]> }) {
  const { storage, env, queues } = deps;
  const limits = { timeoutMs: env.FETCH_TIMEOUT_MS, maxBytes: env.FETCH_MAX_BYTES, allowPrivate: env.FETCH_ALLOW_PRIVATE };
  // One per handler, so the pace towards a host holds across the scans of this process.
  const throttle = new HostThrottle({ intervalMs: env.SYMBOLS_HOST_INTERVAL_MS, maxBackoffMs: env.SYMBOLS_MAX_BACKOFF_MS });
  const symbolDeps = { storage, queues, endpoint: env.SYMBOLS_ENDPOINT, limits, throttle };

  const enqueue = async (source: SourceRef, contentSha256?: string): Promise<string> => {
    const ingestion = await storage.ingestions.create(source, contentSha256 ? { contentSha256 } : {});
    await queues.enqueueFetch(ingestion.id);
    return ingestion.id;
  };

  /** Returns the new ingestion's id, or null when the item is unchanged. */
  const scanUrl = async (name: string, url: string): Promise<string | null> => {
    const result = await downloadIfChanged(storage, name, url, limits, { onChanged: (hash) => enqueue({ type: 'url', url }, hash) });
    return result.status === 'stored' ? result.ingestion : null;
  };

  const scanFile = async (name: string, path: string): Promise<string | null> => {
    const bytes = await readFileSource(path, fileRoots(env), env.FETCH_MAX_BYTES);
    const hash = sha256(bytes);
    const known = await storage.sources.itemState(name, path);
    const changed = hash !== known?.sha256 && !(await storage.documents.exists(hash));
    const ingestion = changed ? await enqueue({ type: 'file', path }) : null;
    await storage.sources.saveItem(name, path, { etag: null, lastModified: null, sha256: hash });
    return ingestion;
  };

  return async ({ source: name }: { source: string }, log: Logger): Promise<ScanOutcome> => {
    const source = (await deps.sources()).find((s) => s.name === name);
    if (!source) throw new PermanentError(`source ${name} is not declared in ${env.SOURCES_FILE}`);
    const run = await storage.sources.startRun(name);
    const outcome: ScanOutcome = { source: name, found: 0, queued: 0, unchanged: 0, ingestions: [], errors: [] };
    let transient = 0;
    if (source.symbols) {
      transient = await scanSymbols(symbolDeps, name, source.symbols, outcome, log);
      await storage.sources.finishRun(run, outcome);
      log.info({ source: name, found: outcome.found, queued: outcome.queued, unchanged: outcome.unchanged, notAvailable: outcome.notAvailable, errors: outcome.errors.length }, 'source scanned');
      if (transient > 0) throw new ScanIncompleteError(`source ${name}: ${transient} request${transient === 1 ? '' : 's'} hit a transient fault; retrying`);
      return outcome;
    }
    let items: string[];
    try {
      items = source.folderPath ? await listFiles(source.folderPath) : (source.urls ?? []);
    } catch (error) {
      outcome.errors.push({ item: source.folderPath ?? name, error: (error as Error).message });
      await storage.sources.finishRun(run, outcome);
      throw new ScanIncompleteError(`source ${name}: ${(error as Error).message}`);
    }
    for (const item of items) {
      outcome.found++;
      try {
        const ingestion = source.folderPath ? await scanFile(name, item) : await scanUrl(name, item);
        if (ingestion) {
          outcome.queued++;
          outcome.ingestions.push(ingestion);
        } else outcome.unchanged++;
      } catch (error) {
        const message = (error as Error).message;
        if (!(error instanceof PermanentError)) transient++;
        outcome.errors.push({ item, error: message });
        await storage.sources.saveItem(name, item, { etag: null, lastModified: null, sha256: null }, message);
        log.warn({ source: name, item, err: error }, 'source item could not be read');
      }
    }
    await storage.sources.finishRun(run, outcome);
    log.info({ source: name, found: outcome.found, queued: outcome.queued, unchanged: outcome.unchanged, errors: outcome.errors.length }, 'source scanned');
    if (transient > 0) throw new ScanIncompleteError(`source ${name}: ${transient} of ${items.length} items could not be read; retrying`);
    return outcome;
  };
}
