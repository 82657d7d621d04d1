import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PgliteDatabase } from './pglite-database.ts';
import { extendedQuery } from './pglite-wire.ts';

// A real paragraph (French, accents, an apostrophe) and a real PDF, from the test fixtures.
const editionFr = readFileSync(new URL('../../../test/fixtures/editions/A_80_999_fr.txt', import.meta.url), 'utf8');
const paragraph = editionFr.split('\n').find((line) => line.startsWith('1. Le présent rapport'))!;
const pdf = readFileSync(new URL('../../../test/fixtures/reading/A_RES_80_56.pdf', import.meta.url));

async function withDatabase(work: (db: PgliteDatabase) => Promise<void>): Promise<void> {
  const db = await PgliteDatabase.open(null);
  try {
    await work(db);
  } finally {
    await db.close();
  }
}

describe('one statement, one message to PGlite', () => {
  it('is a single Parse, Bind, Describe, Execute and Sync whose lengths are UTF-8 bytes, not characters', () => {
    const message = Buffer.from(extendedQuery('select $1::text as t', [paragraph]));
    const codes: string[] = [];
    for (let at = 0; at < message.length; at += 1 + message.readInt32BE(at + 1)) codes.push(String.fromCharCode(message[at]!));
    expect(codes).toEqual(['P', 'B', 'D', 'E', 'S']);
    expect(message.includes(Buffer.from(paragraph, 'utf8'))).toBe(true);
    expect(Buffer.byteLength(paragraph)).toBeGreaterThan(paragraph.length);
  });

  it('gives back what it was given: text, numbers, booleans, dates, JSON, arrays, bytes and nulls', () =>
    withDatabase(async (db) => {
      await db.exec(`create table t (text text, n integer, big bigint, ok boolean, at timestamptz, doc jsonb, flags jsonb, bytes bytea, missing text)`);
      const at = new Date('2026-03-02T09:30:00.125Z');
      const doc = { symbol: 'A/80/999', paragraphs: [paragraph], pages: 3 };
      await db.query('insert into t values ($1, $2, $3, $4, $5, $6, $7, $8, $9)', [paragraph, 182, 12_345_678_901n, true, at, doc, false, pdf, null]);
      const [row] = await db.query<Record<string, unknown>>('select * from t');
      expect(row).toEqual({ text: paragraph, n: 182, big: 12_345_678_901, ok: true, at, doc, flags: false, bytes: pdf, missing: null });
      // An empty string is not a null, and JSON given as text is stored as that JSON.
      const [again] = await db.query<{ empty: string; json: unknown }>(`select $1::text as empty, $2::jsonb as json`, ['', '{"États":2}']);
      expect(again).toEqual({ empty: '', json: { États: 2 } });
    }));

  it('sends arrays as Postgres array literals: quotes, backslashes and nulls survive', () =>
    withDatabase(async (db) => {
      const words = ['États', 'l\'Assemblée', 'a "quoted" word', 'back\\slash', null, ''];
      // Read back as JSON: PGlite's own text[] parser turns a NULL element into the string "NULL".
      const [row] = await db.query<{ words: unknown; n: number; hit: boolean }>(
        `select array_to_json($1::text[]) as words, cardinality($1::text[]) as n, 'back\\slash' = any($1::text[]) as hit`,
        [words],
      );
      expect(row).toEqual({ words, n: 6, hit: true });
      const [counts] = await db.query<{ total: number }>(`select sum(v)::int as total from unnest($1::int[]) v`, [[182, 34, 2]]);
      expect(counts!.total).toBe(218);
    }));

  it('stores bytes in binary: the PDF arrives whole without a hex copy', () =>
    withDatabase(async (db) => {
      const message = extendedQuery('insert into t values ($1)', [pdf]);
      expect(message.byteLength).toBeLessThan(pdf.length + 100);
      await db.exec('create table t (bytes bytea)');
      await db.query('insert into t values ($1)', [pdf]);
      const [row] = await db.query<{ n: number; same: boolean }>('select length(bytes) as n, bytes = $1 as same from t', [pdf]);
      expect(row).toEqual({ n: pdf.length, same: true });
    }));

  it('fails with the server’s error code, and the session goes on', () =>
    withDatabase(async (db) => {
      await db.exec('create table t (id text primary key)');
      await db.query('insert into t values ($1)', ['A/80/999']);
      await expect(db.query('insert into t values ($1)', ['A/80/999'])).rejects.toMatchObject({ code: '23505' });
      await expect(db.query('select nope from t')).rejects.toMatchObject({ code: '42703' });
      expect(await db.query('select id from t')).toEqual([{ id: 'A/80/999' }]);
    }));

  it('rolls a failed transaction back whole, and a statement made meanwhile outside it waits and stays', () =>
    withDatabase(async (db) => {
      await db.exec('create table t (id text primary key)');
      let outside: Promise<unknown> = Promise.resolve();
      const failed = db.transaction(async (tx) => {
        await tx.query('insert into t values ($1)', ['inside']);
        outside = db.query('insert into t values ($1)', ['outside']);
        await new Promise((resolve) => setTimeout(resolve, 20));
        await tx.query('insert into t values ($1)', ['inside']); // duplicate: the transaction fails
      });
      await expect(failed).rejects.toMatchObject({ code: '23505' });
      await outside;
      expect(await db.query('select id from t')).toEqual([{ id: 'outside' }]);
    }));
});
