import { constants } from 'node:os';
import type { Logger } from '@palermo/pipeline';
import { reconcile } from './reconcile.ts';
import type { Runtime } from './runtime.ts';

/** How a long-running command hears SIGINT and SIGTERM. */
export interface StopSignals {
  /** Resolves on the first signal heard after `opened()` (one heard before ends the process). */
  readonly requested: Promise<NodeJS.Signals>;
  /** From now on the command holds what must be closed (connections, workers, jobs in flight). */
  opened(): void;
  /** The signal heard after `opened()`, if any yet. */
  heard(): NodeJS.Signals | null;
  /** 128 + the signal heard, as a shell reports a process a signal stopped; null if none was. */
  exitCode(): number | null;
}

/**
 * Listens for SIGINT and SIGTERM from the moment it is called: a command calls it first, so that
 * no signal finds the process without a listener (node's default is to die at once, jobs in
 * flight or not). Until `opened()`, nothing is held: a signal ends the process at once with code
 * 0, even while it waits for a database that is down. After, the first signal resolves `requested`
 * and the command closes what it opened, letting jobs in flight finish; a second one means "now":
 * the process exits at once, and the jobs in flight go back to their queue when their locks expire.
 */
export function listenForStop(log: Logger): StopSignals {
  let opened = false;
  let heard: NodeJS.Signals | null = null;
  let request: (signal: NodeJS.Signals) => void = () => undefined;
  const requested = new Promise<NodeJS.Signals>((resolve) => (request = resolve));
  const first = (signal: NodeJS.Signals): void => {
    process.off('SIGINT', first);
    process.off('SIGTERM', first);
    if (!opened) {
      log.info({ signal }, 'stopping before anything started');
      process.exit(0);
    }
    log.info({ signal }, 'stopping: letting jobs in flight finish');
    process.once(signal, () => {
      log.warn('second signal: exiting at once');
      process.exit(130);
    });
    heard = signal;
    request(signal);
  };
  process.on('SIGINT', first);
  process.on('SIGTERM', first);
  return { requested, opened: () => void (opened = true), heard: () => heard, exitCode: () => (heard ? 128 + constants.signals[heard] : null) };
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
