import { SymbolHint, SymbolSeriesState } from '@palermo/contracts';
import type { Sql } from '../sql.ts';

/** One symbol in one language, as a symbols source last saw it. */
export interface SymbolEditionState {
  symbol: string;
  language: string;
  status: 'stored' | 'not-available' | 'error';
  reason: string | null;
  documentId: string | null;
}

/** A language edition of a symbol: the latest document stored for it. */
export interface LinkedEdition {
  symbol: string;
  language: string;
  documentId: string;
}

interface SeriesRow {
  source: string;
  series: string;
  next_number: number | null;
  last_found: string | null;
  last_found_at: Date | null;
  last_run_at: Date | null;
  last_run_found: unknown;
  waiting_for: unknown;
}

const toSeries = (row: SeriesRow): SymbolSeriesState =>
  SymbolSeriesState.parse({
    source: row.source,
    series: row.series,
    nextNumber: row.next_number,
    lastFound: row.last_found,
    lastFoundAt: row.last_found_at,
    lastRunAt: row.last_run_at,
    lastRunFound: row.last_run_found,
    waitingFor: row.waiting_for,
  });

/** Symbols sources: where each series stands, each edition's state, and documents linked by symbol and language. */
export class SymbolSourcesRepository {
  constructor(private readonly sql: Sql) {}

  /** Where one series stands, or null before its first run. */
  async series(source: string, series: string): Promise<SymbolSeriesState | null> {
    const rows = await this.sql.query<SeriesRow>('select * from symbol_series where source = $1 and series = $2', [source, series]);
    return rows[0] ? toSeries(rows[0]) : null;
  }

  /** Every series of one source (or of all), by source and series. */
  async listSeries(source?: string): Promise<SymbolSeriesState[]> {
    const rows = source
      ? await this.sql.query<SeriesRow>('select * from symbol_series where source = $1 order by series', [source])
      : await this.sql.query<SeriesRow>('select * from symbol_series order by source, series');
    return rows.map(toSeries);
  }

  /** Records where a series stands after a run; the time of the last find moves only when the last find does. */
  async saveSeries(state: { source: string; series: string; nextNumber: number | null; lastFound: string | null; lastRunFound: string[]; waitingFor: string[] }): Promise<void> {
    await this.sql.query(
      `insert into symbol_series (source, series, next_number, last_found, last_found_at, last_run_at, last_run_found, waiting_for)
       values ($1, $2, $3, $4, case when $4::text is null then null else now() end, now(), $5, $6)
       on conflict (source, series) do update set
         next_number = excluded.next_number, last_found = excluded.last_found,
         last_found_at = case when excluded.last_found is distinct from symbol_series.last_found then excluded.last_found_at else symbol_series.last_found_at end,
         last_run_at = excluded.last_run_at, last_run_found = excluded.last_run_found, waiting_for = excluded.waiting_for`,
      [state.source, state.series, state.nextNumber, state.lastFound, JSON.stringify(state.lastRunFound), JSON.stringify(state.waitingFor)],
    );
  }

  /** Every edition a series has seen, in symbol order of first sight. */
  async editions(source: string, series: string): Promise<SymbolEditionState[]> {
    const rows = await this.sql.query<{ symbol: string; language: string; status: SymbolEditionState['status']; reason: string | null; document_id: string | null }>(
      'select symbol, language, status, reason, document_id from symbol_editions where source = $1 and series = $2 order by symbol, language',
      [source, series],
    );
    return rows.map((r) => ({ symbol: r.symbol, language: r.language, status: r.status, reason: r.reason, documentId: r.document_id }));
  }

  /** Records what one symbol in one language answered; once stored, its document is kept even while it is unavailable. */
  async saveEdition(source: string, series: string, edition: SymbolEditionState): Promise<void> {
    await this.sql.query(
      `insert into symbol_editions (source, series, symbol, language, status, reason, document_id, found_at)
       values ($1, $2, $3, $4, $5, $6, $7, case when $5 = 'stored' then now() end)
       on conflict (source, symbol, language) do update set
         series = excluded.series, status = excluded.status, reason = excluded.reason,
         document_id = coalesce(excluded.document_id, symbol_editions.document_id),
         found_at = coalesce(symbol_editions.found_at, excluded.found_at), checked_at = now()`,
      [source, series, edition.symbol, edition.language, edition.status, edition.reason, edition.documentId],
    );
  }

  /**
   * Links stored bytes (the future document's id) to a symbol and language, and puts the same hint
   * on the ingestion that will read them: both are known before the document is read.
   */
  async linkDocument(documentId: string, hint: SymbolHint, ingestionId: string | null): Promise<void> {
    await this.sql.query(
      `insert into symbol_documents (document_id, symbol, language, ingestion_id) values ($1, $2, $3, $4)
       on conflict (document_id, symbol, language) do update set ingestion_id = coalesce(excluded.ingestion_id, symbol_documents.ingestion_id)`,
      [documentId, hint.symbol, hint.language, ingestionId],
    );
    if (ingestionId) await this.sql.query('update ingestions set hint = $2 where id = $1', [ingestionId, JSON.stringify(SymbolHint.parse(hint))]);
  }

  /** The symbol and language an ingestion was told its document is, or null. */
  async hintOf(ingestionId: string): Promise<SymbolHint | null> {
    const rows = await this.sql.query<{ hint: unknown }>('select hint from ingestions where id = $1', [ingestionId]);
    return rows[0]?.hint ? SymbolHint.parse(rows[0].hint) : null;
  }

  /** The symbol and language a symbols source fetched a document as (known before reading it), or null. */
  async hintForDocument(documentId: string): Promise<SymbolHint | null> {
    const rows = await this.sql.query<{ symbol: string; language: string }>(
      'select symbol, language from symbol_documents where document_id = $1 order by created_at desc limit 1',
      [documentId],
    );
    return rows[0] ? SymbolHint.parse(rows[0]) : null;
  }

  /** For a document: every language edition of its symbol(s), the latest document of each (itself included). */
  async editionsOf(documentId: string): Promise<LinkedEdition[]> {
    const rows = await this.sql.query<{ symbol: string; language: string; document_id: string }>(
      `select distinct on (d.symbol, d.language) d.symbol, d.language, d.document_id
       from symbol_documents d where d.symbol in (select symbol from symbol_documents where document_id = $1)
       order by d.symbol, d.language, d.created_at desc`,
      [documentId],
    );
    return rows.map((r) => ({ symbol: r.symbol, language: r.language, documentId: r.document_id }));
  }
}
