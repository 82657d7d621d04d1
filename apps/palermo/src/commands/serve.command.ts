import { STAGES } from '@palermo/contracts';
import { startApi } from '@palermo/api';
import { listenForStop, startReconcileSweep } from '../lifecycle.ts';
import { openRuntime, startWorkers, type RunningWorkers } from '../runtime.ts';
import type { Scheduling } from '../scheduling.ts';
import type { CommandContext } from './command-context.ts';

/**
 * `palermo serve [--no-workers]`: the HTTP API, and by default every stage's worker and the
 * scheduled sources, in one process (the one that owns the embedded database). Stops on SIGINT/SIGTERM: the API stops
 * taking requests, then jobs in flight finish.
 */
export async function serveCommand(options: { workers: boolean }, { env, log, out }: CommandContext): Promise<number> {
  const stop = listenForStop(log);
  const runtime = await openRuntime(env, log, { waitForDatabase: true });
  stop.opened(); // a signal from here on lets the start-up finish, then closes it all in order
  let workers: RunningWorkers | null = null;
  let scheduling: Scheduling | null = null;
  let stopSweep = (): void => undefined;
  try {
    if (options.workers) {
      stopSweep = await startReconcileSweep(runtime);
      workers = await startWorkers(runtime, STAGES);
      scheduling = await (await import('../scheduling.ts')).startScheduling(runtime);
    }
    const api = await startApi({ env, log, storage: runtime.storage });
    out.error(`palermo api on ${api.url}${workers ? ', with the workers of every stage' : ' (no workers)'}`);
    await stop.requested;
    await api.close();
  } finally {
    stopSweep();
    await scheduling?.close();
    await workers?.close();
    await runtime.close();
  }
  log.info('stopped');
  return 0;
}
