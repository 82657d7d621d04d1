import type { SymbolHint, SymbolLanguage, SymbolsDeclaration } from '@palermo/contracts';
import type { UrlLimits } from '@palermo/fetch';
import { PermanentError, type Logger, type QueueSet } from '@palermo/pipeline';
import type { Storage } from '@palermo/storage';
import { notAPdfReason, notFoundStatus, odsAddress } from './core/ods-address.ts';
import { expandSeries, recordProbe, type PatternSeries, type SymbolSeries, type WalkState } from './core/symbol-series.ts';
import { downloadIfChanged } from './download-if-changed.ts';
import type { HostThrottle } from './host-throttle.ts';
import type { ScanOutcome } from './scan-source.handler.ts';

/** What a symbols scan needs: storage, where to enqueue, the endpoint, the limits of every request, the politeness. */
export interface SymbolScanDeps {
  storage: Storage;
  queues: QueueSet;
  endpoint: string;
  limits: UrlLimits;
  throttle: HostThrottle;
  now?: () => Date;
}

type Probe = 'found' | 'missing' | 'error';

/**
 * Scans one symbols source: every series it stands for today. In each, the symbols already found
 * are asked again in every language (conditionally: an unchanged PDF is not downloaded, an edition
 * not yet available is retried), then the walk goes on from where the last run stood until
 * `stopAfter` symbols in a row are missing. Fills `outcome`; returns how many requests hit a
 * transient fault (the scan is then retried with backoff).
 */
export async function scanSymbols(deps: SymbolScanDeps, name: string, decl: SymbolsDeclaration, outcome: ScanOutcome, log: Logger): Promise<number> {
  const { storage, queues, throttle } = deps;
  let transient = 0;
  let notAvailable = 0;

  const ingest = async (url: string, sha256: string, hint: SymbolHint): Promise<string> => {
    const ingestion = await storage.transaction(async (tx) => {
      const created = await tx.ingestions.create({ type: 'url', url }, { contentSha256: sha256 });
      await tx.symbols.linkDocument(sha256, hint, created.id);
      return created.id;
    });
    await queues.enqueueFetch(ingestion);
    return ingestion;
  };

  /** Asks for one symbol in one language and records what came back. */
  const probeEdition = async (series: string, symbol: string, language: SymbolLanguage, runFound: string[]): Promise<Probe> => {
    const url = odsAddress(deps.endpoint, symbol, language);
    const host = new URL(url).host;
    const item = `${symbol} (${language})`;
    const save = (status: 'stored' | 'not-available' | 'error', reason: string | null, documentId: string | null) =>
      storage.symbols.saveEdition(name, series, { symbol, language, status, reason, documentId });
    await throttle.wait(host);
    try {
      const result = await downloadIfChanged(storage, name, url, deps.limits, { accept: notAPdfReason, onChanged: (sha256) => ingest(url, sha256, { symbol, language }) });
      throttle.succeeded(host);
      if (result.status === 'refused') {
        notAvailable++;
        await save('not-available', result.reason, null);
        return 'missing';
      }
      outcome.found++;
      if (result.status === 'stored') {
        outcome.queued++;
        if (result.ingestion) outcome.ingestions.push(result.ingestion);
        runFound.push(item);
      } else {
        outcome.unchanged++;
        if (result.sha256) await storage.symbols.linkDocument(result.sha256, { symbol, language }, null);
      }
      await save('stored', null, result.sha256);
      return 'found';
    } catch (error) {
      const message = (error as Error).message;
      const status = notFoundStatus(error);
      if (status !== null) {
        throttle.succeeded(host);
        notAvailable++;
        await save('not-available', `HTTP ${status}`, null);
        return 'missing';
      }
      if (!(error instanceof PermanentError)) {
        transient++;
        throttle.failed(host);
      }
      outcome.errors.push({ item, error: message });
      await save('error', message, null);
      await storage.sources.saveItem(name, url, { etag: null, lastModified: null, sha256: null }, message);
      log.warn({ source: name, symbol, language, err: error }, 'symbol could not be checked');
      return 'error';
    }
  };

  /** Asks for a symbol in every language; found when at least one edition is there. */
  const probeSymbol = async (series: string, symbol: string, runFound: string[]): Promise<boolean> => {
    let found = false;
    for (const language of decl.languages) found = (await probeEdition(series, symbol, language, runFound)) === 'found' || found;
    return found;
  };

  const scanSeries = async (series: SymbolSeries): Promise<void> => {
    const previous = await storage.symbols.series(name, series.key);
    const runFound: string[] = [];
    const asked = new Set<string>();
    let lastFound = previous?.lastFound ?? null;
    const known = series.kind === 'list' ? series.symbols : [...new Set((await storage.symbols.editions(name, series.key)).filter((e) => e.documentId).map((e) => e.symbol))];
    for (const symbol of known) {
      asked.add(symbol);
      if ((await probeSymbol(series.key, symbol, runFound)) && series.kind === 'list') lastFound = symbol;
    }
    let walk: WalkState | null = null;
    if (series.kind === 'pattern') {
      // Where the last run stood, unless the declaration has since moved its start past it.
      const start = Math.max(previous?.nextNumber ?? series.from, series.from);
      walk = await walkSeries(series, start, asked, runFound);
      if (walk.nextNumber > start) lastFound = series.symbolAt(walk.nextNumber - 1);
    }
    // Waiting for: the next symbol of the walk, and the languages not yet there of symbols that are.
    const editions = await storage.symbols.editions(name, series.key);
    const present = new Set(editions.filter((e) => e.documentId).map((e) => e.symbol));
    const pending = editions.filter((e) => e.status !== 'stored' && (series.kind === 'list' ? series.symbols.includes(e.symbol) : present.has(e.symbol)));
    const next = walk && series.kind === 'pattern' && (series.to === null || walk.nextNumber <= series.to) ? [series.symbolAt(walk.nextNumber)] : [];
    const waitingFor = [...next, ...pending.filter((e) => !next.includes(e.symbol)).map((e) => `${e.symbol} (${e.language})`)];
    await storage.symbols.saveSeries({ source: name, series: series.key, nextNumber: walk?.nextNumber ?? null, lastFound, lastRunFound: runFound, waitingFor });
    log.info({ source: name, series: series.key, found: runFound.length, lastFound, next: next[0] }, 'symbol series scanned');
  };

  const walkSeries = async (series: PatternSeries, start: number, asked: Set<string>, runFound: string[]): Promise<WalkState> => {
    let state: WalkState = { nextNumber: start, misses: 0, done: series.to !== null && start > series.to };
    for (let n = start; !state.done; n++) {
      const symbol = series.symbolAt(n);
      // A symbol stored before was asked already in this run: it exists, and is not asked twice.
      const found = asked.has(symbol) || (await probeSymbol(series.key, symbol, runFound));
      asked.add(symbol);
      state = recordProbe(state, n, found, decl.stopAfter, series.to);
    }
    return state;
  };

  for (const series of expandSeries(decl, (deps.now ?? (() => new Date()))())) await scanSeries(series);
  outcome.notAvailable = notAvailable;
  return transient;
}
