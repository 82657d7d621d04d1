import type { DocumentRecord, IngestionRecord } from '@palermo/contracts';
import type { Runtime } from './runtime.ts';

/**
 * Puts a failed document back in the queue at the stage it failed in. One that failed in fetch
 * has no stored text yet: the ingestions that brought it are fetched again instead.
 */
export async function retryDocument(runtime: Runtime, document: DocumentRecord): Promise<string[]> {
  const { storage, queues } = runtime;
  if (document.stage === 'fetch') {
    const ingestions = (await storage.ingestions.list({ limit: 10_000 })).filter((i) => i.documentId === document.id);
    await storage.documents.requeue(document.id, 'fetch');
    return Promise.all(ingestions.map((ingestion) => retryIngestion(runtime, ingestion)));
  }
  if (document.stage === 'done') return [];
  await storage.documents.requeue(document.id, document.stage);
  return [await queues.enqueueDocument(document.stage, document.id)];
}

/** Fetches a source again (its job retried with a full set of attempts). */
export async function retryIngestion(runtime: Runtime, ingestion: IngestionRecord): Promise<string> {
  await runtime.storage.ingestions.setStatus(ingestion.id, 'queued');
  return runtime.queues.enqueueFetch(ingestion.id);
}
