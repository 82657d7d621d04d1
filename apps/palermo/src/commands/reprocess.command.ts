import { basename } from 'node:path';
import { isStageName, STAGES, type DocumentRecord, type StageName } from '@palermo/contracts';
import { pollInterval } from '../progress/poll-interval.ts';
import { reprocessDocument } from '../reprocess.ts';
import { openRuntime, startWorkers, type RunningWorkers, type Runtime } from '../runtime.ts';
import type { CommandContext } from './command-context.ts';
import { findOneDocument } from './find-document.ts';

/**
 * `palermo reprocess [--from <stage>] [--document D | --all] [--wait]`: brings stored documents up
 * to the current stage versions without fetching them again (see reprocessDocument).
 */
export async function reprocessCommand(options: { from?: string; document?: string; all?: boolean; wait?: boolean }, { env, log, out }: CommandContext): Promise<number> {
  const from = options.from ?? 'fetch';
  if (!isStageName(from)) {
    out.error(`unknown stage ${from}; the stages are ${STAGES.join(', ')}`);
    return 2;
  }
  if (!options.document === !options.all) {
    out.error('name one document with --document, or give --all');
    return 2;
  }
  const runtime = await openRuntime(env, log);
  let workers: RunningWorkers | null = null;
  try {
    const documents = options.document ? [await findOneDocument(runtime.storage, options.document, out)] : await runtime.storage.documents.list();
    if (documents[0] === null) return 1;
    const queued: DocumentRecord[] = [];
    for (const document of documents as DocumentRecord[]) {
      if (await reprocessDocument(runtime, document, from)) queued.push(document);
      else out.info(`  ${basename(document.source).padEnd(36)} still ${document.stage} ${document.status}: it runs at the current versions already`);
    }
    out.info(`reprocessing ${queued.length} document${queued.length === 1 ? '' : 's'} from ${from}`);
    if (!options.wait || queued.length === 0) return 0;
    if ((await runtime.queues.workerCount()) === 0) {
      out.info('no workers running elsewhere: running the stages in this process');
      workers = await startWorkers(runtime, STAGES);
    }
    return await waitForDocuments(runtime, queued.map((d) => d.id), from, out);
  } finally {
    await workers?.close();
    await runtime.close();
  }
}

/** Polls storage until the documents are done or failed again; gives up after INGEST_STALL_TIMEOUT_MS without progress. */
async function waitForDocuments(runtime: Runtime, ids: string[], from: StageName, out: CommandContext['out']): Promise<number> {
  let lastProgress = Date.now();
  let lastState = '';
  // Done or failed, a document stays so until this wait ends: it is read no more.
  const settled = new Map<string, DocumentRecord>();
  for (;;) {
    // One statement a poll, not one per document, and only of the documents still moving:
    // `reprocess --all` waits on every stored document.
    const found = await runtime.storage.documents.getMany(ids.filter((id) => !settled.has(id)));
    for (const [id, d] of found) if (d.status !== 'queued' && d.status !== 'running') settled.set(id, d);
    const documents = ids.map((id) => settled.get(id) ?? found.get(id) ?? null);
    const state = documents.map((d) => `${d?.stage}/${d?.status}/${d?.updatedAt.getTime()}`).join(',');
    if (state !== lastState) [lastState, lastProgress] = [state, Date.now()];
    const pending = documents.filter((d) => d && (d.status === 'queued' || d.status === 'running'));
    if (pending.length === 0) {
      const failed = documents.filter((d) => d?.status === 'failed');
      for (const d of failed) out.error(`  ${basename(d!.source)}: ${d!.stage} failed: ${d!.lastError ?? ''}`);
      out.info(`${documents.length - failed.length} done, ${failed.length} failed (reprocessed from ${from})`);
      return failed.length > 0 ? 1 : 0;
    }
    if (Date.now() - lastProgress >= runtime.env.INGEST_STALL_TIMEOUT_MS) {
      for (const d of pending) out.error(`  ${basename(d!.source)} not moving: ${d!.stage} ${d!.status}`);
      return 1;
    }
    await new Promise((resolve) => setTimeout(resolve, pollInterval(pending.length)));
  }
}
