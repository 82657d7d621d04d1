import { RejectedJobRecord } from '@palermo/contracts';
import type { Sql } from '../sql.ts';

/** Jobs the workers refused before they named a document, with why. */
export class RejectedJobsRepository {
  constructor(private readonly sql: Sql) {}

  /** Records a refusal; a job already recorded (a redelivery, a second worker) keeps its first record. */
  async record(job: Omit<RejectedJobRecord, 'rejectedAt'>): Promise<void> {
    await this.sql.query(
      `insert into rejected_jobs (queue, job_id, reason, payload_bytes, payload_head) values ($1, $2, $3, $4, $5)
       on conflict (queue, job_id) do nothing`,
      [job.queue, job.jobId, job.reason, job.payloadBytes, job.payloadHead],
    );
  }

  /** How many jobs each queue has refused, over all time (a queue with none is absent). */
  async countByQueue(): Promise<Record<string, number>> {
    const rows = await this.sql.query<{ queue: string; n: number }>('select queue, count(*)::int as n from rejected_jobs group by queue order by queue');
    return Object.fromEntries(rows.map((r) => [r.queue, r.n]));
  }

  /** The most recent refusals first. */
  async list(options: { limit?: number } = {}): Promise<RejectedJobRecord[]> {
    const rows = await this.sql.query<{ queue: string; job_id: string; reason: string; payload_bytes: number; payload_head: string; rejected_at: Date }>(
      'select * from rejected_jobs order by rejected_at desc, queue, job_id limit $1',
      [options.limit ?? 1000],
    );
    return rows.map((r) => RejectedJobRecord.parse({
      queue: r.queue, jobId: r.job_id, reason: r.reason, payloadBytes: r.payload_bytes, payloadHead: r.payload_head, rejectedAt: r.rejected_at,
    }));
  }
}
