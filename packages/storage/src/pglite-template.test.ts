import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PgliteDatabase } from './pglite-database.ts';
import { templateCacheDir } from './pglite-template.ts';

const root = mkdtempSync(join(tmpdir(), 'palermo-template-'));
const cache = join(root, 'cache');
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function systemIdentifier(dataDir: string, templateCache: string | null = cache): Promise<string> {
  const db = await PgliteDatabase.open(dataDir, { templateCache });
  try {
    const [row] = await db.query<{ id: string }>('select system_identifier::text as id from pg_control_system()');
    return row!.id;
  } finally {
    await db.close();
  }
}

describe('a new PGlite folder from the cached template', () => {
  it('is a copy of one initialised folder, made once, and each copy keeps its own data', async () => {
    const first = join(root, 'a', 'pglite');
    const db = await PgliteDatabase.open(first, { templateCache: cache });
    await db.exec(`create table documents (symbol text); insert into documents values ('A/80/999')`);
    await db.close();
    expect(readdirSync(cache).filter((name) => name.startsWith('pglite-'))).toHaveLength(1);

    const second = join(root, 'b', 'pglite');
    expect(await systemIdentifier(second)).toBe(await systemIdentifier(first));
    const other = await PgliteDatabase.open(second, { templateCache: cache });
    try {
      expect(await other.query(`select count(*)::int as n from pg_tables where tablename = 'documents'`)).toEqual([{ n: 0 }]);
    } finally {
      await other.close();
    }
    // The first folder is opened as it was, not replaced.
    const again = await PgliteDatabase.open(first, { templateCache: cache });
    try {
      expect(await again.query('select symbol from documents')).toEqual([{ symbol: 'A/80/999' }]);
    } finally {
      await again.close();
    }
  }, 120_000);

  it('clears what a process killed while copying left beside the folder', async () => {
    const dataDir = join(root, 'c', 'pglite');
    const leftover = `${dataDir}.4242-1.tmp`;
    mkdirSync(join(leftover, 'base'), { recursive: true });
    await systemIdentifier(dataDir);
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
  }, 120_000);

  it('lets PGlite initialise the folder when the cache cannot be written', async () => {
    const blocked = join(root, 'not-a-folder');
    writeFileSync(blocked, '');
    const dataDir = join(root, 'd', 'pglite');
    expect(await systemIdentifier(dataDir, join(blocked, 'cache'))).toMatch(/^\d+$/);
    expect(await systemIdentifier(dataDir, join(blocked, 'cache'))).not.toBe(await systemIdentifier(join(root, 'e', 'pglite')));
  }, 120_000);

  it('is kept in PALERMO_CACHE_DIR, else the XDG cache; off keeps none', () => {
    expect(templateCacheDir({ PALERMO_CACHE_DIR: '/srv/cache' })).toBe('/srv/cache');
    expect(templateCacheDir({ XDG_CACHE_HOME: '/home/u/.cache' })).toBe('/home/u/.cache/palermo');
    expect(templateCacheDir({ PALERMO_CACHE_DIR: 'off' })).toBeNull();
  });
});
