import { parseDurationMs, SOURCES_QUEUE } from '@palermo/contracts';
import { jobOptionsFor, type JobOverrides } from '@palermo/pipeline';
import type { Queue } from 'bullmq';
import type { ResolvedSource } from './load-sources.ts';

const PREFIX = 'source-';

/**
 * Makes the queue's job schedulers match the declared sources: upserted by a stable id, so a
 * restart neither duplicates nor forgets one, and those no longer declared removed.
 */
export async function syncSchedules(queue: Queue, sources: readonly ResolvedSource[], overrides: JobOverrides = {}): Promise<{ kept: string[]; removed: string[] }> {
  if (queue.name !== SOURCES_QUEUE) throw new Error(`schedules belong on the ${SOURCES_QUEUE} queue`);
  const opts = jobOptionsFor(SOURCES_QUEUE, overrides); // the catalogue's, like every other producer
  const kept: string[] = [];
  for (const source of sources) {
    const id = `${PREFIX}${source.name}`;
    const repeat = source.every ? { every: parseDurationMs(source.every)! } : { pattern: source.cron! };
    await queue.upsertJobScheduler(id, repeat, {
      name: 'scan',
      data: { source: source.name },
      opts,
    });
    kept.push(id);
  }
  const removed: string[] = [];
  for (const scheduler of await queue.getJobSchedulers(0, -1)) {
    if (scheduler.key.startsWith(PREFIX) && !kept.includes(scheduler.key)) {
      await queue.removeJobScheduler(scheduler.key);
      removed.push(scheduler.key);
    }
  }
  return { kept, removed };
}

/** When each declared source runs next, by source name. */
export async function nextRuns(queue: Queue): Promise<Map<string, number | null>> {
  const schedulers = await queue.getJobSchedulers(0, -1);
  return new Map(schedulers.filter((s) => s.key.startsWith(PREFIX)).map((s) => [s.key.slice(PREFIX.length), s.next ?? null]));
}
