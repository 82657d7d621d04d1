import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite, types, type ParserOptions, type SerializerOptions, type Transaction } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { Database, Sql } from './sql.ts';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';

class TransactionSql implements Sql {
  constructor(private readonly tx: Transaction) {}
  async query<T extends object>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    return (await this.tx.query<T>(text, params as unknown[])).rows;
  }
  async exec(text: string): Promise<void> {
    await this.tx.exec(text);
  }
  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    return work(this);
  }
}

/**
 * bytea to and from Postgres's hex text with Buffer's native codec. PGlite's own goes through one
 * JavaScript string per byte (`Array.from(bytes).map(toString(16)).join`, and `parseInt` per pair
 * back): storing the 41 corpus PDFs' 10.8 MB spent 1.2 s of the main thread there, and as much
 * again collecting its garbage. What comes back is a Uint8Array of its own, as PGlite's was.
 */
export const byteaSerializers: SerializerOptions = {
  [types.BYTEA]: (bytes: unknown) => {
    if (!(bytes instanceof Uint8Array)) throw new Error('Invalid input for bytea type');
    return `\\x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')}`;
  },
};
export const byteaParsers: ParserOptions = {
  [types.BYTEA]: (text: string) => {
    const bytes = new Uint8Array((text.length - 2) / 2);
    Buffer.from(bytes.buffer).write(text.slice(2), 'hex');
    return bytes;
  },
};

/**
 * Postgres compiled to WebAssembly, in a folder: the embedded default, no server to install.
 * It belongs to one process at a time, which a lock file in the folder enforces.
 */
export class PgliteDatabase implements Database {
  readonly kind = 'pglite' as const;

  private constructor(private readonly db: PGlite, private readonly lock: DataDirLock | null) {}

  /** Opens (or creates) the database in `dataDir`; `null` keeps it in memory. */
  static async open(dataDir: string | null): Promise<PgliteDatabase> {
    let lock: DataDirLock | null = null;
    if (dataDir) {
      // The lock sits beside the database folder: PGlite wants that folder to itself.
      mkdirSync(dirname(dataDir), { recursive: true });
      lock = acquireDataDirLock(dirname(dataDir));
    }
    try {
      const db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { unaccent }, serializers: byteaSerializers, parsers: byteaParsers });
      return new PgliteDatabase(db, lock);
    } catch (error) {
      lock?.release();
      throw error;
    }
  }

  async query<T extends object>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    return (await this.db.query<T>(text, params as unknown[])).rows;
  }

  async exec(text: string): Promise<void> {
    await this.db.exec(text);
  }

  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => work(new TransactionSql(tx)));
  }

  async close(): Promise<void> {
    await this.db.close();
    this.lock?.release();
  }
}
