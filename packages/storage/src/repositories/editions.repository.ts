import { Fact } from '@palermo/contracts';
import type { Sql } from '../sql.ts';

/** Another language edition of a document: same symbol, another language. */
export interface Edition {
  documentId: string;
  symbol: string;
  language: string;
  source: string;
}

/** Which documents are editions of one another (same symbol), and their facts for reconciliation. */
export class EditionsRepository {
  constructor(private readonly sql: Sql) {}

  /** Records (or updates) a document's symbol and language; call inside the index stage's transaction. */
  async record(documentId: string, symbol: string, language: string): Promise<void> {
    await this.sql.query(
      `insert into document_editions (document_id, symbol, language) values ($1, $2, $3)
       on conflict (document_id) do update set symbol = excluded.symbol, language = excluded.language, recorded_at = now()`,
      [documentId, symbol, language],
    );
  }

  /** Forgets a document's edition (its symbol is no longer known). */
  async forget(documentId: string): Promise<void> {
    await this.sql.query('delete from document_editions where document_id = $1', [documentId]);
  }

  /** Every edition of the symbol, the document's own included, by language. */
  async ofSymbol(symbol: string): Promise<Edition[]> {
    const rows = await this.sql.query<{ document_id: string; symbol: string; language: string; source: string }>(
      `select e.document_id, e.symbol, e.language, d.source from document_editions e join documents d on d.id = e.document_id
       where e.symbol = $1 order by e.language, e.document_id`,
      [symbol],
    );
    return rows.map((row) => ({ documentId: row.document_id, symbol: row.symbol, language: row.language, source: row.source }));
  }

  /** The other editions of a document: same symbol, another document. */
  async others(documentId: string): Promise<Edition[]> {
    const rows = await this.sql.query<{ document_id: string; symbol: string; language: string; source: string }>(
      `select e.document_id, e.symbol, e.language, d.source from document_editions mine
       join document_editions e on e.symbol = mine.symbol and e.document_id <> mine.document_id
       join documents d on d.id = e.document_id
       where mine.document_id = $1 order by e.language, e.document_id`,
      [documentId],
    );
    return rows.map((row) => ({ documentId: row.document_id, symbol: row.symbol, language: row.language, source: row.source }));
  }

  /** The facts of the given documents with their row ids, in each document's order. */
  async factsOf(documentIds: readonly string[]): Promise<Array<{ id: number; document: string; fact: Fact }>> {
    if (documentIds.length === 0) return [];
    const rows = await this.sql.query<{ id: number; document_id: string; fact: unknown }>(
      'select id, document_id, fact from facts where document_id = any($1::text[]) order by document_id, ordinal',
      [documentIds],
    );
    return rows.map((row) => ({ id: Number(row.id), document: row.document_id, fact: Fact.parse(row.fact) }));
  }
}
