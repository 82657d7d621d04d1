import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox, PALERMO_BIN, ROOT, type Sandbox } from '../support/harness.ts';

const run = promisify(execFile);
let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.cleanup();
  sandbox = undefined;
});

/** What `node <nodeFlags> palermo <args>` printed. */
async function palermoWith(nodeFlags: string[], args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [...nodeFlags, PALERMO_BIN, ...args], { cwd: ROOT, env: sandbox!.env, timeout: 180_000, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** How many of PGlite's WebAssembly functions V8 compiled with each compiler while `palermo <args>` ran. */
async function compiled(args: string[]): Promise<{ baseline: number; optimised: number }> {
  const stdout = await palermoWith(['--trace-wasm-compilation-times'], args);
  const count = (compiler: string) => stdout.split('\n').filter((line) => line.startsWith('Compiled function') && line.includes(`using ${compiler},`)).length;
  return { baseline: count('Liftoff'), optimised: count('TurboFan') };
}

describe('palermo under V8 (apps/palermo/src/v8-tiering.ts)', () => {
  it('stays at the baseline compiler for a brief command, and keeps the optimiser for one that runs stages', async () => {
    sandbox = await createSandbox('pglite');
    const status = await compiled(['status']);
    expect(status.baseline).toBeGreaterThan(100);
    expect(status.optimised).toBe(0);

    const ingest = await compiled(['ingest', 'seeds/000_644ba19c34dcf5cf.txt', '--wait']);
    expect(ingest.optimised).toBeGreaterThan(0);
  });

  it('sends fewer JavaScript functions to the optimiser than V8 would by default, and keeps a budget given to node', async () => {
    // JavaScript functions V8 optimised (`--trace-opt`) while the four seeds went through every stage, on a new store.
    const optimised = async (nodeFlags: string[]) => {
      await sandbox?.cleanup();
      sandbox = await createSandbox('postgres');
      const trace = await palermoWith(['--trace-opt', ...nodeFlags], ['ingest', 'seeds', '--wait']);
      return trace.split('\n').filter((line) => line.startsWith('[completed compiling')).length;
    };
    const tuned = await optimised([]);
    const byDefault = await optimised(['--interrupt-budget=67584']); // V8's own budget, given to node: kept
    expect(byDefault).toBeGreaterThan(50); // 90-94 measured
    expect(tuned).toBeGreaterThan(0); // what runs most is still optimised
    expect(tuned).toBeLessThan(0.7 * byDefault); // 38-41 measured
  });
});
