/**
 * Jobs refused before they named a document (a payload that fails its schema, or one too big to
 * be a job of ours): the reason an operator reads in status, which no ingestion or document row
 * can carry. One row per queue and job id, however often the refusal is recorded.
 */
export const rejectedJobs = `
create table rejected_jobs (
  queue text not null,
  job_id text not null,
  reason text not null,
  payload_bytes integer not null,
  payload_head text not null,
  rejected_at timestamptz not null default now(),
  primary key (queue, job_id)
);
create index rejected_jobs_time on rejected_jobs (rejected_at desc);
`;
