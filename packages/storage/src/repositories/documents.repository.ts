import { DocumentRecord, STAGES, type DocumentStatus, type MediaType, type StageOrDone } from '@palermo/contracts';
import type { Sql } from '../sql.ts';
import type { StageRunInput } from './stage-runs.repository.ts';

/** A row of the documents table, as SQL returns it. */
export interface DocumentRow {
  id: string;
  media_type: string;
  byte_length: number;
  source: string;
  stage: string;
  status: string;
  last_error: string | null;
  pipeline_version: number;
  created_at: Date;
  updated_at: Date;
}

function toRecord(row: DocumentRow): DocumentRecord {
  return DocumentRecord.parse({
    id: row.id,
    mediaType: row.media_type,
    byteLength: row.byte_length,
    source: row.source,
    stage: row.stage,
    status: row.status,
    lastError: row.last_error,
    pipelineVersion: row.pipeline_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/** The stages up to and including `stage`: a document at one of them has not gone past it. */
function stagesUpTo(stage: StageOrDone): string[] {
  const order: readonly string[] = [...STAGES, 'done'];
  return order.slice(0, order.indexOf(stage) + 1);
}

// Moves document $1 from any of the stages $2 to $3 with status $4 at pipeline version $5.
const ADVANCE = `update documents set stage = $3, status = $4, last_error = null, pipeline_version = $5, updated_at = now()
  where id = $1 and stage = any($2::text[]) returning stage, status`;

function advanceParams(id: string, stage: StageOrDone, next: StageOrDone, pipelineVersion: number): unknown[] {
  const status: DocumentStatus = next === 'done' ? 'done' : 'queued';
  return [id, stagesUpTo(stage), next, status, pipelineVersion];
}

/** Documents and their raw bytes, keyed by the SHA-256 of those bytes. */
export class DocumentsRepository {
  constructor(private readonly sql: Sql) {}

  /**
   * Stores the bytes once and the document once; links the source either way.
   * Returns whether the document is new.
   */
  async upsert(input: { id: string; bytes: Uint8Array; mediaType: MediaType; source: string; pipelineVersion: number }): Promise<boolean> {
    return this.sql.transaction(async (tx) => {
      await tx.query(
        'insert into blobs (sha256, bytes, byte_length) values ($1, $2, $3) on conflict (sha256) do nothing',
        [input.id, input.bytes, input.bytes.byteLength],
      );
      const inserted = await tx.query(
        `insert into documents (id, media_type, byte_length, source, stage, status, pipeline_version)
         values ($1, $2, $3, $4, 'fetch', 'running', $5) on conflict (id) do nothing returning id`,
        [input.id, input.mediaType, input.bytes.byteLength, input.source, input.pipelineVersion],
      );
      await tx.query('insert into document_sources (document_id, source) values ($1, $2) on conflict do nothing', [input.id, input.source]);
      return inserted.length > 0;
    });
  }

  /** One document, or null. */
  async get(id: string): Promise<DocumentRecord | null> {
    const rows = await this.sql.query<DocumentRow>('select * from documents where id = $1', [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Several documents by id in one query, keyed by id (ids not found are absent). */
  async getMany(ids: readonly string[]): Promise<Map<string, DocumentRecord>> {
    if (ids.length === 0) return new Map();
    const rows = await this.sql.query<DocumentRow>('select * from documents where id = any($1::text[])', [ids]);
    return new Map(rows.map((row) => [row.id, toRecord(row)]));
  }

  /** Documents whose id starts with `ref` or that were ingested from a source ending with `ref`. */
  async find(ref: string): Promise<DocumentRecord[]> {
    const rows = await this.sql.query<DocumentRow>(
      `select distinct d.* from documents d left join document_sources s on s.document_id = d.id
       where d.id like $1 || '%' or s.source = $1 or s.source like '%/' || $1 order by d.created_at`,
      [ref],
    );
    return rows.map(toRecord);
  }

  /** Stores raw bytes once, before any document exists for them (a scan that downloaded them). */
  async putBlob(sha256: string, bytes: Uint8Array): Promise<void> {
    await this.sql.query('insert into blobs (sha256, bytes, byte_length) values ($1, $2, $3) on conflict (sha256) do nothing', [sha256, bytes, bytes.byteLength]);
  }

  /** Whether a document exists for these bytes. */
  async exists(id: string): Promise<boolean> {
    return (await this.sql.query('select 1 from documents where id = $1', [id])).length > 0;
  }

  /** The raw bytes of a document. */
  async bytes(id: string): Promise<Uint8Array | null> {
    const rows = await this.sql.query<{ bytes: Uint8Array }>('select bytes from blobs where sha256 = $1', [id]);
    return rows[0]?.bytes ?? null;
  }

  /** Every source a document was ingested from. */
  async sources(id: string): Promise<string[]> {
    const rows = await this.sql.query<{ source: string }>('select source from document_sources where document_id = $1 order by first_seen_at', [id]);
    return rows.map((row) => row.source);
  }

  /** All documents, oldest first. */
  async list(): Promise<DocumentRecord[]> {
    return (await this.sql.query<DocumentRow>('select * from documents order by created_at, id')).map(toRecord);
  }

  /**
   * What `palermo status` shows of a large store: how many documents have each status, and of
   * each status the `perStatus` most recently updated (every one when null), oldest first.
   */
  async overview(perStatus: number | null): Promise<{ counts: Record<string, number>; shown: DocumentRecord[] }> {
    const counts = await this.sql.query<{ status: string; n: number }>('select status, count(*)::int as n from documents group by status');
    const rows =
      perStatus === null
        ? await this.list()
        : (
            await this.sql.query<DocumentRow>(
              `select * from (select d.*, row_number() over (partition by status order by updated_at desc, id) as recent from documents d) ranked
               where recent <= $1 order by created_at, id`,
              [perStatus],
            )
          ).map(toRecord);
    return { counts: Object.fromEntries(counts.map((c) => [c.status, c.n])), shown: rows };
  }

  /** Documents still on their way: what the reconciliation sweep checks against the queues. */
  async listUnfinished(): Promise<DocumentRecord[]> {
    const rows = await this.sql.query<DocumentRow>(`select * from documents where status in ('queued', 'running') order by created_at`);
    return rows.map(toRecord);
  }

  /** Marks a document as being worked on by `stage`, unless it is already past that stage. */
  async markRunning(id: string, stage: StageOrDone): Promise<void> {
    await this.sql.query(`update documents set status = 'running', updated_at = now() where id = $1 and stage = $2 and status <> 'done'`, [id, stage]);
  }

  /**
   * Moves a document from `stage` to `next` (or to done); never moves one backwards. Returns the
   * stage and status it moved to, or null when it had already gone past `stage` (or is unknown).
   */
  async advance(id: string, stage: StageOrDone, next: StageOrDone, pipelineVersion: number): Promise<{ stage: string; status: string } | null> {
    const rows = await this.sql.query<{ stage: string; status: string }>(ADVANCE, advanceParams(id, stage, next, pipelineVersion));
    return rows[0] ?? null;
  }

  /**
   * A finished attempt in one statement, one round trip instead of three: the attempt appended to
   * stage_runs, its ingestion (if any) marked done with the document, and the document advanced
   * as `advance` does (whose answer this returns).
   */
  async advanceRecording(run: StageRunInput & { documentId: string; stage: StageOrDone }, next: StageOrDone, pipelineVersion: number): Promise<{ stage: string; status: string } | null> {
    const rows = await this.sql.query<{ stage: string; status: string }>(
      `with attempt as (
         insert into stage_runs (document_id, ingestion_id, stage, job_id, attempt, outcome, error, duration_ms)
         values ($1, $6, $7, $8, $9, $10, $11, $12)
       ), ingestion as (
         update ingestions set status = 'done', document_id = coalesce($1, document_id), last_error = null, updated_at = now() where id = $6
       ) ${ADVANCE}`,
      [...advanceParams(run.documentId, run.stage, next, pipelineVersion), run.ingestionId, run.stage, run.jobId, run.attempt, run.outcome, run.error, run.durationMs],
    );
    return rows[0] ?? null;
  }

  /**
   * Records a document's failure at `stage` with its reason. Only a document waiting at that
   * stage fails: a late duplicate of a stage the document has moved past changes nothing.
   */
  async markFailed(id: string, stage: StageOrDone, error: string): Promise<void> {
    await this.sql.query(`update documents set status = 'failed', last_error = $3, updated_at = now() where id = $1 and stage = $2`, [id, stage, error]);
  }

  /** Puts a document back in the queue at `stage` (retry, resume). */
  async requeue(id: string, stage: StageOrDone): Promise<void> {
    await this.sql.query(`update documents set stage = $2, status = 'queued', last_error = null, updated_at = now() where id = $1`, [id, stage]);
  }
}
