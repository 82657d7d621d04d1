import { isStageName, STAGES, type StageName } from '@palermo/contracts';
import { limitHeapGrowth } from '../heap-growth.ts';
import { listenForStop, startReconcileSweep } from '../lifecycle.ts';
import { openRuntime, startWorkers } from '../runtime.ts';
import type { CommandContext } from './command-context.ts';

/** `palermo work [stage...]`: runs workers until SIGINT/SIGTERM, then closes without losing a job. */
export async function workCommand(stageArgs: string[], { env, log, out }: CommandContext): Promise<number> {
  const stop = listenForStop(log);
  const unknown = stageArgs.filter((stage) => !isStageName(stage));
  if (unknown.length > 0) {
    out.error(`unknown stage ${unknown.join(', ')}; the stages are ${STAGES.join(', ')}`);
    return 2;
  }
  const stages: StageName[] = stageArgs.length > 0 ? (stageArgs as StageName[]) : [...STAGES];
  limitHeapGrowth(env.WORKER_HEAP_GROWTH_PERCENT);
  const runtime = await openRuntime(env, log, { waitForDatabase: true });
  stop.opened(); // a signal from here on lets the start-up finish, then closes it all in order
  const stopSweep = await startReconcileSweep(runtime);
  const workers = await startWorkers(runtime, stages);
  // Scheduled sources are scanned by the process that runs fetch, and loaded only there (they
  // read URLs and files with the fetch service's code).
  const scheduling = stages.includes('fetch') ? await (await import('../scheduling.ts')).startScheduling(runtime) : null;
  log.info({ stages, concurrency: env.WORKER_CONCURRENCY, sources: scheduling !== null }, 'workers started');

  await stop.requested;
  stopSweep();
  await scheduling?.close();
  await workers.close();
  await runtime.close();
  log.info('stopped');
  return 0;
}
