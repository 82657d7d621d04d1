// Helpers for end-to-end tests: a fresh queue prefix and a fresh database (a PGlite folder or a
// PostgreSQL schema) per test, the CLI run as a real process, and polling with a deadline.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Redis } from 'ioredis';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEEDS = join(ROOT, 'seeds');
/** Real documents the tests read, copied into the project (see test/fixtures/README.md). */
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type Backend = 'pglite' | 'postgres';

/** One test's isolated world: its env for the CLI, and how to tear it down. */
export interface Sandbox {
  backend: Backend;
  env: NodeJS.ProcessEnv;
  dir: string;
  prefix: string;
  cleanup(): Promise<void>;
}

/** The Redis and PostgreSQL a sandbox lives on: the shared ones unless a caller (the benchmark) brings its own. */
export interface SandboxServers {
  redisUrl: string;
  databaseUrl: string;
}

/** Creates a queue prefix and a database nobody else uses. */
export async function createSandbox(backend: Backend, servers: SandboxServers = { redisUrl: REDIS_URL, databaseUrl: TEST_DATABASE_URL }): Promise<Sandbox> {
  const { redisUrl, databaseUrl } = servers;
  const id = `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const dir = mkdtempSync(join(tmpdir(), 'palermo-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: id,
    PALERMO_DATA_DIR: join(dir, 'data'),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    LOG_FORMAT: 'json',
    FILE_ROOTS: [ROOT, dir, join(ROOT, '..', 'shared')].join(':'),
    JOB_BACKOFF_MS: '200',
    RECONCILE_INTERVAL_MS: '0',
  };
  delete env.DATABASE_URL;
  if (backend === 'postgres') {
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`create schema ${id}`);
    await admin.end();
    env.DATABASE_URL = `${databaseUrl}?options=${encodeURIComponent(`-c search_path=${id},public`)}`;
  }
  return {
    backend,
    env,
    dir,
    prefix: id,
    async cleanup() {
      const redis = new Redis(redisUrl);
      const keys = await redis.keys(`${id}:*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
      if (backend === 'postgres') {
        const admin = new pg.Client({ connectionString: databaseUrl });
        await admin.connect();
        await admin.query(`drop schema if exists ${id} cascade`);
        await admin.end();
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI as people start it: node itself runs it (signals reach the CLI), from its bundle. */
export const PALERMO_BIN = join(ROOT, 'apps', 'palermo', 'bin', 'palermo.mjs');

/** Runs `palermo <args>` as a person would, and waits for it. */
export function palermo(sandbox: Sandbox, args: string[], timeoutMs = 180_000): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [PALERMO_BIN, ...args], { cwd: ROOT, env: sandbox.env, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Starts `palermo <args>` in the background (e.g. `work`), for a test that signals it. */
export function startPalermo(sandbox: Sandbox, args: string[]): ChildProcess & { output: () => string } {
  return startNode(sandbox, [PALERMO_BIN, ...args]);
}

/** Starts `node <args>` from the repository root in the sandbox's environment, its output kept. */
export function startNode(sandbox: Sandbox, args: string[]): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: sandbox.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return Object.assign(child, { output: () => output });
}

/** Resolves with the exit code when the process ends. */
export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Polls `probe` until it returns a value other than undefined, or fails at the deadline. */
export async function eventually<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 120_000, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Parses `palermo facts --format jsonl` output. */
export function parseJsonl<T = Record<string, unknown>>(text: string): T[] {
  return text.split('\n').filter((line) => line.trim().length > 0).map((line) => JSON.parse(line) as T);
}

/** Runs one query in the sandbox's PostgreSQL schema. */
export async function queryPostgres<T extends object>(sandbox: Sandbox, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: sandbox.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}
