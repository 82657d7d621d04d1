// What a CLI command costs from its start to its exit, read whole: the kernel adds a child's CPU
// to this process's once the child is waited for, so a short command is measured exactly, where
// sampling its process would miss its last moments.
import { createSandbox, palermo } from '../../support/harness.ts';
import { reapedChildrenCpuSeconds } from './process-tree.ts';
import type { BenchServers } from './servers.ts';
import { median } from '../report.ts';

/** `palermo <args>` on PostgreSQL, `runs` times one after the other: median CPU-s and wall seconds. */
export async function commandCost(servers: BenchServers, args: string[], runs: number): Promise<{ cpuSeconds: number; seconds: number }> {
  const sandbox = await createSandbox('postgres', servers);
  try {
    await palermo(sandbox, args); // migrates the new schema, and builds the CLI's bundle if a source changed
    const cpu: number[] = [];
    const wall: number[] = [];
    for (let run = 0; run < runs; run++) {
      const before = reapedChildrenCpuSeconds();
      const start = performance.now();
      const result = await palermo(sandbox, args);
      wall.push((performance.now() - start) / 1000);
      cpu.push(reapedChildrenCpuSeconds() - before);
      if (result.code !== 0) throw new Error(`palermo ${args.join(' ')} exited ${result.code}: ${result.stderr.slice(-2000)}`);
    }
    return { cpuSeconds: median(cpu), seconds: median(wall) };
  } finally {
    await sandbox.cleanup();
  }
}
