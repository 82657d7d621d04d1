import { z } from 'zod';
import { STAGES, type StageName } from './queues.ts';
import { ScanSourceJob, SOURCES_QUEUE } from './sources.ts';

/** A document id: the SHA-256 of the raw bytes, lowercase hex. */
export const DocumentId = z.string().regex(/^[0-9a-f]{64}$/, 'a document id is 64 lowercase hex characters (SHA-256)');
export type DocumentId = z.infer<typeof DocumentId>;

/** Where a report comes from: a local path (absolute) or an http(s) URL. */
export const SourceRef = z.discriminatedUnion('type', [
  z.object({ type: z.literal('file'), path: z.string().min(1) }),
  z.object({ type: z.literal('url'), url: z.url({ protocol: /^https?$/ }) }),
]);
export type SourceRef = z.infer<typeof SourceRef>;

/**
 * fetch: reads one source; the ingestion row says what to read (claim check). A job names its
 * work, not a version: the worker that takes it runs its own stage version (older payloads that
 * still carry `pipelineVersion` parse, the field is dropped).
 */
export const FetchDocumentJob = z.object({
  ingestionId: z.uuid(),
});
export type FetchDocumentJob = z.infer<typeof FetchDocumentJob>;

/** Every stage after fetch works on one stored document. */
export const DocumentJob = z.object({
  documentId: DocumentId,
});
export type DocumentJob = z.infer<typeof DocumentJob>;

export const CleanDocumentJob = DocumentJob;
export type CleanDocumentJob = DocumentJob;
export const SegmentDocumentJob = DocumentJob;
export type SegmentDocumentJob = DocumentJob;
export const ExtractFiguresJob = DocumentJob;
export type ExtractFiguresJob = DocumentJob;
export const IndexDocumentJob = DocumentJob;
export type IndexDocumentJob = DocumentJob;

/** How long BullMQ keeps finished jobs: for operators to inspect, never to decide anything. */
export interface JobRetention {
  age: number; // seconds
  count: number;
}

/** One queue as every producer and worker uses it: payload contract, retries, retention. */
export interface QueueSpec<S extends z.ZodType = z.ZodType> {
  schema: S;
  attempts: number;
  backoffMs: number; // first delay of the exponential backoff
  keepCompleted: JobRetention;
  keepFailed: JobRetention;
}

const DAY_S = 24 * 3600;

// Stages: completed jobs are pruned within a day (storage holds the history); failed ones stay a
// month for operators. Neither can block new work: job ids are unique and deduplication ends
// when a job finishes.
const stage = <S extends z.ZodType>(schema: S): QueueSpec<S> => ({
  schema,
  attempts: 5,
  backoffMs: 2_000,
  keepCompleted: { age: DAY_S, count: 10_000 },
  keepFailed: { age: 30 * DAY_S, count: 100_000 },
});

/** The one catalogue of queues: the five stages and the scheduled scans of declared sources. */
export const QUEUES = {
  fetch: stage(FetchDocumentJob),
  clean: stage(CleanDocumentJob),
  segment: stage(SegmentDocumentJob),
  'extract-figures': stage(ExtractFiguresJob),
  index: stage(IndexDocumentJob),
  // A scan runs on a schedule: a few recent runs are enough to read what happened.
  [SOURCES_QUEUE]: { schema: ScanSourceJob, attempts: 5, backoffMs: 2_000, keepCompleted: { age: 7 * DAY_S, count: 100 }, keepFailed: { age: 30 * DAY_S, count: 500 } },
} as const satisfies Record<StageName | typeof SOURCES_QUEUE, QueueSpec>;
export type QueueName = keyof typeof QUEUES;

/** The payload schema of each stage's queue, used by the worker to validate before anything else. */
export const JOB_SCHEMAS = Object.fromEntries(STAGES.map((name) => [name, QUEUES[name].schema])) as {
  [S in StageName]: (typeof QUEUES)[S]['schema'];
};

/** The payload type of a stage's queue. */
export type JobPayload<S extends StageName> = z.infer<(typeof JOB_SCHEMAS)[S]>;

/** Published on the `events` channel when a document's facts are indexed. */
export const DocumentIndexedEvent = z.object({
  type: z.literal('document.indexed'),
  documentId: DocumentId,
  pipelineVersion: z.number().int(),
  facts: z.number().int().nonnegative(),
  paragraphs: z.number().int().nonnegative(),
  at: z.iso.datetime(),
});
export type DocumentIndexedEvent = z.infer<typeof DocumentIndexedEvent>;
