import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox, palermo, PALERMO_BIN, ROOT, type Sandbox } from '../support/harness.ts';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.cleanup();
  sandbox = undefined;
});

/** `palermo <args>` with its standard output closed before it writes (a reader like `head` that already left). */
function withClosedOutput(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [PALERMO_BIN, ...args], { cwd: ROOT, env: sandbox!.env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stderr })));
}

describe('a reader that closes the output early', () => {
  it('ends the command as usual, without a trace', async () => {
    sandbox = await createSandbox('postgres');
    const ingested = await palermo(sandbox, ['ingest', 'seeds/000_644ba19c34dcf5cf.txt', '--wait']);
    expect(ingested.code).toBe(0);

    for (const args of [['status'], ['facts'], ['ingest', 'seeds/001_4f7ec48e7529aa45.txt', '--wait']]) {
      const closed = await withClosedOutput(args);
      expect(closed.stderr, args.join(' ')).not.toMatch(/EPIPE|Error/);
      expect(closed.code, args.join(' ')).toBe(0);
    }
    // The ingest whose output nobody read still went through.
    const document = await palermo(sandbox, ['document', 'seeds/001_4f7ec48e7529aa45.txt', '--format', 'json']);
    expect(document.code).toBe(0);
    expect(JSON.parse(document.stdout)).toMatchObject({ document: { status: 'done' } });
  });
});
