// Private servers for tests that crash or restart them: a redis-server with append-only
// persistence and a PostgreSQL cluster, each in its own temporary folder on a free port, so the
// shared servers on 6379 and 5432 are never touched. Both keep their data across stop/start.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { Redis } from 'ioredis';

const run = promisify(execFile);

/** A TCP port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Polls until `probe` resolves true, or throws naming `what` at the deadline. */
async function until(probe: () => Promise<boolean>, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** How a server goes down: cleanly, or as if its machine lost power (SIGKILL / immediate). */
export type StopMode = 'graceful' | 'crash';

/**
 * Where a private server runs: the address it binds (loopback unless a test gives another, such as
 * a network namespace's) and a command prefix that starts it there (`ip netns exec <ns>`).
 */
export interface ServerPlace {
  host?: string;
  prefix?: readonly string[];
  /** Extra redis-server arguments (for a cluster node: `--cluster-enabled yes` ...). */
  redisArgs?: readonly string[];
}

/** Protected mode refuses clients off loopback; a namespace's private address is no more open than loopback. */
function openTo(host: string): string[] {
  return host === '127.0.0.1' ? [] : ['--protected-mode', 'no'];
}

/** A redis-server of our own, restartable with its append-only file kept. */
export interface PrivateRedis {
  url: string;
  host: string;
  port: number;
  dir: string;
  start(): Promise<void>;
  stop(mode?: StopMode): Promise<void>;
  restart(mode?: StopMode, downMs?: number): Promise<void>;
  remove(): Promise<void>;
}

/** Starts redis-server (REDIS_SERVER_BIN, or the one on PATH) with `appendfsync everysec`. */
export async function startPrivateRedis(place: ServerPlace = {}): Promise<PrivateRedis> {
  const host = place.host ?? '127.0.0.1';
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'palermo-redis-'));
  const url = `redis://${host}:${port}`;
  let child: ChildProcess | null = null;

  const ping = async (): Promise<boolean> => {
    const client = new Redis(port, host, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      return (await client.ping()) === 'PONG'; // LOADING while the AOF is replayed throws
    } finally {
      client.disconnect();
    }
  };

  const server: PrivateRedis = {
    url,
    host,
    port,
    dir,
    async start() {
      // The product's own settings (infra/redis.conf): append-only, no eviction.
      const args = ['--port', String(port), '--bind', host, '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'everysec', '--save', '', '--maxmemory-policy', 'noeviction', '--logfile', join(dir, 'redis.log'), ...openTo(host), ...(place.redisArgs ?? [])];
      const [command, ...rest] = [...(place.prefix ?? []), process.env.REDIS_SERVER_BIN ?? 'redis-server', ...args];
      child = spawn(command!, rest, { stdio: 'ignore' }); // `ip netns exec` execs redis-server: the child is the server
      const started = child;
      const failedEarly = new Promise<never>((_, reject) => started.once('error', reject));
      await Promise.race([until(ping, `redis-server on port ${port}`, 30_000), failedEarly]);
    },
    async stop(mode = 'graceful') {
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const gone = new Promise((resolve) => running.once('exit', resolve));
      running.kill(mode === 'crash' ? 'SIGKILL' : 'SIGTERM'); // SIGTERM: redis fsyncs its AOF and exits
      await gone;
      child = null;
    },
    async restart(mode = 'graceful', downMs = 1_000) {
      await server.stop(mode);
      await new Promise((resolve) => setTimeout(resolve, downMs));
      await server.start();
    },
    async remove() {
      await server.stop('crash');
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}

/** A PostgreSQL cluster of our own, restartable with its data kept. */
export interface PrivatePostgres {
  port: number;
  dir: string;
  /** A connection string for one database of this cluster. */
  url(database: string): string;
  createDatabase(name: string): Promise<string>;
  start(): Promise<void>;
  stop(mode?: StopMode): Promise<void>;
  restart(mode?: StopMode, downMs?: number): Promise<void>;
  remove(): Promise<void>;
}

/** The folder holding initdb and pg_ctl: PG_BIN, or the usual Debian and /usr/local places. */
function postgresBin(): string {
  const candidates = [process.env.PG_BIN, '/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin', '/usr/local/bin', '/usr/bin'];
  const found = candidates.find((dir) => dir !== undefined && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (!found) throw new Error('initdb and pg_ctl not found: set PG_BIN to the folder that holds them');
  return found;
}

/** PostgreSQL refuses to run as root: as root, its tools run as the `postgres` user. */
async function postgresIdentity(): Promise<{ prefix: string[]; uid: number; gid: number } | null> {
  if (process.getuid?.() !== 0) return null;
  const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
  const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
  return { prefix: ['runuser', '-u', 'postgres', '--'], uid, gid };
}

/** initdb into a temporary folder (trust auth, durability off for speed) and starts the cluster. */
export async function startPrivatePostgres(place: ServerPlace = {}): Promise<PrivatePostgres> {
  const host = place.host ?? '127.0.0.1';
  const bin = postgresBin();
  const identity = await postgresIdentity();
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'palermo-pg-'));
  if (identity) chownSync(dir, identity.uid, identity.gid);
  const data = join(dir, 'data');
  const tool = async (name: string, args: string[]): Promise<string> => {
    const [command, ...rest] = [...(place.prefix ?? []), ...(identity?.prefix ?? []), join(bin, name), ...args];
    try {
      return (await run(command!, rest, { timeout: 120_000 })).stdout;
    } catch (error) {
      const { stderr = '', stdout = '' } = error as { stderr?: string; stdout?: string };
      throw new Error(`${name} ${args.join(' ')} failed: ${stderr || stdout || (error as Error).message}`);
    }
  };
  await tool('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
  // initdb trusts loopback only; a server on a namespace's address trusts its own subnet (samenet).
  if (host !== '127.0.0.1') appendFileSync(join(data, 'pg_hba.conf'), 'host all all samenet trust\n');
  // fsync off: a crash of the server process (not of the machine) loses nothing, and tests run faster.
  const options = `-p ${port} -k ${dir} -c listen_addresses=${host} -c fsync=off -c full_page_writes=off -c max_connections=300`;

  const server: PrivatePostgres = {
    port,
    dir,
    url: (database) => `postgres://postgres@${host}:${port}/${database}`,
    async createDatabase(name) {
      const admin = new pg.Client({ connectionString: server.url('postgres') });
      await admin.connect();
      try {
        await admin.query(`create database ${name}`);
      } finally {
        await admin.end();
      }
      return server.url(name);
    },
    async start() {
      await tool('pg_ctl', ['-D', data, '-l', join(dir, 'postgres.log'), '-o', options, '-w', '-t', '60', 'start']);
    },
    async stop(mode = 'graceful') {
      if (!existsSync(join(data, 'postmaster.pid'))) return;
      await tool('pg_ctl', ['-D', data, '-m', mode === 'crash' ? 'immediate' : 'fast', '-w', '-t', '60', 'stop']);
    },
    async restart(mode = 'graceful', downMs = 1_000) {
      await server.stop(mode);
      await new Promise((resolve) => setTimeout(resolve, downMs));
      await server.start();
    },
    async remove() {
      await server.stop('crash').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}

