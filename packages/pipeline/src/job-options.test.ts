import { describe, expect, it } from 'vitest';
import { QUEUES } from '@palermo/contracts';
import { jobOptionsFor } from './job-options.ts';

describe('jobOptionsFor', () => {
  it('takes each queue’s retries and retention from the catalogue', () => {
    expect(jobOptionsFor('sources')).toEqual({
      attempts: QUEUES.sources.attempts,
      backoff: { type: 'exponential', delay: QUEUES.sources.backoffMs },
      removeOnComplete: QUEUES.sources.keepCompleted,
      removeOnFail: QUEUES.sources.keepFailed,
    });
    expect(jobOptionsFor('clean').removeOnComplete).toEqual(QUEUES.clean.keepCompleted);
  });

  it('applies the operator’s JOB_ATTEMPTS and JOB_BACKOFF_MS over the catalogue', () => {
    expect(jobOptionsFor('segment', { attempts: 2, backoffMs: 50 })).toMatchObject({ attempts: 2, backoff: { type: 'exponential', delay: 50 } });
    expect(jobOptionsFor('segment', { attempts: undefined })).toMatchObject({ attempts: QUEUES.segment.attempts });
  });
});
