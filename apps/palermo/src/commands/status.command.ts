import { basename } from 'node:path';
import { STAGE_VERSIONS, STAGES } from '@palermo/contracts';
import { sourceLabel } from '@palermo/storage';
import { renderTable } from '../format/table.ts';
import { openRuntime } from '../runtime.ts';
import type { CommandContext } from './command-context.ts';

/** "850 ms", "12.3 s", "-" when no attempt is done yet. */
function formatMs(ms: number | null): string {
  if (ms === null) return '-';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** How many documents of each status the text shows unless told otherwise. */
export const DOCUMENTS_PER_STATUS = 20;

/** "12,345 documents: 12,300 done, 45 queued" (`total` of them), statuses in the order a document goes through them. */
function documentCounts(counts: Record<string, number>, total: number): string {
  const order = ['queued', 'running', 'failed', 'done'];
  const statuses = Object.keys(counts).sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
  return `${total.toLocaleString('en')} document${total === 1 ? '' : 's'}${statuses.length > 0 ? `: ${statuses.map((status) => `${counts[status]!.toLocaleString('en')} ${status}`).join(', ')}` : ''}`;
}

/**
 * `palermo status`: each queue's counts, each stage's durations and pace, and the documents: how
 * many of each status, and the stage, status and last error of the `documents` most recently
 * updated of each status (every one with `--json`, or with `documents` all).
 */
export async function statusCommand(options: { json?: boolean; documents?: number | 'all' }, { env, log, out }: CommandContext): Promise<number> {
  const runtime = await openRuntime(env, log);
  try {
    const queues = await Promise.all(
      STAGES.map(async (stage) => {
        const counts: Record<string, number> = await runtime.queues.queues[stage].getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed', 'paused');
        return { stage, counts };
      }),
    );
    const failedIngestions = (await runtime.storage.ingestions.list({ limit: 1000 })).filter((i) => i.status === 'failed' && !i.documentId);
    const stages = await runtime.storage.runs.figures();
    const behind = await runtime.storage.outputs.countBehind(STAGE_VERSIONS);
    const rejectedJobs = await runtime.storage.rejectedJobs.list();
    if (options.json) {
      const documents = await runtime.storage.documents.list();
      out.write(`${JSON.stringify({ queues, stages, documents, failedIngestions, rejectedJobs, behindCurrentVersions: behind }, null, 2)}
`);
      return 0;
    }
    const perStatus = options.documents === 'all' ? null : (options.documents ?? DOCUMENTS_PER_STATUS);
    const { counts, shown: documents } = await runtime.storage.documents.overview(perStatus);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    out.write('Queues\n');
    out.write(`${renderTable(['stage', 'waiting', 'active', 'delayed', 'failed', 'completed'], queues.map((q) => [q.stage, ...['waiting', 'active', 'delayed', 'failed', 'completed'].map((state) => String(q.counts[state] ?? 0))]))}\n\n`);
    out.write('Stages (attempts in stage_runs; durations of attempts done; pace = attempts done per minute)\n');
    out.write(`${renderTable(['stage', 'attempts', 'done', 'failures', 'median', 'p95', '/min 5 min', '/min 60 min'], stages.map((s) => [
      s.stage, String(s.attempts), String(s.done), String(s.failures), formatMs(s.medianMs), formatMs(s.p95Ms), s.perMinute5m.toFixed(1), s.perMinute60m.toFixed(1),
    ]))}\n\n`);
    out.write(`Documents (${documentCounts(counts, total)}${total > documents.length ? `; the ${perStatus} most recently updated of each status shown, --documents all for every one` : ''})\n`);
    out.write(`${documents.length === 0 ? 'none' : renderTable(['document', 'source', 'stage', 'status', 'last error'], documents.map((d) => [d.id.slice(0, 12), basename(d.source), d.stage, d.status, d.lastError ?? '']), 90)}\n`);
    const versions = STAGES.map((stage) => `${stage} ${STAGE_VERSIONS[stage]}`).join(', ');
    out.write(`\n${behind} done document${behind === 1 ? ' is' : 's are'} behind the current stage versions (${versions})${behind > 0 ? ': palermo reprocess --all' : ''}\n`);
    if (failedIngestions.length > 0) {
      out.write('\nSources that could not be read\n');
      out.write(`${renderTable(['source', 'error'], failedIngestions.map((i) => [sourceLabel(i.source), i.lastError ?? '']), 100)}\n`);
    }
    if (rejectedJobs.length > 0) {
      out.write('\nJobs refused before naming a document (their payload is not a job of ours)\n');
      out.write(`${renderTable(['queue', 'job', 'bytes', 'reason', 'payload starts'], rejectedJobs.map((j) => [j.queue, j.jobId, String(j.payloadBytes), j.reason, j.payloadHead]), 80)}\n`);
    }
    return 0;
  } finally {
    await runtime.close();
  }
}
