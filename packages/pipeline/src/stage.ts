import type { DocumentStage, JobPayload, RejectedJobRecord, StageName } from '@palermo/contracts';
import type { Logger } from 'pino';

/** What a handler returns: the document it worked on and whether it did anything. */
export interface StageOutcome {
  status: 'done' | 'skipped';
  documentId: string;
  counts?: Record<string, number>;
}

/** What a handler is given besides its payload. */
export interface StageContext {
  log: Logger;
  jobId: string;
  attempt: number;
}

/** One stage's work: load by id, skip if done, call the core, store, return an outcome. */
export type StageHandler<S extends StageName> = (payload: JobPayload<S>, ctx: StageContext) => Promise<StageOutcome>;

/** A stage as a service exports it: its queue name and how to build its handler from dependencies. */
export interface StageDefinition<S extends StageName, D> {
  stage: S;
  createHandler(deps: D): StageHandler<S>;
}

/** Where the pipeline records each attempt, in the store of record (implemented by storage). */
export interface StageLedger {
  attemptStarted(event: AttemptEvent): Promise<void>;
  /**
   * Records a completion and moves the document on (never backwards). Returns whether the
   * document now waits at `next`, which is when the next stage's job is enqueued: a duplicate
   * or late job of a document already past `next`, or failed there, hands nothing off.
   */
  attemptFinished(event: AttemptEvent & { outcome: StageOutcome; durationMs: number; next: DocumentStage | null }): Promise<boolean>;
  attemptFailed(event: AttemptEvent & { error: string; final: boolean; durationMs: number }): Promise<void>;
  /**
   * Records a job refused before it named a document (a payload that fails its schema or is too
   * big): once per queue and job id, so that status shows why it failed, not only that it did.
   */
  jobRefused(refusal: Omit<RejectedJobRecord, 'rejectedAt'>): Promise<void>;
}

/** Identifies one attempt of one job. `ingestionId` is set for fetch jobs, `documentId` once known. */
export interface AttemptEvent {
  stage: StageName;
  jobId: string;
  attempt: number;
  documentId: string | null;
  ingestionId: string | null;
}
