import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/**
 * A new PGlite data folder copied from a freshly initialised one kept in the user's cache, instead
 * of PGlite running initdb in WebAssembly each time: on the 41-PDF ingest into a new folder,
 * initdb was ~3.2 s of CPU and the copy plus opening is ~0.7 s. The template is made once per
 * PGlite version (by PGlite itself, closed cleanly), so a folder made from it holds what initdb
 * would have written; only the cluster's system identifier is shared between copies, which
 * matters to replication, not to an embedded store.
 */

/** Where templates are kept: `PALERMO_CACHE_DIR`, else the XDG cache (`~/.cache/palermo`); `off` keeps none. */
export function templateCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.PALERMO_CACHE_DIR === 'off') return null;
  return env.PALERMO_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'palermo');
}

/** PGlite's version: a template made by another version is never used. */
function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite'); // <package>/dist/index.cjs
  return (JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/** Removes what a process killed while copying or initialising left (`<name>.<pid>-<time>.tmp`). */
function removeLeftovers(dir: string, name: string, olderThanMs: number): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir)) {
    if (!entry.startsWith(`${name}.`) || !entry.endsWith('.tmp')) continue;
    const path = join(dir, entry);
    if (Date.now() - statSync(path).mtimeMs >= olderThanMs) rmSync(path, { recursive: true, force: true });
  }
}

/**
 * Fills `dataDir`, which must not exist or be empty, with a copy of the template, made first with
 * `initialise` when the cache has none. Both the template and the copy appear whole or not at
 * all (each is written beside its place and renamed into it). The caller holds the lock of
 * `dataDir`'s parent folder, so leftovers there are nobody's.
 */
export async function seedFromTemplate(dataDir: string, cacheDir: string, initialise: (dir: string) => Promise<void>): Promise<void> {
  const template = join(cacheDir, `pglite-${pgliteVersion()}`);
  if (!existsSync(template)) {
    mkdirSync(cacheDir, { recursive: true });
    removeLeftovers(cacheDir, basename(template), 10 * 60_000); // another process may be making one now
    const making = `${template}.${process.pid}-${Date.now()}.tmp`;
    try {
      await initialise(making);
      renameSync(making, template);
    } catch (error) {
      rmSync(making, { recursive: true, force: true });
      if (!existsSync(template)) throw error; // else another process made it first
    }
  }
  removeLeftovers(dirname(dataDir), basename(dataDir), 0);
  const copying = `${dataDir}.${process.pid}-${Date.now()}.tmp`;
  try {
    cpSync(template, copying, { recursive: true });
    if (existsSync(dataDir)) rmdirSync(dataDir); // fails unless empty: nothing is overwritten
    renameSync(copying, dataDir);
  } catch (error) {
    rmSync(copying, { recursive: true, force: true });
    throw error;
  }
}
