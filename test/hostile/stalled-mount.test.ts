// A file on a stalled mount fails in bounded time and takes nothing of the worker with it. A FUSE
// filesystem whose reads never answer stands for a hung network mount (a read the kernel never
// gives back, even to SIGKILL). More stalled reads than the worker's thread pool has threads (4)
// are made, then a good file is ingested: the stalled files fail naming FETCH_TIMEOUT_MS, the
// good one completes, and the worker still stops on SIGTERM. Reading files in the worker's own
// thread pool, the good file timed out too and the worker never exited.
// Needs root, /dev/fuse, fusermount3 and python3-fusepy (infra/scripts/ensure-test-tools.sh).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, eventually, exited, palermo, queryPostgres, ROOT, SEEDS, startPalermo, type Sandbox } from '../support/harness.ts';

const STALLED = 3; // each read twice (JOB_ATTEMPTS=2): 6 stalled reads, more than libuv's 4 threads
const TIMEOUT_MS = 2_000;

function whyNoFuse(): string | null {
  if (process.getuid?.() !== 0) return 'mounting FUSE needs root';
  if (!existsSync('/dev/fuse')) return 'no /dev/fuse';
  try {
    execFileSync('sh', ['-c', 'command -v fusermount3'], { stdio: 'ignore' });
  } catch {
    return 'fusermount3 is missing (apt-get install fuse3)';
  }
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import fusepy'], { stdio: 'ignore' });
  } catch {
    return 'python3-fusepy is missing (apt-get install python3-fusepy)';
  }
  return null;
}

const noFuse = whyNoFuse();
if (noFuse) console.warn(`stalled-mount test skipped: ${noFuse}`);

describe.skipIf(noFuse !== null)('files on a stalled mount', () => {
  let sandbox: Sandbox;
  let mount: string;
  let fuse: ChildProcess;
  let worker: ReturnType<typeof startPalermo> | undefined;

  beforeAll(async () => {
    sandbox = await createSandbox('postgres');
    mount = join(sandbox.dir, 'stalled');
    mkdirSync(mount);
    fuse = spawn('/usr/bin/python3', [join(ROOT, 'test', 'support', 'stalled-fs.py'), mount, String(STALLED)], { stdio: 'ignore' });
    await eventually(async () => (existsSync(join(mount, 'stalled-0.txt')) ? true : undefined), 'the stalled mount to come up', 20_000);
    Object.assign(sandbox.env, { FETCH_TIMEOUT_MS: String(TIMEOUT_MS), JOB_ATTEMPTS: '2', FILE_ROOTS: `${sandbox.env.FILE_ROOTS}:${mount}`, LOG_LEVEL: 'info' });
  });

  afterAll(async () => {
    if (worker && worker.exitCode === null) worker.kill('SIGKILL');
    // Unmounting answers the reads still stuck (with an error), so their processes can end.
    if (mount) execFileSync('fusermount3', ['-u', '-z', mount], { stdio: 'ignore' });
    fuse?.kill('SIGKILL'); // its loop waits for the read it never answers: only SIGKILL ends it
    await sandbox?.cleanup();
  });

  it('fails each stalled file in bounded time, still reads a good file, and stops on SIGTERM', async () => {
    const stalled = Array.from({ length: STALLED }, (_, i) => join(mount, `stalled-${i}.txt`));
    const queued = await palermo(sandbox, ['ingest', ...stalled]);
    expect(queued.code, queued.stderr).toBe(0);
    worker = startPalermo(sandbox, ['work']);
    const failed = async () => queryPostgres<{ path: string; error: string }>(sandbox, `select source->>'path' as path, last_error as error from ingestions where status = 'failed' order by 1`);
    await eventually(async () => ((await failed()).length === STALLED ? true : undefined), 'every stalled file to fail', 120_000, 500);
    expect(await failed()).toEqual(stalled.map((path) => ({ path, error: expect.stringContaining(`${path}: not read within ${TIMEOUT_MS} ms (FETCH_TIMEOUT_MS)`) })));

    const good = join(SEEDS, readdirSync(SEEDS).find((name) => name.startsWith('000'))!);
    expect((await palermo(sandbox, ['ingest', good])).code).toBe(0);
    await eventually(async () => {
      const [ingestion] = await queryPostgres<{ status: string; error: string | null }>(sandbox, `select status, last_error as error from ingestions where source->>'path' = $1`, [good]);
      if (ingestion?.status === 'failed') throw new Error(`the good file failed: ${ingestion.error}`);
      const [document] = await queryPostgres<{ status: string }>(sandbox, `select status from documents`);
      return document?.status === 'done' ? true : undefined;
    }, 'the good file to be done', 120_000, 500);

    worker.kill('SIGTERM');
    const code = await Promise.race([exited(worker), new Promise((resolve) => setTimeout(() => resolve('still running 30 s after SIGTERM'), 30_000))]);
    expect(code, worker.output().slice(-2000)).toBe(0);
  });
});
