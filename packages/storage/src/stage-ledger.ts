import { PIPELINE_VERSION } from '@palermo/contracts';
import type { StageLedger } from '@palermo/pipeline';
import type { DocumentsRepository } from './repositories/documents.repository.ts';
import type { IngestionsRepository } from './repositories/ingestions.repository.ts';
import type { StageRunsRepository } from './repositories/stage-runs.repository.ts';

/** Records every attempt in the store of record: documents' stage and status, and the history. */
export function createStageLedger(repos: {
  documents: DocumentsRepository;
  ingestions: IngestionsRepository;
  runs: StageRunsRepository;
}): StageLedger {
  return {
    async attemptStarted(event) {
      if (event.ingestionId) await repos.ingestions.setStatus(event.ingestionId, 'running');
      if (event.documentId) await repos.documents.markRunning(event.documentId, event.stage);
    },
    async attemptFinished(event) {
      const { documentId } = event.outcome;
      await repos.runs.record({ ...event, documentId, outcome: event.outcome.status, error: null });
      if (event.ingestionId) await repos.ingestions.setStatus(event.ingestionId, 'done', { documentId });
      if (event.outcome.status === 'done' || event.stage !== 'fetch') {
        await repos.documents.advance(documentId, event.stage, event.next ?? 'done', PIPELINE_VERSION);
      }
    },
    async attemptFailed(event) {
      await repos.runs.record({ ...event, outcome: event.final ? 'failed' : 'retrying', error: event.error });
      if (!event.final) return;
      if (event.ingestionId) await repos.ingestions.setStatus(event.ingestionId, 'failed', { documentId: event.documentId, lastError: event.error });
      if (event.documentId) await repos.documents.markFailed(event.documentId, event.stage, event.error);
    },
  };
}
