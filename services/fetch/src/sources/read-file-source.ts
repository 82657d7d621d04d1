import { constants } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { withDeadline } from './with-deadline.ts';
import { SourceNotFoundError, SourceOutsideRootsError, SourceTimeoutError, SourceTooLargeError } from '../errors.ts';

// Non-blocking so that opening a FIFO returns at once instead of waiting for a writer; no-follow
// so that a link put in place after the path was resolved is refused, not followed out of the roots.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW;

/**
 * Reads a local file, confined to `roots` (symbolic links resolved first, so a link cannot lead
 * out), refusing anything but a regular file (a FIFO, a device, a folder) and anything over
 * `maxBytes`; the whole read is bounded by `timeoutMs`, so a stalled mount fails instead of hanging.
 */
export async function readFileSource(path: string, roots: readonly string[], maxBytes: number, timeoutMs = 30_000): Promise<Uint8Array> {
  // A read still stuck on a mount after the deadline finishes later; its outcome is dropped.
  return withDeadline(readConfined(path, roots, maxBytes), timeoutMs, () => new SourceTimeoutError(`${path}: not read within ${timeoutMs} ms (FETCH_TIMEOUT_MS); a stalled mount or device?`));
}

async function readConfined(path: string, roots: readonly string[], maxBytes: number): Promise<Uint8Array> {
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
  let handle: FileHandle;
  try {
    handle = await open(real, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new SourceOutsideRootsError(`${path}: became a symbolic link while being read; refused`);
    if (code === 'ENOENT') throw new SourceNotFoundError(`${path}: no such file`);
    throw error;
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new SourceNotFoundError(`${path}: not a regular file (${kindOf(stats)})`);
    if (stats.size > maxBytes) throw new SourceTooLargeError(`${path}: ${stats.size} bytes, more than the limit of ${maxBytes} (FETCH_MAX_BYTES)`);
    return await readAtMost(handle, path, maxBytes, stats.size);
  } finally {
    await handle.close();
  }
}

/**
 * Reads to the end, but never more than `maxBytes` (a file can grow after it was measured): in
 * one read of the measured size when it does not change, so a busy event loop adds no round trips.
 */
async function readAtMost(handle: FileHandle, path: string, maxBytes: number, expected: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(Math.max(expected - total, 0) + 1, maxBytes + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > maxBytes) throw new SourceTooLargeError(`${path}: more than the limit of ${maxBytes} bytes (FETCH_MAX_BYTES)`);
    chunks.push(chunk.subarray(0, bytesRead));
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

function kindOf(stats: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a file';
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
