import { readFileSync } from 'node:fs';
import { types } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { byteaParsers, byteaSerializers, PgliteDatabase } from './pglite-database.ts';

const pdf = readFileSync(new URL('../../../test/fixtures/reading/A_RES_80_56.pdf', import.meta.url));

describe('bytea in PGlite', () => {
  it('writes and reads the same text as PGlite’s own conversion, every byte value included', () => {
    const every = Uint8Array.from({ length: 256 }, (_, i) => i);
    const own = types.serializers[types.BYTEA]!(every);
    expect(byteaSerializers[types.BYTEA]!(every)).toBe(own);
    const read = byteaParsers[types.BYTEA]!(own) as Uint8Array;
    expect(read).toEqual(types.parsers[types.BYTEA]!(own, types.BYTEA)); // a plain Uint8Array too, not a Buffer
    expect(read.buffer.byteLength).toBe(256); // its own memory, not a view into a shared pool
  });

  it('encodes only the bytes of a view, not the whole buffer under it', () => {
    const view = new Uint8Array([9, 1, 2, 9]).subarray(1, 3);
    expect(byteaSerializers[types.BYTEA]!(view)).toBe('\\x0102');
  });

  it('refuses what is not bytes, as PGlite does', () => {
    expect(() => byteaSerializers[types.BYTEA]!('0102')).toThrow('Invalid input for bytea type');
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
