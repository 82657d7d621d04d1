/**
 * Stage attempts by the time they finished: /metrics and `palermo status` read the last minutes
 * of stage_runs, which without this index means reading the whole history at every scrape.
 */
export const stageRunsTime = `
create index stage_runs_finished on stage_runs (finished_at);
`;
