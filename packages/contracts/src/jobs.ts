import { z } from 'zod';
import { PIPELINE_VERSION, type StageName } from './queues.ts';

/** A document id: the SHA-256 of the raw bytes, lowercase hex. */
export const DocumentId = z.string().regex(/^[0-9a-f]{64}$/, 'a document id is 64 lowercase hex characters (SHA-256)');
export type DocumentId = z.infer<typeof DocumentId>;

/** Where a report comes from: a local path (absolute) or an http(s) URL. */
export const SourceRef = z.discriminatedUnion('type', [
  z.object({ type: z.literal('file'), path: z.string().min(1) }),
  z.object({ type: z.literal('url'), url: z.url({ protocol: /^https?$/ }) }),
]);
export type SourceRef = z.infer<typeof SourceRef>;

/** fetch: reads one source; the ingestion row says what to read (claim check). */
export const FetchDocumentJob = z.object({
  ingestionId: z.uuid(),
  pipelineVersion: z.number().int().positive().default(PIPELINE_VERSION),
});
export type FetchDocumentJob = z.infer<typeof FetchDocumentJob>;

/** Every stage after fetch works on one stored document. */
export const DocumentJob = z.object({
  documentId: DocumentId,
  pipelineVersion: z.number().int().positive().default(PIPELINE_VERSION),
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

/** The payload schema of each queue, used by the worker to validate before anything else. */
export const JOB_SCHEMAS = {
  fetch: FetchDocumentJob,
  clean: CleanDocumentJob,
  segment: SegmentDocumentJob,
  'extract-figures': ExtractFiguresJob,
  index: IndexDocumentJob,
} as const satisfies Record<StageName, z.ZodType>;

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
