import { open, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { SourceNotFoundError, SourceOutsideRootsError, SourceTooLargeError } from '../errors.ts';

/**
 * Reads a local file, confined to `roots` (symbolic links resolved first, so a link cannot lead
 * out), refusing anything but a regular file and anything over `maxBytes`.
 */
export async function readFileSource(path: string, roots: readonly string[], maxBytes: number): Promise<Uint8Array> {
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    throw new SourceNotFoundError(`${path}: no such file`);
  }
  const realRoots = await Promise.all(roots.map((root) => realpath(resolve(root)).catch(() => resolve(root))));
  if (!realRoots.some((root) => isInside(real, root))) {
    throw new SourceOutsideRootsError(`${path}: outside the configured file roots (${realRoots.join(', ')}); set FILE_ROOTS to allow it`);
  }
  const handle = await open(real, 'r');
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new SourceNotFoundError(`${path}: not a regular file`);
    if (stats.size > maxBytes) throw new SourceTooLargeError(`${path}: ${stats.size} bytes, more than the limit of ${maxBytes} (FETCH_MAX_BYTES)`);
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
