import { PIPELINE_VERSION } from '@palermo/contracts';
import { nameTheDocument, type AttemptEvent, type StageLedger } from '@palermo/pipeline';
import type { DocumentsRepository } from './repositories/documents.repository.ts';
import { sourceLabel, type IngestionsRepository } from './repositories/ingestions.repository.ts';
import type { RejectedJobsRepository } from './repositories/rejected-jobs.repository.ts';
import type { StageRunsRepository } from './repositories/stage-runs.repository.ts';

/** Records every attempt in the store of record: documents' stage and status, and the history. */
export function createStageLedger(repos: {
  documents: DocumentsRepository;
  ingestions: IngestionsRepository;
  runs: StageRunsRepository;
  rejectedJobs: RejectedJobsRepository;
}): StageLedger {
  /** The source the user gave for this attempt's work, for failure reasons that name it. */
  const sourceOf = async (event: AttemptEvent): Promise<string | null> => {
    const ingestion = event.ingestionId ? await repos.ingestions.get(event.ingestionId) : null;
    if (ingestion) return sourceLabel(ingestion.source);
    return event.documentId ? ((await repos.documents.get(event.documentId))?.source ?? null) : null;
  };

  return {
    async attemptStarted(event) {
      if (event.ingestionId) await repos.ingestions.setStatus(event.ingestionId, 'running');
      if (event.documentId) await repos.documents.markRunning(event.documentId, event.stage);
    },
    async attemptFinished(event) {
      const { documentId } = event.outcome;
      // The attempt recorded, its ingestion done and the document moved on, in one statement. A
      // skipped stage moves the document on too: a fetch killed after storing its text but
      // before its hand-off is retried, skips, and must still pass the document to clean.
      const run = { ...event, documentId, outcome: event.outcome.status, error: null };
      const moved = await repos.documents.advanceRecording(run, event.next ?? 'done', PIPELINE_VERSION);
      if (!event.next) return false;
      // Where the update put it, or, when it had gone past this stage already, where it is now.
      const document = moved ?? (await repos.documents.get(documentId));
      return document?.stage === event.next && (document.status === 'queued' || document.status === 'running');
    },
    async attemptFailed(event) {
      const error = nameTheDocument(event.error, { source: await sourceOf(event), documentId: event.documentId });
      await repos.runs.record({ ...event, outcome: event.final ? 'failed' : 'retrying', error });
      if (!event.final) return;
      if (event.ingestionId) await repos.ingestions.markFailed(event.ingestionId, { documentId: event.documentId, lastError: error });
      if (event.documentId) await repos.documents.markFailed(event.documentId, event.stage, error);
    },
    async jobRefused(refusal) {
      await repos.rejectedJobs.record(refusal);
    },
  };
}
