import { STAGES, StageFigures, StageRunRecord } from '@palermo/contracts';
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

  /**
   * Every stage's attempts, failures, median and p95 duration and pace over the last 5 and 60
   * minutes, in pipeline order; a stage with no attempt yet reads zero. One pass over the table.
   */
  async figures(): Promise<StageFigures[]> {
    const rows = await this.sql.query<{ stage: string; attempts: number; done: number; failures: number; median_ms: number | null; p95_ms: number | null; done_5m: number; done_60m: number }>(
      `select stage, count(*)::int as attempts,
         count(*) filter (where outcome = 'done')::int as done,
         count(*) filter (where outcome in ('failed', 'retrying'))::int as failures,
         (percentile_cont(0.5) within group (order by duration_ms) filter (where outcome = 'done'))::float8 as median_ms,
         (percentile_cont(0.95) within group (order by duration_ms) filter (where outcome = 'done'))::float8 as p95_ms,
         count(*) filter (where outcome = 'done' and finished_at > now() - interval '5 minutes')::int as done_5m,
         count(*) filter (where outcome = 'done' and finished_at > now() - interval '60 minutes')::int as done_60m
       from stage_runs group by stage`,
    );
    const byStage = new Map(rows.map((r) => [r.stage, r]));
    const stages = [...STAGES, ...rows.map((r) => r.stage).filter((stage) => !(STAGES as readonly string[]).includes(stage))];
    return stages.map((stage) => {
      const r = byStage.get(stage);
      return StageFigures.parse({
        stage, attempts: r?.attempts ?? 0, done: r?.done ?? 0, failures: r?.failures ?? 0, medianMs: r?.median_ms ?? null, p95Ms: r?.p95_ms ?? null,
        perMinute5m: (r?.done_5m ?? 0) / 5, perMinute60m: (r?.done_60m ?? 0) / 60,
      });
    });
  }
}
