import { isStageName, STAGES, type StageName } from '@palermo/contracts';
import { reconcile } from '../reconcile.ts';
import { openRuntime, startWorkers } from '../runtime.ts';
import type { CommandContext } from './command-context.ts';

/** `palermo work [stage...]`: runs workers until SIGINT/SIGTERM, then closes without losing a job. */
export async function workCommand(stageArgs: string[], { env, log, out }: CommandContext): Promise<number> {
  const unknown = stageArgs.filter((stage) => !isStageName(stage));
  if (unknown.length > 0) {
    out.error(`unknown stage ${unknown.join(', ')}; the stages are ${STAGES.join(', ')}`);
    return 2;
  }
  const stages: StageName[] = stageArgs.length > 0 ? (stageArgs as StageName[]) : [...STAGES];
  const runtime = await openRuntime(env, log);
  await reconcile(runtime);
  const workers = startWorkers(runtime, stages);
  const sweep = env.RECONCILE_INTERVAL_MS > 0
    ? setInterval(() => void reconcile(runtime).catch((error: unknown) => log.error({ err: error }, 'reconciliation failed')), env.RECONCILE_INTERVAL_MS)
    : null;
  log.info({ stages, concurrency: env.WORKER_CONCURRENCY }, 'workers started');

  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  log.info({ signal }, 'stopping: letting jobs in flight finish');
  // A second signal means "now": the jobs in flight go back to the queue when their locks expire.
  process.once(signal, () => {
    log.warn('second signal: exiting at once');
    process.exit(130);
  });
  if (sweep) clearInterval(sweep);
  await workers.close();
  await runtime.close();
  log.info('stopped');
  return 0;
}
