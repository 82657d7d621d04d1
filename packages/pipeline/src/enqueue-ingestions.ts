import type { IngestionRecord, SourceRef } from '@palermo/contracts';
import type { QueueSet } from './queue-set.ts';

/** The one operation of the ingestions repository this needs (storage implements it). */
export interface IngestionCreator {
  create(source: SourceRef): Promise<IngestionRecord>;
}

/**
 * Records each source as an ingestion and only then enqueues its fetch job, so the store of
 * record knows of every job (the reconciliation sweep re-enqueues one Redis lost). Shared by
 * `palermo ingest` and `POST /ingest`.
 */
export async function enqueueIngestions(deps: { ingestions: IngestionCreator; queues: QueueSet }, sources: readonly SourceRef[]): Promise<IngestionRecord[]> {
  const ingestions: IngestionRecord[] = [];
  for (const source of sources) {
    const ingestion = await deps.ingestions.create(source);
    await deps.queues.enqueueFetch(ingestion.id);
    ingestions.push(ingestion);
  }
  return ingestions;
}
