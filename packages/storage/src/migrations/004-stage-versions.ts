/**
 * Per-stage versions: each stage's output records the version of the stage that wrote it (the
 * column held the single pipeline version before; the numbers carry over, every stage starting
 * at 1). "Done" means written at the stage's current version and after its input.
 */
export const stageVersions = `
alter table stage_outputs rename column pipeline_version to stage_version;
create index stage_outputs_stage on stage_outputs (stage, stage_version);
`;
