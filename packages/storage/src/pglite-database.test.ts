import { readFileSync } from 'node:fs';
import { types } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { byteaParsers, PgliteDatabase } from './pglite-database.ts';

const pdf = readFileSync(new URL('../../../test/fixtures/reading/A_RES_80_56.pdf', import.meta.url));

describe('bytea in PGlite', () => {
  it('reads the same bytes as PGlite’s own conversion, every byte value included', () => {
    const every = Uint8Array.from({ length: 256 }, (_, i) => i);
    const hex = `\\x${Buffer.from(every).toString('hex')}`;
    expect(Uint8Array.from(byteaParsers[types.BYTEA]!(hex))).toEqual(types.parsers[types.BYTEA]!(hex, types.BYTEA));
  });

  it('stores only the bytes of a view, not the whole buffer under it', async () => {
    const db = await PgliteDatabase.open(null);
    try {
      const view = new Uint8Array([9, 1, 2, 9]).subarray(1, 3);
      const [row] = await db.query<{ hex: string }>(`select encode($1::bytea, 'hex') as hex`, [view]);
      expect(row!.hex).toBe('0102');
    } finally {
      await db.close();
    }
  });

  it('stores a real PDF and gives back the same bytes', async () => {
    const db = await PgliteDatabase.open(null);
    try {
      await db.exec('create table t (bytes bytea)');
      await db.query('insert into t values ($1)', [pdf]);
      const [row] = await db.query<{ bytes: Uint8Array; n: number }>('select bytes, length(bytes) as n from t');
      expect(row!.n).toBe(pdf.length);
      expect(Buffer.compare(Buffer.from(row!.bytes), pdf)).toBe(0);
    } finally {
      await db.close();
    }
  });
});
