import { basename } from 'node:path';
import type { StageName } from '@palermo/contracts';
import { enqueueIngestions } from '@palermo/pipeline';
import { listenForStop, type StopSignals } from '../lifecycle.ts';
import { reconcile } from '../reconcile.ts';
import { openRuntime, startWorkers, type RunningWorkers } from '../runtime.ts';
import { expandSources } from '../sources.ts';
import { formatProgress, ProgressMeter } from '../progress/ingest-progress.ts';
import { pollInterval } from '../progress/poll-interval.ts';
import { explainStuck, type StuckWork } from '../stall-report.ts';
import type { CommandContext } from './command-context.ts';

// One progress line at most this often: per-document lines say what changed, this says how fast.
const PROGRESS_EVERY_MS = 5000;

/** `palermo ingest <file|folder|url>... [--wait]`: records and enqueues every source. */
export async function ingestCommand(args: string[], options: { wait?: boolean }, { env, log, out }: CommandContext): Promise<number> {
  const { sources, problems } = await expandSources(args);
  for (const problem of problems) out.error(`${problem.arg}: ${problem.reason}`);
  if (sources.length === 0) {
    out.error('nothing to ingest');
    return 1;
  }
  const runtime = await openRuntime(env, log);
  let workers: RunningWorkers | null = null;
  try {
    const ingestions = await enqueueIngestions({ ingestions: runtime.storage.ingestions, queues: runtime.queues }, sources);
    out.info(`queued ${ingestions.length} source${ingestions.length === 1 ? '' : 's'}`);
    if (!options.wait) return problems.length > 0 ? 1 : 0;

    // Ctrl-C (or SIGTERM) stops the wait: the stages run here let their jobs in flight finish,
    // what is still queued stays queued, and the command says so and exits 128 + the signal.
    const stop = listenForStop(log);
    stop.opened();
    if ((await runtime.queues.workerCount()) === 0) {
      out.info('no workers running elsewhere: running the stages in this process');
      await reconcile(runtime);
      workers = await startWorkers(runtime, ['fetch', 'clean', 'segment', 'extract-figures', 'index']);
    }
    const failed = await waitForIngestions(runtime, ingestions.map((i) => i.id), out, stop);
    return stop.exitCode() ?? (failed > 0 || problems.length > 0 ? 1 : 0);
  } finally {
    await workers?.close();
    await runtime.close();
  }
}

/**
 * Polls storage until every ingestion's document is done or failed, printing each change. With
 * no progress at all for INGEST_STALL_TIMEOUT_MS it names what does not move and why, and
 * returns a count above zero (the command exits non-zero) rather than waiting for ever. Once
 * `stop` hears a signal it stops waiting, says how far the documents got, and returns the count
 * of those failed or not finished.
 */
export async function waitForIngestions(runtime: Awaited<ReturnType<typeof openRuntime>>, ids: string[], out: CommandContext['out'], stop?: StopSignals): Promise<number> {
  const lastSeen = new Map<string, string>();
  let lastProgress = Date.now();
  const meter = new ProgressMeter(ids.length);
  let lastPrinted = Date.now();
  let sampled = false; // the first poll is the window's starting point: a rate by the first line
  // Pages of finished documents, read once each: the query detoasts a whole fetch output per row.
  const pagesOf = new Map<string, number>();
  // A request that has finished is not read again: each poll costs what is still moving, where
  // reading every request each time cost an ingest of N sources N² rows.
  const unfinished = new Set(ids);
  const finishedDocuments: string[] = [];
  let finished = 0;
  let failed = 0;
  for (;;) {
    const pending: StuckWork[] = [];
    for (const ingestion of await runtime.storage.ingestions.progress([...unfinished])) {
      const name = basename(ingestion.label);
      const { document } = ingestion;
      const state = document && ingestion.status === 'done'
        ? `${document.stage} ${document.status}${document.lastError ? `: ${document.lastError}` : ''}`
        : `fetch ${ingestion.status}${ingestion.lastError ? `: ${ingestion.lastError}` : ''}`;
      // A new attempt (updated_at moves) is progress too, even when the state reads the same.
      const seen = `${state}@${(document ?? ingestion).updatedAtMs}`;
      if (lastSeen.get(ingestion.id) !== seen) {
        if (lastSeen.get(ingestion.id)?.split('@')[0] !== state) out.info(`  ${name.padEnd(36)} ${state}`);
        lastSeen.set(ingestion.id, seen);
        lastProgress = Date.now();
      }
      const finalState = ingestion.status === 'failed' || (document !== null && ingestion.status === 'done' && (document.status === 'done' || document.status === 'failed'));
      if (!finalState) {
        const atDocument = document && ingestion.status === 'done' && document.stage !== 'done' && document.stage !== 'fetch';
        pending.push(atDocument
          ? { name, stage: document.stage as StageName, key: document.id, state }
          : { name, stage: 'fetch', key: ingestion.id, state });
      } else {
        unfinished.delete(ingestion.id);
        finished++;
        if (ingestion.status === 'failed' || document?.status === 'failed') failed++;
        if (document) finishedDocuments.push(document.id);
      }
    }
    if (pending.length === 0) {
      out.info(`${finished - failed} done, ${failed} failed`);
      return failed;
    }
    const stopped = stop?.heard();
    if (stopped) {
      out.info(`stopped (${stopped}): ${finished - failed} done, ${failed} failed, ${pending.length} not finished; they stay queued, and \`palermo work\` (or \`ingest --wait\` again) finishes them`);
      return failed + pending.length;
    }
    const printNow = Date.now() - lastPrinted >= PROGRESS_EVERY_MS;
    if (printNow || !sampled) {
      const unread = finishedDocuments.filter((id) => !pagesOf.has(id));
      if (unread.length > 0) Object.entries(await runtime.storage.outputs.pageCounts(unread)).forEach(([id, pages]) => pagesOf.set(id, pages));
      const pages = finishedDocuments.reduce((n, id) => n + (pagesOf.get(id) ?? 0), 0);
      meter.add({ atMs: Date.now(), done: finished - failed, failed, pages });
      sampled = true;
    }
    if (printNow) {
      out.info(formatProgress(meter.figures()));
      lastPrinted = Date.now();
    }
    const stalledMs = Date.now() - lastProgress;
    if (stalledMs >= runtime.env.INGEST_STALL_TIMEOUT_MS) {
      out.error(`no progress for ${Math.round(stalledMs / 1000)} s (INGEST_STALL_TIMEOUT_MS); not moving:`);
      for (const work of pending) out.error(`  ${work.name.padEnd(36)} ${work.state}: ${await explainStuck(runtime, work)}`);
      out.info(`${finished - failed} done, ${failed} failed, ${pending.length} not moving`);
      return failed + pending.length;
    }
    await Promise.race([new Promise((resolve) => setTimeout(resolve, pollInterval(unfinished.size))), ...(stop ? [stop.requested] : [])]);
  }
}
