import { resolve } from 'node:path';
import type { StageLedger } from '@palermo/pipeline';
import { migrate } from './migrations/migrate.ts';
import type { Database } from './sql.ts';
import { DocumentsRepository } from './repositories/documents.repository.ts';
import { EditionsRepository } from './repositories/editions.repository.ts';
import { FactsRepository } from './repositories/facts.repository.ts';
import { IngestionsRepository } from './repositories/ingestions.repository.ts';
import { ParagraphsRepository } from './repositories/paragraphs.repository.ts';
import { RejectedJobsRepository } from './repositories/rejected-jobs.repository.ts';
import { RecentOutputs, StageOutputsRepository } from './repositories/stage-outputs.repository.ts';
import { StageRunsRepository } from './repositories/stage-runs.repository.ts';
import { SourcesRepository } from './repositories/sources.repository.ts';
import { SymbolSourcesRepository } from './repositories/symbol-sources.repository.ts';
import { createStageLedger } from './stage-ledger.ts';

/** The store of record: one database, its repositories, and the pipeline's ledger. */
export class Storage {
  readonly ingestions: IngestionsRepository;
  readonly documents: DocumentsRepository;
  readonly outputs: StageOutputsRepository;
  readonly paragraphs: ParagraphsRepository;
  readonly facts: FactsRepository;
  readonly runs: StageRunsRepository;
  readonly sources: SourcesRepository;
  readonly symbols: SymbolSourcesRepository;
  readonly editions: EditionsRepository;
  readonly rejectedJobs: RejectedJobsRepository;
  readonly ledger: StageLedger;

  constructor(
    readonly db: Database,
    private readonly recentOutputs = new RecentOutputs(),
  ) {
    this.ingestions = new IngestionsRepository(db);
    this.documents = new DocumentsRepository(db);
    this.outputs = new StageOutputsRepository(db, recentOutputs);
    this.paragraphs = new ParagraphsRepository(db);
    this.facts = new FactsRepository(db);
    this.runs = new StageRunsRepository(db);
    this.sources = new SourcesRepository(db);
    this.symbols = new SymbolSourcesRepository(db);
    this.editions = new EditionsRepository(db);
    this.rejectedJobs = new RejectedJobsRepository(db);
    this.ledger = createStageLedger(this);
  }

  /** Runs `work` with repositories bound to one transaction: all of it is stored, or none. */
  async transaction<T>(work: (tx: Omit<Storage, 'ledger' | 'transaction' | 'close'>) => Promise<T>): Promise<T> {
    return this.db.transaction((sql) => {
      const bound: Database = {
        kind: this.db.kind,
        query: <R extends object>(text: string, params?: readonly unknown[]) => sql.query<R>(text, params),
        exec: (text: string) => sql.exec(text),
        transaction: <R>(inner: (tx: typeof sql) => Promise<R>) => sql.transaction(inner),
        close: async () => undefined,
      };
      // The recent outputs are shared: a row written here and rolled back is told apart by its timestamp.
      return work(new Storage(bound, this.recentOutputs));
    });
  }

  /** Closes the database (and releases the embedded database's lock). */
  async close(): Promise<void> {
    await this.db.close();
  }
}

/**
 * Opens PostgreSQL when `databaseUrl` is set, else PGlite in `dataDir` (null: in memory); migrates.
 * Only the backend in use is imported: a PostgreSQL deployment never loads PGlite's WebAssembly
 * build, nor an embedded one the pg driver.
 */
export async function openStorage(options: { databaseUrl?: string | undefined; dataDir: string | null }): Promise<Storage> {
  const db = options.databaseUrl
    ? new (await import('./postgres-database.ts')).PostgresDatabase(options.databaseUrl)
    : await (await import('./pglite-database.ts')).PgliteDatabase.open(options.dataDir ? resolve(options.dataDir, 'pglite') : null);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return new Storage(db);
}
