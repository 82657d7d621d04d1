import { z } from 'zod';
import { STAGES } from './queues.ts';
import { DocumentId, SourceRef } from './jobs.ts';
import { MediaType } from './text-records.ts';

export const StageOrDone = z.enum([...STAGES, 'done']);
export type StageOrDone = z.infer<typeof StageOrDone>;

export const DocumentStatus = z.enum(['queued', 'running', 'done', 'failed']);
export type DocumentStatus = z.infer<typeof DocumentStatus>;

/** One request to ingest one source; it exists before its fetch job is enqueued. */
export const IngestionRecord = z.object({
  id: z.uuid(),
  source: SourceRef,
  status: DocumentStatus,
  documentId: DocumentId.nullable(),
  contentSha256: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type IngestionRecord = z.infer<typeof IngestionRecord>;

/** A document: one set of raw bytes, however many sources it was ingested from. */
export const DocumentRecord = z.object({
  id: DocumentId,
  mediaType: MediaType,
  byteLength: z.number().int().nonnegative(),
  source: z.string(), // the first source it was ingested from (path or URL)
  stage: StageOrDone,
  status: DocumentStatus,
  lastError: z.string().nullable(),
  pipelineVersion: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

/**
 * What a wait follows of one request: its state and, once fetched, its document's, as numbers and
 * short strings (`ingest --wait` polls every unfinished request of an ingest, thousands at a time).
 */
export const IngestionProgress = z.object({
  id: z.uuid(),
  label: z.string(), // the source as given: path or URL
  status: DocumentStatus,
  lastError: z.string().nullable(),
  updatedAtMs: z.number(),
  document: z
    .object({ id: DocumentId, stage: StageOrDone, status: DocumentStatus, lastError: z.string().nullable(), updatedAtMs: z.number() })
    .nullable(),
});
export type IngestionProgress = z.infer<typeof IngestionProgress>;

/** One attempt of one stage on one document: the history an operator reads. */
export const StageRunRecord = z.object({
  documentId: z.string().nullable(), // null for a fetch that failed before its bytes were read
  ingestionId: z.string().nullable(), // set for fetch attempts
  stage: z.string(),
  jobId: z.string(),
  attempt: z.number().int(),
  outcome: z.enum(['done', 'skipped', 'failed', 'retrying']),
  error: z.string().nullable(),
  durationMs: z.number().int(),
  finishedAt: z.date(),
});
export type StageRunRecord = z.infer<typeof StageRunRecord>;

/**
 * A job a worker refused before it named any document (its payload failed its schema, or was
 * too big to be a job of ours): no ingestion or document can carry its reason, so this does.
 */
export const RejectedJobRecord = z.object({
  queue: z.string(),
  jobId: z.string(),
  reason: z.string(),
  payloadBytes: z.number().int(), // the payload's size as JSON, in bytes
  payloadHead: z.string(), // the start of the payload as JSON text, cut at a character boundary
  rejectedAt: z.date(),
});
export type RejectedJobRecord = z.infer<typeof RejectedJobRecord>;

/**
 * One stage's duration and throughput, from its attempts in stage_runs: durations are those of
 * attempts that did the work (outcome done), failures count retried and final failures alike.
 */
export const StageFigures = z.object({
  stage: z.string(),
  attempts: z.number().int(),
  done: z.number().int(),
  failures: z.number().int(),
  medianMs: z.number().nullable(), // null: no attempt done yet
  p95Ms: z.number().nullable(),
  perMinute5m: z.number(), // attempts done per minute over the last 5 minutes
  perMinute60m: z.number(),
});
export type StageFigures = z.infer<typeof StageFigures>;
