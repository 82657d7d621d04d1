import { randomUUID } from 'node:crypto';
import { IngestionProgress, IngestionRecord, SourceRef, type DocumentStatus } from '@palermo/contracts';
import type { Sql } from '../sql.ts';

interface IngestionRow {
  id: string;
  source: unknown;
  status: string;
  document_id: string | null;
  content_sha256?: string | null;
  last_error: string | null;
  created_at: Date;
  updated_at: Date;
}

interface ProgressRow {
  id: string;
  source_label: string;
  status: string;
  last_error: string | null;
  updated_ms: number;
  document_id: string | null;
  stage: string | null;
  document_status: string | null;
  document_error: string | null;
  document_updated_ms: number | null;
}

function toRecord(row: IngestionRow): IngestionRecord {
  return IngestionRecord.parse({
    id: row.id,
    source: SourceRef.parse(row.source),
    status: row.status,
    documentId: row.document_id,
    contentSha256: row.content_sha256 ?? null,
    lastError: row.last_error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/** The display form of a source: the path or the URL. */
export function sourceLabel(source: SourceRef): string {
  return source.type === 'file' ? source.path : source.url;
}

/** Requests to ingest a source, written before their fetch job is enqueued. */
export class IngestionsRepository {
  constructor(private readonly sql: Sql) {}

  /**
   * Records a new request, queued. `contentSha256` names bytes already stored (a scheduled scan
   * downloaded them), so fetch need not download them again.
   */
  async create(source: SourceRef, options: { contentSha256?: string } = {}): Promise<IngestionRecord> {
    const rows = await this.sql.query<IngestionRow>(
      `insert into ingestions (id, source, source_label, status, content_sha256) values ($1, $2, $3, 'queued', $4) returning *`,
      [randomUUID(), JSON.stringify(source), sourceLabel(source), options.contentSha256 ?? null],
    );
    return toRecord(rows[0]!);
  }

  /** One request, or null. */
  async get(id: string): Promise<IngestionRecord | null> {
    const rows = await this.sql.query<IngestionRow>('select * from ingestions where id = $1', [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Sets a request's status, and its document and error where known. */
  async setStatus(id: string, status: DocumentStatus, fields: { documentId?: string | null; lastError?: string | null } = {}): Promise<void> {
    await this.sql.query(
      `update ingestions set status = $2, document_id = coalesce($3, document_id), last_error = $4, updated_at = now() where id = $1`,
      [id, status, fields.documentId ?? null, fields.lastError ?? null],
    );
  }

  /**
   * Records a request's final failure, unless it is already done: a job that stalled after its
   * worker was killed can be failed by BullMQ long after a newer job for the same request (the
   * sweep's) finished it, and that late failure must not undo the finished work.
   */
  async markFailed(id: string, fields: { documentId: string | null; lastError: string }): Promise<void> {
    await this.sql.query(
      `update ingestions set status = 'failed', document_id = coalesce($2, document_id), last_error = $3, updated_at = now() where id = $1 and status <> 'done'`,
      [id, fields.documentId, fields.lastError],
    );
  }

  /** The requests, newest first. */
  async list(options: { ids?: readonly string[]; limit?: number } = {}): Promise<IngestionRecord[]> {
    const rows = options.ids
      ? await this.sql.query<IngestionRow>('select * from ingestions where id = any($1::uuid[]) order by created_at, seq', [options.ids])
      : await this.sql.query<IngestionRow>('select * from ingestions order by created_at desc, seq desc limit $1', [options.limit ?? 200]);
    return rows.map(toRecord);
  }

  /**
   * The state of some requests and of their documents, one row each, oldest request first: what
   * a wait polls. Only the columns it shows, times as epoch milliseconds, in one statement.
   */
  async progress(ids: readonly string[]): Promise<IngestionProgress[]> {
    if (ids.length === 0) return [];
    const rows = await this.sql.query<ProgressRow>(
      `select i.id, i.source_label, i.status, i.last_error, (extract(epoch from i.updated_at) * 1000)::float8 as updated_ms,
         d.id as document_id, d.stage, d.status as document_status, d.last_error as document_error,
         (extract(epoch from d.updated_at) * 1000)::float8 as document_updated_ms
       from ingestions i left join documents d on d.id = i.document_id
       where i.id = any($1::uuid[]) order by i.created_at`,
      [ids],
    );
    return rows.map((row) =>
      IngestionProgress.parse({
        id: row.id,
        label: row.source_label,
        status: row.status,
        lastError: row.last_error,
        updatedAtMs: row.updated_ms,
        document: row.document_id
          ? { id: row.document_id, stage: row.stage, status: row.document_status, lastError: row.document_error, updatedAtMs: row.document_updated_ms }
          : null,
      }),
    );
  }

  /** The newest request that read a document, or null. */
  async latestForDocument(documentId: string): Promise<IngestionRecord | null> {
    const rows = await this.sql.query<IngestionRow>('select * from ingestions where document_id = $1 order by created_at desc, seq desc limit 1', [documentId]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Requests not yet fetched: what the reconciliation sweep checks against the queue. */
  async listUnfinished(): Promise<IngestionRecord[]> {
    const rows = await this.sql.query<IngestionRow>(`select * from ingestions where status in ('queued', 'running') order by created_at, seq`);
    return rows.map(toRecord);
  }
}
