import { SourceRunRecord } from '@palermo/contracts';
import type { Sql } from '../sql.ts';

/** What an item of a source looked like when last checked. */
export interface SourceItemState {
  etag: string | null;
  lastModified: string | null;
  sha256: string | null;
}

/** Declared sources' per-item state (validators, last hash) and the history of their scans. */
export class SourcesRepository {
  constructor(private readonly sql: Sql) {}

  /** The last known state of one item (a URL or a file path), or null. */
  async itemState(source: string, item: string): Promise<SourceItemState | null> {
    const rows = await this.sql.query<{ etag: string | null; last_modified: string | null; sha256: string | null }>(
      'select etag, last_modified, sha256 from source_items where source = $1 and item = $2',
      [source, item],
    );
    return rows[0] ? { etag: rows[0].etag, lastModified: rows[0].last_modified, sha256: rows[0].sha256 } : null;
  }

  /** Records an item as seen, with its validators and hash, or with the error that hid it. */
  async saveItem(source: string, item: string, state: SourceItemState, error: string | null = null): Promise<void> {
    await this.sql.query(
      `insert into source_items (source, item, etag, last_modified, sha256, last_error) values ($1, $2, $3, $4, $5, $6)
       on conflict (source, item) do update set
         etag = coalesce(excluded.etag, source_items.etag), last_modified = coalesce(excluded.last_modified, source_items.last_modified),
         sha256 = coalesce(excluded.sha256, source_items.sha256), last_error = excluded.last_error, checked_at = now()`,
      [source, item, state.etag, state.lastModified, state.sha256, error],
    );
  }

  /** Opens a scan's record. */
  async startRun(source: string): Promise<number> {
    const rows = await this.sql.query<{ id: number }>('insert into source_runs (source) values ($1) returning id', [source]);
    return rows[0]!.id;
  }

  /** Closes a scan's record with what it found. */
  async finishRun(id: number, result: { found: number; queued: number; unchanged: number; errors: Array<{ item: string; error: string }> }): Promise<void> {
    await this.sql.query(
      'update source_runs set finished_at = now(), found = $2, queued = $3, unchanged = $4, errors = $5 where id = $1',
      [id, result.found, result.queued, result.unchanged, JSON.stringify(result.errors)],
    );
  }

  /** The latest scan of each source. */
  async lastRuns(): Promise<SourceRunRecord[]> {
    const rows = await this.sql.query<{ source: string; started_at: Date; finished_at: Date | null; found: number; queued: number; unchanged: number; errors: unknown }>(
      'select distinct on (source) * from source_runs order by source, started_at desc, id desc',
    );
    return rows.map((r) => SourceRunRecord.parse({ source: r.source, startedAt: r.started_at, finishedAt: r.finished_at, found: r.found, queued: r.queued, unchanged: r.unchanged, errors: r.errors }));
  }
}
