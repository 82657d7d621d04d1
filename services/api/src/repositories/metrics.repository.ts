import type { Sql } from '@palermo/storage';

export interface DurationBucketsRow {
  stage: string;
  outcome: string;
  count: number;
  sum_ms: number;
  buckets: number[]; // cumulative counts, one per bound
}

/** Aggregates over the store of record for /metrics: one query each, whatever the table sizes. */
export class MetricsRepository {
  constructor(private readonly sql: Sql) {}

  /** Documents by stage and status. */
  async documents(): Promise<Array<{ stage: string; status: string; n: number }>> {
    return this.sql.query('select stage, status, count(*)::int as n from documents group by stage, status order by stage, status');
  }

  /** Stage attempts by stage and outcome, with cumulative counts under each bound (milliseconds). */
  async durations(boundsMs: readonly number[]): Promise<DurationBucketsRow[]> {
    const buckets = boundsMs.map((_, i) => `count(*) filter (where duration_ms <= $${i + 1})::int`).join(', ');
    return this.sql.query<DurationBucketsRow>(
      `select stage, outcome, count(*)::int as count, coalesce(sum(duration_ms), 0)::float8 as sum_ms, array[${buckets}]::int[] as buckets
       from stage_runs group by stage, outcome order by stage, outcome`,
      [...boundsMs],
    );
  }

  /** Attempts done per stage since `seconds` ago: reads only those rows (the stage_runs_finished index). */
  async doneSince(seconds: number): Promise<Array<{ stage: string; n: number }>> {
    return this.sql.query(
      `select stage, count(*)::int as n from stage_runs where finished_at > now() - make_interval(secs => $1) and outcome = 'done' group by stage order by stage`,
      [seconds],
    );
  }

  /**
   * Pages read by fetch attempts done since `seconds` ago: the recent attempts by the time index,
   * then each document's fetch output by its key, so the cost follows the window, not the corpus.
   */
  async pagesSince(seconds: number): Promise<number> {
    const rows = await this.sql.query<{ pages: number }>(
      `select coalesce(sum((o.output->>'pageCount')::int), 0)::int as pages
       from (select distinct document_id from stage_runs where finished_at > now() - make_interval(secs => $1) and stage = 'fetch' and outcome = 'done') r
       join stage_outputs o on o.document_id = r.document_id and o.stage = 'fetch'`,
      [seconds],
    );
    return rows[0]?.pages ?? 0;
  }
}
