import { z } from 'zod';
import { InvalidPayloadError } from './errors.ts';

/** Validates a job's payload with its contract; a mismatch is permanent, with the Zod error as its reason. */
export function parsePayload<T extends z.ZodType>(queue: string, schema: T, data: unknown): z.infer<T> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new InvalidPayloadError(`invalid ${queue} payload: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
