// The file reader's own long-lived process: it reads confined files for the worker that started
// it, so that a read stuck on a stalled mount holds this process's threads, never the worker's
// (whose thread pool also serves storage and DNS); the worker kills it at the read's deadline and
// starts another. It leaves when the worker goes away (the IPC channel closes).
// Plain JavaScript on purpose: it must start under bare node, small, whatever loader the parent uses.
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';

// Non-blocking so that opening a FIFO returns at once instead of waiting for a writer; no-follow
// so that a link put in place after the path was resolved is refused, not followed out of the roots.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW;

/** A refusal the parent rebuilds as its own error class (see REFUSALS in read-file-source.ts). */
class Refusal extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
}

process.on('disconnect', () => process.exit(0));

process.on('message', ({ id, path, roots, maxBytes }) => {
  readConfined(path, roots, maxBytes).then(
    (bytes) => process.send?.({ id, bytes }),
    (error) => process.send?.({ id, error: { kind: error instanceof Refusal ? error.kind : 'error', message: error instanceof Error ? error.message : String(error) } }),
  );
});

/**
 * Reads a local file, confined to `roots` (symbolic links resolved first, so a link cannot lead
 * out), refusing anything but a regular file (a FIFO, a device, a folder) and anything over
 * `maxBytes`.
 */
async function readConfined(path, roots, maxBytes) {
  let real;
  try {
    real = await realpath(path);
  } catch {
    throw new Refusal('not-found', `${path}: no such file`);
  }
  const realRoots = await Promise.all(roots.map((root) => realpath(resolve(root)).catch(() => resolve(root))));
  if (!realRoots.some((root) => isInside(real, root))) {
    throw new Refusal('outside-roots', `${path}: outside the configured file roots (${realRoots.join(', ')}); set FILE_ROOTS to allow it`);
  }
  let handle;
  try {
    handle = await open(real, OPEN_FLAGS);
  } catch (error) {
    if (error.code === 'ELOOP') throw new Refusal('outside-roots', `${path}: became a symbolic link while being read; refused`);
    if (error.code === 'ENOENT') throw new Refusal('not-found', `${path}: no such file`);
    throw error;
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new Refusal('not-found', `${path}: not a regular file (${kindOf(stats)})`);
    if (stats.size > maxBytes) throw new Refusal('too-large', `${path}: ${stats.size} bytes, more than the limit of ${maxBytes} (FETCH_MAX_BYTES)`);
    return await readAtMost(handle, path, maxBytes, stats.size);
  } finally {
    await handle.close();
  }
}

/**
 * Reads to the end, but never more than `maxBytes` (a file can grow after it was measured): in
 * one read of the measured size when it does not change.
 */
async function readAtMost(handle, path, maxBytes, expected) {
  const chunks = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(Math.max(expected - total, 0) + 1, maxBytes + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > maxBytes) throw new Refusal('too-large', `${path}: more than the limit of ${maxBytes} bytes (FETCH_MAX_BYTES)`);
    chunks.push(chunk.subarray(0, bytesRead));
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

function kindOf(stats) {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a file';
}

function isInside(path, root) {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
