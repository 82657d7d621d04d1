import type { DocumentRecord, StageName } from '@palermo/contracts';
import type { Runtime } from './runtime.ts';

/**
 * Sends a stored document through the pipeline again from `from`, without fetching it again:
 * each stage then skips what it already did at its current version (and after its input), and
 * redoes the rest, so only the stages whose version changed, and those after them, do work.
 * From fetch, the text is read again from the stored bytes (a new ingestion that names them),
 * never from the source. Returns the job id, or null for a document still on its way.
 */
export async function reprocessDocument(runtime: Runtime, document: DocumentRecord, from: StageName): Promise<string | null> {
  const { storage, queues } = runtime;
  if (document.status === 'queued' || document.status === 'running') return null; // it will run at the current versions anyway
  await storage.documents.requeue(document.id, from);
  if (from !== 'fetch') return queues.enqueueDocument(from, document.id);
  const earlier = await storage.ingestions.latestForDocument(document.id);
  const source = earlier?.source ?? (document.source.startsWith('http') ? { type: 'url' as const, url: document.source } : { type: 'file' as const, path: document.source });
  const ingestion = await storage.ingestions.create(source, { contentSha256: document.id });
  return queues.enqueueFetch(ingestion.id);
}
