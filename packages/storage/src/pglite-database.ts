import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Mutex, PGlite, types, type ParserOptions, type Transaction } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { Database, Sql } from './sql.ts';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import { seedFromTemplate, templateCacheDir } from './pglite-template.ts';
import { extendedQuery, rowsOf } from './pglite-wire.ts';

class TransactionSql implements Sql {
  constructor(
    private readonly tx: Transaction,
    private readonly run: <T>(text: string, params: readonly unknown[], inTransaction: boolean) => Promise<T[]>,
  ) {}
  async query<T extends object>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.run<T>(text, params, true);
  }
  async exec(text: string): Promise<void> {
    await this.tx.exec(text);
  }
  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    return work(this);
  }
}

/**
 * bytea from Postgres's hex text with Buffer's native codec. PGlite's own parses each pair with
 * `parseInt` (and its serializer made a JavaScript string per byte: storing the 41 corpus PDFs'
 * 10.8 MB spent 1.2 s of the main thread there; bytes now go in binary, see pglite-wire.ts).
 * A Buffer comes back, as node-postgres gives on the server.
 */
export const byteaParsers: ParserOptions = {
  [types.BYTEA]: (text: string) => Buffer.from(text.slice(2), 'hex'),
};

/**
 * Postgres compiled to WebAssembly, in a folder: the embedded default, no server to install.
 * It belongs to one process at a time, which a lock file in the folder enforces.
 *
 * Durability: a commit writes its WAL to the folder's files (a synchronous write) before it
 * returns, so committed work survives the process being killed (kill -9); PGlite's Node file
 * system has no fsync, so it is not flushed to the disk against a power loss. Leave
 * synchronous_commit on: PGlite has no WAL writer, and an unflushed commit dies with the process.
 */
export class PgliteDatabase implements Database {
  readonly kind = 'pglite' as const;

  /** One statement or one transaction at a time: the single session PGlite has is shared. */
  private readonly turn = new Mutex();

  private constructor(private readonly db: PGlite, private readonly lock: DataDirLock | null) {}

  /**
   * Opens (or creates) the database in `dataDir`; `null` keeps it in memory. A new folder is
   * copied from the template in `templateCache` (see pglite-template.ts); `null` lets PGlite
   * initialise it.
   */
  static async open(dataDir: string | null, { templateCache = templateCacheDir() }: { templateCache?: string | null } = {}): Promise<PgliteDatabase> {
    let lock: DataDirLock | null = null;
    if (dataDir) {
      // The lock sits beside the database folder: PGlite wants that folder to itself.
      mkdirSync(dirname(dataDir), { recursive: true });
      lock = acquireDataDirLock(dirname(dataDir));
    }
    try {
      const options = { extensions: { unaccent }, parsers: byteaParsers };
      if (dataDir && templateCache && (!existsSync(dataDir) || readdirSync(dataDir).length === 0)) {
        // Without a template (a cache that cannot be written, say) PGlite initialises the folder itself.
        await seedFromTemplate(dataDir, templateCache, async (dir) => (await PGlite.create({ ...options, dataDir: dir })).close()).catch(() => undefined);
      }
      const db = await PGlite.create({ ...options, ...(dataDir ? { dataDir } : {}) });
      return new PgliteDatabase(db, lock);
    } catch (error) {
      lock?.release();
      throw error;
    }
  }

  async query<T extends object>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.turn.runExclusive(() => this.run<T>(text, params, false));
  }

  async exec(text: string): Promise<void> {
    await this.turn.runExclusive(() => this.db.exec(text));
  }

  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    return this.turn.runExclusive(() => this.db.transaction((tx) => work(new TransactionSql(tx, this.run))));
  }

  /** One statement in one call into the backend (see pglite-wire.ts); the caller holds the turn. */
  private readonly run = async <T>(text: string, params: readonly unknown[], inTransaction: boolean): Promise<T[]> => {
    // Outside a transaction the statement committed: PGlite's own query then syncs the file system too.
    const replies = await this.db.execProtocolStream(extendedQuery(text, params), { syncToFs: !inTransaction });
    return rowsOf<T>(replies, this.db.parsers);
  };

  async close(): Promise<void> {
    await this.db.close();
    this.lock?.release();
  }
}
