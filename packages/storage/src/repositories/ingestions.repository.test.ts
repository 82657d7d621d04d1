// What `ingest --wait` polls: each request's state and its document's, read in one statement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage, type Storage } from '../open-storage.ts';

const DOCUMENT = 'ab'.repeat(32);

describe('ingestions progress', () => {
  let storage: Storage;

  beforeAll(async () => {
    storage = await openStorage({ dataDir: null });
  }, 60_000);
  afterAll(async () => {
    await storage.close();
  });

  it('gives each request asked for, oldest first, with its document once fetched', async () => {
    const queued = await storage.ingestions.create({ type: 'file', path: '/reports/a.pdf' });
    const fetched = await storage.ingestions.create({ type: 'url', url: 'https://undocs.org/A/80/100' });
    const other = await storage.ingestions.create({ type: 'file', path: '/reports/other.pdf' });
    await storage.documents.upsert({ id: DOCUMENT, bytes: new Uint8Array([1, 2]), mediaType: 'application/pdf', source: 'https://undocs.org/A/80/100', pipelineVersion: 1 });
    await storage.ingestions.setStatus(fetched.id, 'done', { documentId: DOCUMENT });
    await storage.documents.requeue(DOCUMENT, 'clean');
    await storage.documents.markFailed(DOCUMENT, 'clean', 'clean: no text');

    const progress = await storage.ingestions.progress([fetched.id, queued.id]);
    expect(progress.map((p) => p.id)).toEqual([queued.id, fetched.id]);
    expect(progress[0]).toMatchObject({ label: '/reports/a.pdf', status: 'queued', lastError: null, document: null });
    expect(progress[1]).toMatchObject({
      label: 'https://undocs.org/A/80/100',
      status: 'done',
      document: { id: DOCUMENT, stage: 'clean', status: 'failed', lastError: 'clean: no text' },
    });
    // Times as epoch milliseconds, the document's moving on its own.
    const [row] = await storage.db.query<{ ms: number }>('select (extract(epoch from updated_at) * 1000)::float8 as ms from documents where id = $1', [DOCUMENT]);
    expect(progress[1]!.document!.updatedAtMs).toBe(row!.ms);
    expect(Math.abs(progress[0]!.updatedAtMs - Date.now())).toBeLessThan(60_000);
    expect(progress.some((p) => p.id === other.id)).toBe(false);
    expect(await storage.ingestions.progress([])).toEqual([]);
  });

  it('finds the newest request that read a document', async () => {
    const id = 'cd'.repeat(32);
    await storage.documents.upsert({ id, bytes: new Uint8Array([3]), mediaType: 'text/plain', source: '/reports/b.txt', pipelineVersion: 1 });
    expect(await storage.ingestions.latestForDocument(id)).toBeNull();
    const first = await storage.ingestions.create({ type: 'file', path: '/reports/b.txt' });
    await storage.ingestions.setStatus(first.id, 'done', { documentId: id });
    const again = await storage.ingestions.create({ type: 'file', path: '/copies/b.txt' }, { contentSha256: id });
    await storage.ingestions.setStatus(again.id, 'done', { documentId: id });
    expect((await storage.ingestions.latestForDocument(id))?.id).toBe(again.id);
    // Made in one tick of the clock (PGlite's counts milliseconds): the later request still wins.
    await storage.db.query('update ingestions set created_at = (select created_at from ingestions where id = $1) where id = $2', [first.id, again.id]);
    expect((await storage.ingestions.latestForDocument(id))?.id).toBe(again.id);
  });
});
