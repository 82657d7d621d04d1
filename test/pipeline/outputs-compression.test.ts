// Stage outputs are compressed with lz4 on a PostgreSQL server that has it (migration 011), and a
// row stored with pglz before the migration reads back the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CleanedText } from '@palermo/contracts';
import { openStorage, type Storage } from '@palermo/storage';
import { createSandbox, type Sandbox } from '../support/harness.ts';

const cleaned = (text: string): CleanedText => ({ text, corrections: [], removed: [] });
const text = 'Les États parties au Protocole relatif à la traite des personnes. '.repeat(2_000); // compressible, past TOAST's 2 kB

describe('stage outputs on PostgreSQL', () => {
  let sandbox: Sandbox;
  let storage: Storage;

  beforeAll(async () => {
    sandbox = await createSandbox('postgres');
    storage = await openStorage({ databaseUrl: sandbox.env.DATABASE_URL, dataDir: null });
  });

  afterAll(async () => {
    await storage?.close();
    await sandbox?.cleanup();
  });

  it('are stored with lz4, and rows stored with pglz before stay readable', async () => {
    const ids = ['a1'.repeat(32), 'b2'.repeat(32)];
    for (const id of ids) await storage.documents.upsert({ id, bytes: new TextEncoder().encode(id), mediaType: 'text/plain', source: `/${id}.txt`, pipelineVersion: 1 });
    const column = `select attcompression as method from pg_attribute where attrelid = 'stage_outputs'::regclass and attname = 'output'`;
    expect(await storage.db.query(column), 'the migrated column compresses with lz4').toEqual([{ method: 'l' }]);
    // The first row as the column stored it before migration 011.
    await storage.db.exec('alter table stage_outputs alter column output set compression pglz');
    await storage.outputs.put(ids[0]!, 'clean', 1, cleaned(`${text}old`));
    await storage.db.exec('alter table stage_outputs alter column output set compression lz4');
    await storage.outputs.put(ids[1]!, 'clean', 1, cleaned(`${text}new`));

    const rows = await storage.db.query<{ document_id: string; method: string; stored: number; json: number }>(
      `select document_id, pg_column_compression(output) as method, pg_column_size(output) as stored, octet_length(output::text) as json from stage_outputs order by document_id`,
    );
    expect(rows.map((r) => [r.document_id, r.method])).toEqual([[ids[0], 'pglz'], [ids[1], 'lz4']]);
    expect(rows.every((r) => r.stored < r.json / 10), 'both rows are compressed').toBe(true);
    // Read from the database, not from this process's own last write.
    const other = await openStorage({ databaseUrl: sandbox.env.DATABASE_URL, dataDir: null });
    try {
      expect(await other.outputs.get(ids[0]!, 'clean', CleanedText)).toEqual(cleaned(`${text}old`));
      expect(await other.outputs.get(ids[1]!, 'clean', CleanedText)).toEqual(cleaned(`${text}new`));
    } finally {
      await other.close();
    }
  });
});
