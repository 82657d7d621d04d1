import pg from 'pg';
import type { Database, Sql } from './sql.ts';

// Dates stay ISO strings and bigints numbers on both backends (PGlite returns the same).
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

class PoolClientSql implements Sql {
  constructor(private readonly client: pg.PoolClient) {}
  async query<T extends object>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    return (await this.client.query(text, params as unknown[])).rows as T[];
  }
  async exec(text: string): Promise<void> {
    await this.client.query(text);
  }
  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    return work(this); // already inside one
  }
}

/** A PostgreSQL server through a pool: for several processes on several machines. */
export class PostgresDatabase implements Database {
  readonly kind = 'postgres' as const;
  private readonly pool: pg.Pool;

  constructor(connectionString: string) {
    this.pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 10_000 });
    // An idle client losing its server must not crash the process; the next query reconnects.
    this.pool.on('error', () => undefined);
  }

  async query<T extends object>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    return (await this.pool.query(text, params as unknown[])).rows as T[];
  }

  async exec(text: string): Promise<void> {
    await this.pool.query(text);
  }

  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    // A checked-out client has no error listener of the pool's: a server restart mid-transaction
    // would emit an unhandled 'error' and kill the process. Here it only fails this transaction
    // (the query in flight rejects), and the broken client is destroyed, not pooled again.
    let broken: Error | undefined;
    const onError = (error: Error) => {
      broken = error;
    };
    client.on('error', onError);
    try {
      await client.query('begin');
      const result = await work(new PoolClientSql(client));
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch((rollbackError: unknown) => {
        broken ??= rollbackError as Error;
      });
      throw error;
    } finally {
      client.removeListener('error', onError);
      // Late errors of a client being destroyed are swallowed; a client going back to the pool
      // gets the pool's own listener, and one added per transaction would pile up on it for ever.
      if (broken) client.on('error', () => undefined);
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
