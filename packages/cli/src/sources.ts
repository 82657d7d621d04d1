import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { SourceRef } from '@palermo/contracts';

/** An argument that names nothing ingestible. */
export interface SourceProblem {
  arg: string;
  reason: string;
}

/** Turns command-line arguments into sources: URLs as they are, folders walked (hidden files skipped). */
export async function expandSources(args: readonly string[]): Promise<{ sources: SourceRef[]; problems: SourceProblem[] }> {
  const sources: SourceRef[] = [];
  const problems: SourceProblem[] = [];
  for (const arg of args) {
    if (/^https?:\/\//i.test(arg)) {
      sources.push({ type: 'url', url: new URL(arg).href });
      continue;
    }
    const path = resolve(arg);
    const info = await stat(path).catch(() => null);
    if (!info) problems.push({ arg, reason: 'no such file or folder' });
    else if (info.isDirectory()) sources.push(...(await walk(path)).map((file): SourceRef => ({ type: 'file', path: file })));
    else if (info.isFile()) sources.push({ type: 'file', path });
    else problems.push({ arg, reason: 'not a regular file or folder' });
  }
  return { sources, problems };
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((entry) => !entry.name.startsWith('.'));
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}
