import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { SourceDeclaration } from '@palermo/contracts';
import { parseSourcesFile } from './core/parse-sources-file.ts';

/** A declared source with its folder made absolute (relative to the sources file). */
export type ResolvedSource = SourceDeclaration & { folderPath: string | null };

/** Reads the sources file; a missing file is no sources, a broken one an error naming it. */
export async function loadSources(path: string): Promise<ResolvedSource[]> {
  const absolute = resolve(path);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return parseSourcesFile(text, path).sources.map((source) => ({
    ...source,
    folderPath: source.folder ? resolve(dirname(absolute), source.folder) : null,
  }));
}
