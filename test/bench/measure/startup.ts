// What a CLI command costs from its start to its exit, read whole: the kernel adds a child's CPU
// to this process's once the child is waited for, so a short command is measured exactly, where
// sampling its process would miss its last moments.
import { createSandbox, palermo, type Backend } from '../../support/harness.ts';
import { reapedChildrenCpuSeconds } from './process-tree.ts';
import type { BenchServers } from './servers.ts';
import { median } from '../report.ts';

/** CPU-s and wall seconds of one command. */
export interface CommandCost {
  cpuSeconds: number;
  seconds: number;
}

/**
 * `palermo <args>` on a new store, then `runs` more times one after the other: the first run
 * (it migrates the new schema; on PGlite it also copies a new folder from the template) and the
 * median of the others.
 */
export async function commandCost(servers: BenchServers, backend: Backend, args: string[], runs: number): Promise<{ first: CommandCost; next: CommandCost }> {
  const sandbox = await createSandbox(backend, servers);
  try {
    const costs: CommandCost[] = [];
    for (let run = 0; run <= runs; run++) {
      const before = reapedChildrenCpuSeconds();
      const start = performance.now();
      const result = await palermo(sandbox, args);
      costs.push({ seconds: (performance.now() - start) / 1000, cpuSeconds: reapedChildrenCpuSeconds() - before });
      if (result.code !== 0) throw new Error(`palermo ${args.join(' ')} exited ${result.code}: ${result.stderr.slice(-2000)}`);
    }
    const next = costs.slice(1);
    return { first: costs[0]!, next: { cpuSeconds: median(next.map((c) => c.cpuSeconds)), seconds: median(next.map((c) => c.seconds)) } };
  } finally {
    await sandbox.cleanup();
  }
}
