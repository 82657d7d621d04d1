import { describe, expect, it } from 'vitest';
import { deduplicationIdFor, jobIdFor, PIPELINE_VERSION, STAGE_VERSIONS, STAGES } from './queues.ts';
import { JOB_SCHEMAS, QUEUES } from './jobs.ts';

describe('the queue catalogue', () => {
  it('has every stage and the sources queue, each with a payload schema and bounded retention', () => {
    expect(Object.keys(QUEUES).sort()).toEqual([...STAGES, 'sources'].sort());
    for (const spec of Object.values(QUEUES)) {
      expect(spec.attempts).toBeGreaterThan(0);
      expect(spec.keepCompleted.count).toBeGreaterThan(0);
      expect(spec.keepFailed.age).toBeGreaterThan(0);
    }
    expect(Object.keys(JOB_SCHEMAS)).toEqual([...STAGES]);
  });

  it('gives each enqueue its own job id, without ":", under one deduplication id per stage and key', () => {
    const key = 'ab'.repeat(32);
    expect(jobIdFor('clean', key, 'r1')).toBe(`clean-${key}-${STAGE_VERSIONS.clean}-r1`);
    expect(jobIdFor('clean', key, 'r1')).not.toBe(jobIdFor('clean', key, 'r2'));
    expect(jobIdFor('clean', key, 'r1').startsWith(deduplicationIdFor('clean', key))).toBe(true);
    expect(jobIdFor('extract-figures', key, 'r1')).not.toContain(':');
  });

  it('derives the pipeline version from the stages’: it goes up by one with any stage’s', () => {
    expect(PIPELINE_VERSION).toBe(Object.values(STAGE_VERSIONS).reduce((a, b) => a + b, 0) - STAGES.length + 1);
  });
});
