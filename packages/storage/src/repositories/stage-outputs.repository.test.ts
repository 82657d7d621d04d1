// Stage outputs read back by the process that wrote them: from its own JSON while the row is the
// one it wrote, from the database once another writer (or a rollback) changed it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openStorage, Storage } from '../open-storage.ts';
import type { Sql } from '../sql.ts';
import { RecentOutputs, StageOutputsRepository } from './stage-outputs.repository.ts';

const ID = 'cd'.repeat(32);
const Output = z.object({ text: z.string(), pages: z.array(z.number()) });

describe('stage outputs', () => {
  let storage: Storage;
  const shipped: unknown[] = []; // the `output` column of every row read
  let outputs: StageOutputsRepository;

  beforeAll(async () => {
    storage = await openStorage({ dataDir: null });
    await storage.documents.upsert({ id: ID, bytes: new Uint8Array([1]), mediaType: 'text/plain', source: '/x.txt', pipelineVersion: 1 });
    const recording: Sql = {
      query: async <T extends object>(text: string, params?: readonly unknown[]) => {
        const rows = await storage.db.query<T>(text, params);
        shipped.push(...rows.map((row) => (row as { output?: unknown }).output));
        return rows;
      },
      exec: (text) => storage.db.exec(text),
      transaction: (work) => storage.db.transaction(work),
    };
    outputs = new StageOutputsRepository(recording, new RecentOutputs());
  }, 60_000);
  afterAll(async () => {
    await storage.close();
  });

  it('reads its own last write without the output travelling back', async () => {
    await outputs.put(ID, 'fetch', 1, { text: 'premier', pages: [1.5, 2] });
    shipped.length = 0;
    expect(await outputs.get(ID, 'fetch', Output)).toEqual({ text: 'premier', pages: [1.5, 2] });
    expect(shipped).toEqual([null]);
  });

  it('reads the stored row once another process has written it', async () => {
    await new Storage(storage.db).outputs.put(ID, 'fetch', 1, { text: 'second', pages: [] });
    shipped.length = 0;
    expect(await outputs.get(ID, 'fetch', Output)).toEqual({ text: 'second', pages: [] });
    expect(shipped).toEqual([{ text: 'second', pages: [] }]);
  });

  it('reads the stored row when its own write was rolled back', async () => {
    await storage.outputs.put(ID, 'clean', 1, { text: 'kept', pages: [] });
    await expect(
      storage.transaction(async (tx) => {
        await tx.outputs.put(ID, 'clean', 1, { text: 'rolled back', pages: [] });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await storage.outputs.get(ID, 'clean', Output)).toEqual({ text: 'kept', pages: [] });
    expect(await storage.outputs.get(ID, 'segment', Output)).toBeNull();
  });

  it('forgets the oldest outputs beyond its count or its characters, and keeps none too large', () => {
    const recent = new RecentOutputs(2, 40);
    recent.set('a', 'fetch', 't1', '1');
    recent.set('b', 'fetch', 't2', '2');
    recent.set('c', 'fetch', 't3', '3');
    expect([recent.get('a', 'fetch'), recent.get('b', 'fetch')?.json, recent.get('c', 'fetch')?.json]).toEqual([undefined, '2', '3']);
    recent.set('d', 'fetch', 't4', '4'.repeat(10));
    recent.set('e', 'fetch', 't5', '5'.repeat(10));
    recent.set('f', 'fetch', 't6', '6'.repeat(30));
    expect(['c', 'd', 'e', 'f'].map((id) => recent.get(id, 'fetch')?.json.length)).toEqual([undefined, 10, 10, undefined]);
    recent.set('d', 'fetch', 't7', '7'.repeat(8));
    recent.set('g', 'fetch', 't8', '8'.repeat(10));
    expect(['d', 'e', 'g'].map((id) => recent.get(id, 'fetch')?.json.length)).toEqual([8, undefined, 10]);
  });
});
