import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { InvalidPayloadError } from './errors.ts';
import { MAX_PAYLOAD_BYTES, parsePayload } from './parse-payload.ts';

const Job = z.object({ documentId: z.string() });

describe('parsePayload', () => {
  it('refuses an oversized payload before parsing it, naming the queue, its size and the limit', () => {
    const data = { documentId: 'a', body: 'x'.repeat(MAX_PAYLOAD_BYTES) };
    expect(() => parsePayload('clean', Job, data)).toThrow(InvalidPayloadError);
    expect(() => parsePayload('clean', Job, data)).toThrow(`invalid clean payload: ${JSON.stringify(data).length} bytes, more than the limit of ${MAX_PAYLOAD_BYTES}`);
  });
  it('parses a payload of ids', () => {
    expect(parsePayload('clean', Job, { documentId: 'a' })).toEqual({ documentId: 'a' });
  });
});
