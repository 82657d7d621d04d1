import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { InvalidPayloadError } from './errors.ts';
import pino from 'pino';
import { MAX_PAYLOAD_BYTES, parseJobPayload, parsePayload, payloadSummary, type RecordRefusal } from './parse-payload.ts';

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

describe('payloadSummary', () => {
  it('gives the size in bytes of the JSON and its first characters', () => {
    const data = { documentId: 'é'.repeat(300) };
    const { bytes, head } = payloadSummary(data);
    expect(bytes).toBe(Buffer.byteLength(JSON.stringify(data)));
    expect(bytes).toBe(617);
    expect(head).toBe(`{"documentId":"${'é'.repeat(185)}`);
  });
  it('never ends the head with half of a surrogate pair', () => {
    const data = { note: '😀'.repeat(10) }; // {"note":" is 9 characters, then pairs
    expect(payloadSummary(data, 10).head).toBe('{"note":"');
    expect(payloadSummary(data, 11).head).toBe('{"note":"😀');
  });
  it('keeps NUL, control characters and lone surrogates escaped, as text', () => {
    const { head } = payloadSummary({ a: '\u0000\u0007\uD800' });
    expect(head).toBe('{"a":"\\u0000\\u0007\\ud800"}');
    expect(head).not.toMatch(/[\u0000-\u001f]/);
  });
  it('reads an absent payload as empty', () => {
    expect(payloadSummary(undefined)).toEqual({ bytes: 0, head: '' });
  });
});

describe('parseJobPayload', () => {
  const log = pino({ level: 'silent' });

  it('records a refused job with its reason, size and start, then fails it', async () => {
    const refusals: Array<Parameters<RecordRefusal>[0]> = [];
    const recordRefusal: RecordRefusal = async (refusal) => void refusals.push(refusal);
    await expect(parseJobPayload('clean', Job, { id: '42', data: { documentId: 7 } }, { log, recordRefusal })).rejects.toThrow(InvalidPayloadError);
    expect(refusals).toEqual([{ queue: 'clean', jobId: '42', reason: expect.stringMatching(/^invalid clean payload: .*documentId/s), payloadBytes: 16, payloadHead: '{"documentId":7}' }]);
  });

  it('records nothing for a valid payload', async () => {
    const recordRefusal: RecordRefusal = async () => expect.unreachable('nothing to record');
    expect(await parseJobPayload('clean', Job, { id: '1', data: { documentId: 'a' } }, { log, recordRefusal })).toEqual({ documentId: 'a' });
  });

  it('still fails the job with its own reason when the refusal cannot be recorded', async () => {
    const recordRefusal: RecordRefusal = async () => {
      throw new Error('the database is down');
    };
    await expect(parseJobPayload('clean', Job, { data: null }, { log, recordRefusal })).rejects.toThrow(/^invalid clean payload/);
  });
});
