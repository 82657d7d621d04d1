import { StageRunRecord } from '@palermo/contracts';
import type { Sql } from '../sql.ts';

/** One attempt as the ledger records it; the time is the database's. */
export type StageRunInput = Omit<StageRunRecord, 'finishedAt'>;

/** Every attempt of every stage: the per-document history an operator reads. */
export class StageRunsRepository {
  constructor(private readonly sql: Sql) {}

  /** Appends one attempt. */
  async record(run: StageRunInput): Promise<void> {
    await this.sql.query(
      `insert into stage_runs (document_id, ingestion_id, stage, job_id, attempt, outcome, error, duration_ms)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [run.documentId, run.ingestionId, run.stage, run.jobId, run.attempt, run.outcome, run.error, run.durationMs],
    );
  }

  /** A document's attempts, oldest first. */
  async forDocument(documentId: string): Promise<StageRunRecord[]> {
    const rows = await this.sql.query<{
      document_id: string | null; ingestion_id: string | null; stage: string; job_id: string; attempt: number;
      outcome: string; error: string | null; duration_ms: number; finished_at: Date;
    }>('select * from stage_runs where document_id = $1 order by finished_at, id', [documentId]);
    return rows.map((r) => StageRunRecord.parse({
      documentId: r.document_id, ingestionId: r.ingestion_id, stage: r.stage, jobId: r.job_id, attempt: r.attempt,
      outcome: r.outcome, error: r.error, durationMs: r.duration_ms, finishedAt: r.finished_at,
    }));
  }
}
