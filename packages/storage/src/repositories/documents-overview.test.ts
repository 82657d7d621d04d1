// `palermo status` on a large store: counts by status, and the most recently updated of each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage, type Storage } from '../open-storage.ts';

const id = (n: number): string => n.toString(16).padStart(64, '0');
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5)); // PGlite's clock counts milliseconds

describe('documents overview', () => {
  let storage: Storage;

  beforeAll(async () => {
    storage = await openStorage({ dataDir: null });
    for (let n = 1; n <= 5; n++) {
      await storage.documents.upsert({ id: id(n), bytes: new TextEncoder().encode(`document ${n}`), mediaType: 'text/plain', source: `/d${n}.txt`, pipelineVersion: 1 });
      await tick();
    }
    await storage.documents.markFailed(id(2), 'fetch', 'unreadable');
    await tick();
    await storage.documents.markFailed(id(1), 'fetch', 'unreadable');
  }, 60_000);
  afterAll(async () => {
    await storage.close();
  });

  it('counts every status and keeps the most recently updated of each, oldest first', async () => {
    const { counts, shown } = await storage.documents.overview(1);
    expect(counts).toEqual({ running: 3, failed: 2 });
    expect(shown.map((d) => [d.id, d.status])).toEqual([
      [id(1), 'failed'],
      [id(5), 'running'],
    ]);
  });

  it('shows every document when told to', async () => {
    const { counts, shown } = await storage.documents.overview(null);
    expect(counts).toEqual({ running: 3, failed: 2 });
    expect(shown.map((d) => d.id)).toEqual([1, 2, 3, 4, 5].map(id));
  });
});
