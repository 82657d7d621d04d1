import { z } from 'zod';
import type { Logger } from 'pino';
import type { RejectedJobRecord } from '@palermo/contracts';
import { InvalidPayloadError } from './errors.ts';

/** Payloads carry ids, never document bodies (claim check): anything this big is not a job of ours. */
export const MAX_PAYLOAD_BYTES = 16 * 1024;

/** Validates a job's payload with its contract; a mismatch is permanent, with the Zod error as its reason. */
export function parsePayload<T extends z.ZodType>(queue: string, schema: T, data: unknown): z.infer<T> {
  const size = Buffer.byteLength(JSON.stringify(data) ?? '');
  if (size > MAX_PAYLOAD_BYTES) {
    throw new InvalidPayloadError(`invalid ${queue} payload: ${size} bytes, more than the limit of ${MAX_PAYLOAD_BYTES} (a job carries ids, never document bodies)`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new InvalidPayloadError(`invalid ${queue} payload: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** How many characters of a refused payload are kept, for the operator to recognise it. */
export const PAYLOAD_HEAD_CHARS = 200;

/**
 * A payload's size as JSON, in bytes, and its first characters as JSON text: storable as is
 * (JSON escapes NUL, control characters and lone surrogates) and cut before a surrogate pair it
 * would split, so the head is always well-formed text.
 */
export function payloadSummary(data: unknown, headChars = PAYLOAD_HEAD_CHARS): { bytes: number; head: string } {
  const text = JSON.stringify(data) ?? '';
  const cut = text.slice(0, headChars);
  const head = /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
  return { bytes: Buffer.byteLength(text), head };
}

/** Where a refused job is recorded (storage's ledger): a job that named no document has no other place. */
export type RecordRefusal = (refusal: Omit<RejectedJobRecord, 'rejectedAt'>) => Promise<void>;

/**
 * Parses a job's payload with its contract. A refused payload is logged and recorded with its
 * reason, size and start before the error is rethrown (the job then fails for good); a failure
 * to record it is logged and does not hide the refusal.
 */
export async function parseJobPayload<T extends z.ZodType>(
  queue: string,
  schema: T,
  job: { id?: string | undefined; data: unknown },
  { log, recordRefusal }: { log: Logger; recordRefusal: RecordRefusal },
): Promise<z.infer<T>> {
  try {
    return parsePayload(queue, schema, job.data);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const jobId = job.id ?? 'unknown';
    const { bytes, head } = payloadSummary(job.data);
    log.error({ queue, jobId, payloadBytes: bytes, payloadHead: head }, reason);
    await recordRefusal({ queue, jobId, reason, payloadBytes: bytes, payloadHead: head }).catch((recordError: unknown) => {
      log.error({ err: recordError, queue, jobId }, 'could not record the refused job in storage');
    });
    throw error;
  }
}
