// Repositories against the embedded database (in memory): the idempotence the pipeline relies on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fact } from '@palermo/contracts';
import { openStorage, type Storage } from './open-storage.ts';

const ID = 'ab'.repeat(32);
const bytes = new TextEncoder().encode('Au 8 novembre 2016, le Protocole comptait 170 États parties.');

const fact = (value: number): Fact =>
  Fact.parse({
    document: ID, source: '/seeds/x.txt', extractor_version: 't', kind: 'treaty_parties', value, unit: 'States', currency: null,
    instrument: 'trafficking_protocol', fund: null, measure: null, qualifier: 'exact', as_of: '2016-11-08', state: null, action: null,
    date: null, subject: null, paragraph: 1, section: 'I', span: [42, 45], quote: 'Au 8 novembre 2016, le Protocole comptait 170 États parties.', confidence: 0.9,
  });

describe('storage', () => {
  let storage: Storage;

  beforeAll(async () => {
    storage = await openStorage({ dataDir: null });
  }, 60_000); // opening PGlite takes seconds on a loaded machine
  afterAll(async () => {
    await storage.close();
  });

  it('stores the same bytes once, however many sources bring them', async () => {
    expect(await storage.documents.upsert({ id: ID, bytes, mediaType: 'text/plain', source: '/a.txt', pipelineVersion: 1 })).toBe(true);
    expect(await storage.documents.upsert({ id: ID, bytes, mediaType: 'text/plain', source: '/b.txt', pipelineVersion: 1 })).toBe(false);
    expect(await storage.documents.sources(ID)).toEqual(['/a.txt', '/b.txt']);
    // A Buffer comes back, as from node-postgres: compared as plain bytes.
    expect(Uint8Array.from((await storage.documents.bytes(ID))!)).toEqual(bytes);
    expect((await storage.documents.get(ID))?.source).toBe('/a.txt');
  });

  it('stores raw bytes as they are, without a compression pass', async () => {
    const repetitive = new TextEncoder().encode('États parties. '.repeat(8_000)); // would compress to a few KB
    await storage.documents.putBlob('ee'.repeat(32), repetitive);
    const [row] = await storage.db.query<{ stored: number }>(`select pg_column_size(bytes) as stored from blobs where sha256 = $1`, ['ee'.repeat(32)]);
    expect(row?.stored).toBe(repetitive.byteLength);
  });

  it('moves a document forward through the stages, never backwards', async () => {
    expect(await storage.documents.advance(ID, 'fetch', 'clean', 1)).toEqual({ stage: 'clean', status: 'queued' });
    await storage.documents.advance(ID, 'clean', 'segment', 1);
    expect(await storage.documents.advance(ID, 'fetch', 'clean', 1), 'a late duplicate of an earlier stage moves nothing').toBeNull();
    expect(await storage.documents.get(ID)).toMatchObject({ stage: 'segment', status: 'queued' });
    const many = await storage.documents.getMany([ID, 'ef'.repeat(32)]);
    expect([...many.keys()]).toEqual([ID]);
    expect(many.get(ID)).toEqual(await storage.documents.get(ID));
    await storage.documents.markFailed(ID, 'clean', 'a late duplicate of clean failed');
    expect(await storage.documents.get(ID), 'a stage the document moved past cannot fail it').toMatchObject({ stage: 'segment', status: 'queued' });
    await storage.documents.markFailed(ID, 'segment', 'boom');
    expect(await storage.documents.get(ID)).toMatchObject({ stage: 'segment', status: 'failed', lastError: 'boom' });
    await storage.documents.advance(ID, 'segment', 'extract-figures', 1);
    expect(await storage.documents.get(ID)).toMatchObject({ stage: 'extract-figures', status: 'queued', lastError: null });
  });

  it('records a finished attempt, its ingestion and the move in one statement', async () => {
    const ingestion = await storage.ingestions.create({ type: 'file', path: '/c.txt' });
    const run = { documentId: ID, ingestionId: ingestion.id, stage: 'extract-figures' as const, jobId: 'j1', attempt: 1, outcome: 'done' as const, error: null, durationMs: 12 };
    expect(await storage.documents.advanceRecording(run, 'index', 1)).toEqual({ stage: 'index', status: 'queued' });
    expect(await storage.documents.advanceRecording({ ...run, jobId: 'j2' }, 'index', 1), 'moved already').toBeNull();
    expect((await storage.runs.forDocument(ID)).map((r) => [r.jobId, r.stage, r.ingestionId, r.durationMs])).toEqual([
      ['j1', 'extract-figures', ingestion.id, 12],
      ['j2', 'extract-figures', ingestion.id, 12],
    ]);
    expect(await storage.ingestions.get(ingestion.id)).toMatchObject({ status: 'done', documentId: ID, lastError: null });
  });

  it('never lets a late failure undo an ingestion that is done', async () => {
    const done = await storage.ingestions.create({ type: 'file', path: '/a.txt' });
    await storage.ingestions.setStatus(done.id, 'done', { documentId: ID });
    await storage.ingestions.markFailed(done.id, { documentId: ID, lastError: 'fetch stopped: job stalled more than allowable limit' });
    expect(await storage.ingestions.get(done.id), 'a stalled duplicate failed after another job finished it').toMatchObject({ status: 'done', lastError: null });
    const running = await storage.ingestions.create({ type: 'file', path: '/b.txt' });
    await storage.ingestions.setStatus(running.id, 'running');
    await storage.ingestions.markFailed(running.id, { documentId: null, lastError: 'boom' });
    expect(await storage.ingestions.get(running.id)).toMatchObject({ status: 'failed', lastError: 'boom' });
  });

  it('records a refused job once per queue and job id', async () => {
    const refusal = { queue: 'fetch', jobId: '7', reason: 'invalid fetch payload: ✖ Invalid UUID', payloadBytes: 27, payloadHead: '{"ingestionId":"not-a-uuid"}' };
    await storage.ledger.jobRefused(refusal);
    await storage.ledger.jobRefused({ ...refusal, reason: 'a second delivery of the same job' });
    await storage.ledger.jobRefused({ ...refusal, queue: 'clean', reason: 'invalid clean payload: 200054 bytes', payloadBytes: 200_054 });
    const listed = await storage.rejectedJobs.list();
    expect(listed.map(({ rejectedAt: _, ...rest }) => rest).sort((a, b) => a.queue.localeCompare(b.queue))).toEqual([
      { ...refusal, queue: 'clean', reason: 'invalid clean payload: 200054 bytes', payloadBytes: 200_054 },
      refusal,
    ]);
    expect(listed.every((job) => job.rejectedAt instanceof Date)).toBe(true);
    expect(await storage.rejectedJobs.countByQueue(), 'what /metrics reports as palermo_rejected_jobs_total').toEqual({ clean: 1, fetch: 1 });
  });

  it('replaces a document’s facts rather than adding to them', async () => {
    await storage.facts.replaceForDocument(ID, [fact(170), fact(187)]);
    await storage.facts.replaceForDocument(ID, [fact(170), fact(187)]);
    expect((await storage.facts.list({ document: ID.slice(0, 8) })).map((f) => f.value)).toEqual([170, 187]);
    expect(await storage.facts.countByKind()).toEqual({ treaty_parties: 2 });
  });

  it('rolls a transaction back whole', async () => {
    await expect(storage.transaction(async (tx) => {
      await tx.facts.replaceForDocument(ID, [fact(1)]);
      throw new Error('crash mid-write');
    })).rejects.toThrow('crash mid-write');
    expect((await storage.facts.list({ document: ID })).map((f) => f.value)).toEqual([170, 187]);
  });

  it('keeps stage outputs keyed by stage version', async () => {
    await storage.outputs.put(ID, 'clean', 1, { text: 'x', corrections: [], removed: [] });
    expect(await storage.outputs.isDone(ID, 'clean', 1)).toBe(true);
    expect(await storage.outputs.isDone(ID, 'clean', 2)).toBe(false);
  });

  it('counts a stage as done only if its output is newer than its input', async () => {
    await storage.outputs.put(ID, 'segment', 1, {});
    expect(await storage.outputs.isDone(ID, 'segment', 1)).toBe(true);
    await storage.outputs.put(ID, 'clean', 2, { text: 'y', corrections: [], removed: [] }); // clean redone at a new version
    expect(await storage.outputs.isDone(ID, 'segment', 1), 'segment must run again on the new text').toBe(false);
  });

  it('sees a stage redone as newer than the next stage’s output, even within one tick of the clock', async () => {
    // PGlite's clock counts milliseconds; these writes take a fraction of one.
    for (let i = 0; i < 30; i++) {
      await storage.outputs.put(ID, 'clean', 1, { text: `x${i}`, corrections: [], removed: [] });
      await storage.outputs.put(ID, 'segment', 1, {});
      await storage.outputs.put(ID, 'clean', 1, { text: `y${i}`, corrections: [], removed: [] });
      expect(await storage.outputs.isDone(ID, 'segment', 1), `segment must run again on the new text (write ${i})`).toBe(false);
    }
  });

  it('counts the done documents behind the current stage versions', async () => {
    await storage.documents.advance(ID, 'index', 'done', 1);
    const current = { fetch: 1, clean: 1, segment: 1 };
    await storage.outputs.put(ID, 'fetch', 1, {});
    await storage.outputs.put(ID, 'clean', 1, {});
    await storage.outputs.put(ID, 'segment', 1, {});
    expect(await storage.outputs.countBehind(current)).toBe(0);
    expect(await storage.outputs.countBehind({ ...current, segment: 2 })).toBe(1);
    expect(await storage.outputs.countBehind({ ...current, index: 1 }), 'a missing output is behind too').toBe(1);
  });
});
