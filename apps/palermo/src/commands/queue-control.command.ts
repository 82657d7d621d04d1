import { isStageName, STAGES, type StageName } from '@palermo/contracts';
import { createRedis, jobOverrides, QueueSet } from '@palermo/pipeline';
import type { CommandContext } from './command-context.ts';

/**
 * `palermo pause <stage>` / `palermo resume <stage>`: stops or restarts a stage's queue for every
 * worker, in every process (BullMQ's global pause); jobs in flight finish, waiting ones wait.
 * Only Redis is touched, so this works beside a process that owns the embedded database.
 */
export async function queueControlCommand(action: 'pause' | 'resume', stageArg: string, { env, out }: CommandContext): Promise<number> {
  if (!isStageName(stageArg)) {
    out.error(`unknown stage ${stageArg}; the stages are ${STAGES.join(', ')}`);
    return 2;
  }
  const stage: StageName = stageArg;
  const connection = createRedis(env, 'worker');
  const queues = new QueueSet(connection, env.QUEUE_PREFIX, jobOverrides(env));
  try {
    const queue = queues.queues[stage];
    if (action === 'pause') await queue.pause();
    else await queue.resume();
    const counts = await queue.getJobCounts('waiting', 'paused', 'active');
    out.info(`${stage} ${(await queue.isPaused()) ? 'paused' : 'running'} (${(counts.waiting ?? 0) + (counts.paused ?? 0)} waiting, ${counts.active ?? 0} active)`);
    return 0;
  } finally {
    await queues.close();
    connection.disconnect();
  }
}
