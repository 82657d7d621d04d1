import { z } from 'zod';
import { StageFigures } from '@palermo/contracts';

const QueueCounts = z.object({
  stage: z.string(),
  counts: z.record(z.string(), z.number().int()).describe('jobs per BullMQ state: waiting, active, delayed, failed, completed, paused'),
});

/** A job a worker refused before it named a document: why, and what it carried. */
const RejectedJob = z.object({
  queue: z.string(),
  jobId: z.string(),
  reason: z.string().describe('why the worker refused it: the payload fails its schema (the Zod error), or is over the size limit'),
  payloadBytes: z.number().int().describe('the payload’s size as JSON, in bytes'),
  payloadHead: z.string().describe('the start of the payload as JSON text (at most 200 characters)'),
  rejectedAt: z.string(),
});

/** The pipeline at a glance, as `palermo status --json` gives it, without the per-document lists (GET /documents, GET /ingestions). */
export const StatusResponse = z.object({
  queues: z.array(QueueCounts),
  stages: z.array(StageFigures).describe('each stage’s attempts, failures, median and p95 duration (ms) and pace, from the history of attempts'),
  rejectedJobs: z.array(RejectedJob).describe('jobs refused before naming a document (malformed or oversized payloads), newest first: no document or ingestion carries their reason'),
  behindCurrentVersions: z.number().int().describe('done documents whose stages ran at an older version (palermo reprocess --all)'),
});
