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

/** How many of PGlite's WebAssembly functions V8 compiled with each compiler while `palermo <args>` ran. */
async function compiled(args: string[]): Promise<{ baseline: number; optimised: number }> {
  const { stdout } = await run(process.execPath, ['--trace-wasm-compilation-times', PALERMO_BIN, ...args], { cwd: ROOT, env: sandbox!.env, timeout: 180_000, maxBuffer: 64 * 1024 * 1024 });
  const count = (compiler: string) => stdout.split('\n').filter((line) => line.startsWith('Compiled function') && line.includes(`using ${compiler},`)).length;
  return { baseline: count('Liftoff'), optimised: count('TurboFan') };
}

describe('the embedded database under V8 (apps/palermo/src/wasm-tiering.ts)', () => {
  it('stays at the baseline compiler for a brief command, and keeps the optimiser for one that runs stages', async () => {
    sandbox = await createSandbox('pglite');
    const status = await compiled(['status']);
    expect(status.baseline).toBeGreaterThan(100);
    expect(status.optimised).toBe(0);

    const ingest = await compiled(['ingest', 'seeds/000_644ba19c34dcf5cf.txt', '--wait']);
    expect(ingest.optimised).toBeGreaterThan(0);
  });
});
