import type { Logger } from '@palermo/pipeline';
import { reconcile } from './reconcile.ts';
import type { Runtime } from './runtime.ts';

/**
 * Resolves on the first SIGINT or SIGTERM. A second signal means "now": the process exits at
 * once, and the jobs in flight go back to their queue when their locks expire.
 */
export async function waitForStopSignal(log: Logger): Promise<NodeJS.Signals> {
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  log.info({ signal }, 'stopping: letting jobs in flight finish');
  process.once(signal, () => {
    log.warn('second signal: exiting at once');
    process.exit(130);
  });
  return signal;
}

/** Reconciles now, then every RECONCILE_INTERVAL_MS (0: only now); returns how to stop the sweep. */
export async function startReconcileSweep(runtime: Runtime): Promise<() => void> {
  // A sweep that fails (the database or Redis briefly gone) is logged and tried again next time;
  // it never stops the workers.
  const sweep = () => reconcile(runtime).catch((error: unknown) => runtime.log.error({ err: error }, 'reconciliation failed; trying again at the next sweep'));
  await sweep();
  const every = runtime.env.RECONCILE_INTERVAL_MS;
  if (every <= 0) return () => undefined;
  const timer = setInterval(() => void sweep(), every);
  return () => clearInterval(timer);
}
