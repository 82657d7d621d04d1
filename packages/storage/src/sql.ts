/** The little of SQL the repositories need, the same over PGlite and a PostgreSQL server. */
export interface Sql {
  /** Runs one parameterised statement and returns its rows. */
  query<T extends object = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs several statements without parameters (migrations). */
  exec(text: string): Promise<void>;
  /** Runs `work` in one transaction: all of it is stored, or none. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
}

/** A database the process owns: SQL plus closing it. */
export interface Database extends Sql {
  readonly kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}
