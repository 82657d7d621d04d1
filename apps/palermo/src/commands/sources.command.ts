import { QueueEvents } from 'bullmq';
import { SOURCES_QUEUE, STAGES, type SymbolSeriesState } from '@palermo/contracts';
import { createRedis, jobOptionsFor, jobOverrides } from '@palermo/pipeline';
import { loadSources, nextRuns, type ResolvedSource, type ScanOutcome } from '@palermo/sources';
import { renderTable } from '../format/table.ts';
import { listenForStop } from '../lifecycle.ts';
import { openRuntime, startWorkers, type RunningWorkers } from '../runtime.ts';
import { openSourcesQueue, startScheduling, type Scheduling } from '../scheduling.ts';
import type { CommandContext } from './command-context.ts';
import { waitForIngestions } from './ingest.command.ts';

const when = (time: Date | number | null | undefined) => (time ? new Date(time).toISOString().replace('T', ' ').slice(0, 19) : '—');

/** What a source reads, in a few words. */
function describeSource(source: ResolvedSource): string {
  if (source.symbols) {
    const what = source.symbols.pattern ?? `${source.symbols.list?.length ?? 0} symbols`;
    return `${what} [${source.symbols.languages.join(', ')}]`;
  }
  return source.folderPath ?? `${source.urls?.length ?? 0} URLs`;
}

/** A list cut to its first few entries, saying how many more there are. */
function few(items: readonly string[], count = 6): string {
  if (items.length === 0) return '—';
  return items.length > count ? `${items.slice(0, count).join(', ')} … and ${items.length - count} more` : items.join(', ');
}

/** The series of the symbols sources: the last symbol found, what the last run found, what each waits for. */
function renderSeries(series: readonly SymbolSeriesState[]): string {
  return renderTable(
    ['source', 'series', 'last found', 'found at', 'last run found', 'waiting for'],
    series.map((s) => [s.source, s.series, s.lastFound ?? '—', when(s.lastFoundAt), !s.lastRunAt ? 'not run yet' : s.lastRunFound.length > 0 ? few(s.lastRunFound) : 'nothing new', few(s.waitingFor)]),
    90,
  );
}

/** `palermo sources`: the declared sources with their schedule, last run, next run and what it found. */
export async function sourcesListCommand(options: { json?: boolean }, { env, log, out }: CommandContext): Promise<number> {
  const sources = await loadSources(env.SOURCES_FILE);
  if (sources.length === 0) {
    out.info(`no sources declared (${env.SOURCES_FILE} is missing or empty)`);
    return 0;
  }
  const runtime = await openRuntime(env, log);
  const queue = openSourcesQueue(runtime);
  try {
    const [next, last, series] = await Promise.all([nextRuns(queue), runtime.storage.sources.lastRuns(), runtime.storage.symbols.listSeries()]);
    const rows = sources.map((source) => {
      const run = last.find((r) => r.source === source.name) ?? null;
      const followed = source.symbols ? { series: series.filter((s) => s.source === source.name) } : {};
      return { source, schedule: source.every ? `every ${source.every}` : `cron ${source.cron}`, nextRun: next.get(source.name) ?? null, lastRun: run, ...followed };
    });
    if (options.json) {
      out.write(`${JSON.stringify(rows, null, 2)}\n`);
      return 0;
    }
    out.write(`${renderTable(
      ['source', 'what', 'schedule', 'last run', 'found', 'queued', 'unchanged', 'errors', 'next run'],
      rows.map(({ source, schedule, nextRun, lastRun }) => [
        source.name,
        describeSource(source),
        schedule,
        when(lastRun?.startedAt),
        String(lastRun?.found ?? ''),
        String(lastRun?.queued ?? ''),
        String(lastRun?.unchanged ?? ''),
        lastRun ? lastRun.errors.map((e) => `${e.item}: ${e.error}`).join('; ') || '0' : '',
        nextRun === null ? 'not scheduled (start `palermo work`)' : when(nextRun),
      ]),
      70,
    )}\n`);
    const followed = rows.flatMap((row) => row.series ?? []);
    if (rows.some((row) => row.source.symbols)) out.write(`\n${followed.length > 0 ? renderSeries(followed) : 'symbols sources: no run yet'}\n`);
    return 0;
  } finally {
    await queue.close();
    await runtime.close();
  }
}

/** `palermo sources run <name...> [--wait]`: scans sources now, off schedule. */
export async function sourcesRunCommand(names: string[], options: { wait?: boolean }, { env, log, out }: CommandContext): Promise<number> {
  const declared = await loadSources(env.SOURCES_FILE);
  const unknown = names.filter((name) => !declared.some((s) => s.name === name));
  if (unknown.length > 0) {
    out.error(`not declared in ${env.SOURCES_FILE}: ${unknown.join(', ')}`);
    return 2;
  }
  const runtime = await openRuntime(env, log);
  const queue = openSourcesQueue(runtime);
  let scheduling: Scheduling | null = null;
  let workers: RunningWorkers | null = null;
  const events = options.wait ? new QueueEvents(queue.name, { connection: createRedis(env, 'worker'), prefix: env.QUEUE_PREFIX }) : null;
  try {
    await events?.waitUntilReady();
    const jobs = await Promise.all((names.length > 0 ? names : declared.map((s) => s.name)).map((source) =>
      queue.add('scan', { source }, jobOptionsFor(SOURCES_QUEUE, jobOverrides(env)))));
    out.info(`queued ${jobs.length} scan${jobs.length === 1 ? '' : 's'}`);
    if (!events) return 0;
    // Ctrl-C (or SIGTERM) stops the wait, as in `ingest --wait`: scans and stages run here finish
    // their jobs in flight, what is queued stays queued, and the command exits 128 + the signal.
    const stop = listenForStop(log);
    stop.opened();
    if ((await queue.getWorkersCount()) === 0) {
      out.info('no workers running elsewhere: running them in this process');
      scheduling = await startScheduling(runtime);
      workers = await startWorkers(runtime, STAGES);
    }
    let failed = 0;
    const ingestions: string[] = [];
    for (const job of jobs) {
      try {
        const finished = job.waitUntilFinished(events) as Promise<ScanOutcome>;
        finished.catch(() => undefined); // still pending when a stop ends the wait: its end is not awaited
        const outcome = await Promise.race([finished, stop.requested.then(() => null)]);
        if (!outcome) break;
        ingestions.push(...outcome.ingestions);
        const notAvailable = outcome.notAvailable === undefined ? '' : `, not available ${outcome.notAvailable}`;
        out.info(`${outcome.source}: found ${outcome.found}, queued ${outcome.queued}, unchanged ${outcome.unchanged}${notAvailable}, errors ${outcome.errors.length}`);
        for (const error of outcome.errors) out.error(`  ${error.item}: ${error.error}`);
      } catch (error) {
        failed++;
        out.error(`${String(job.data.source)}: ${(error as Error).message}`);
      }
    }
    const whileScanning = stop.heard();
    if (whileScanning) out.info(`stopped (${whileScanning}) while scanning: the scans not reported stay queued, and \`palermo work\` finishes them`);
    else if (ingestions.length > 0) failed += await waitForIngestions(runtime, ingestions, out, stop);
    return stop.exitCode() ?? (failed > 0 ? 1 : 0);
  } finally {
    await events?.close();
    await scheduling?.close();
    await workers?.close();
    await queue.close();
    await runtime.close();
  }
}
