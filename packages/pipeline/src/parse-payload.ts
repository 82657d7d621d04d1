import { z } from 'zod';
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
