import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { listFiles } from '@palermo/sources';
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
    else if (info.isDirectory()) sources.push(...(await listFiles(path)).map((file): SourceRef => ({ type: 'file', path: file })));
    else if (info.isFile()) sources.push({ type: 'file', path });
    else problems.push({ arg, reason: 'not a regular file or folder' });
  }
  return { sources, problems };
}
