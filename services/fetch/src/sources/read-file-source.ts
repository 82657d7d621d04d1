import { fork, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { withDeadline } from './with-deadline.ts';
import { SourceNotFoundError, SourceOutsideRootsError, SourceTimeoutError, SourceTooLargeError } from '../errors.ts';

const CHILD = fileURLToPath(new URL('./file-reader.child.mjs', import.meta.url));

/** The refusals the reader's process reports by kind, rebuilt as the permanent errors they are. */
const REFUSALS: Record<string, new (message: string) => Error> = { 'not-found': SourceNotFoundError, 'outside-roots': SourceOutsideRootsError, 'too-large': SourceTooLargeError };

/** A read whose reader was killed because another read stalled: it is asked again of the next reader. */
class ReaderReplacedError extends Error {}

type Reply = { id: number; bytes: Uint8Array } | { id: number; error: { kind: string; message: string } };

/**
 * A long-lived process that reads files (file-reader.child.mjs) for this one. A read stuck on a
 * stalled mount blocks one of the reader's threads; the reader is then killed and replaced, so
 * the worker's own thread pool (files, DNS, the embedded database) is never used up by it.
 */
class FileReaderProcess {
  private readonly child: ChildProcess;
  private readonly pending = new Map<number, { path: string; resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private stderr = '';

  constructor() {
    this.child = fork(CHILD, [], { execArgv: [], serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    this.child.stderr?.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-2000)));
    this.child.on('message', (reply: Reply) => {
      const read = this.pending.get(reply.id);
      if (!read) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) this.channel()?.unref();
      if ('bytes' in reply) read.resolve(new Uint8Array(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
      else read.reject(new (REFUSALS[reply.error.kind] ?? Error)(reply.error.message));
    });
    this.child.on('exit', (code, signal) => this.stop(`the file reader stopped (${signal ?? `exit ${code}`}) before it was read${this.stderr ? `: ${this.stderr.trim()}` : ''}`));
    this.child.on('error', () => undefined); // reported through 'exit'
    // An idle reader must not keep the worker alive; one with reads in flight does.
    this.child.unref();
    this.channel()?.unref();
    (this.child.stderr as Socket | null)?.unref();
  }

  private channel(): { ref(): void; unref(): void } | undefined {
    return (this.child as unknown as { channel?: { ref(): void; unref(): void } }).channel;
  }

  read(path: string, roots: readonly string[], maxBytes: number): Promise<Uint8Array> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { path, resolve, reject });
      this.channel()?.ref();
      this.child.send({ id, path, roots, maxBytes }, (error) => {
        if (error) reject(new Error(`${path}: could not ask the file reader (${error.message})`));
      });
    });
  }

  /**
   * Kills the reader (one of its reads is stuck). A process with a thread stuck on a stalled
   * mount may not end until the mount answers, so nothing here waits for it: the reads still in
   * flight fail now, as transient (their jobs retry with a new reader), and it no longer holds
   * this process open.
   */
  kill(): void {
    this.child.kill('SIGKILL');
    this.stop(null);
    if (this.child.exitCode === null && this.child.signalCode === null) {
      stuck.add(this);
      this.child.once('exit', () => stuck.delete(this));
    }
  }

  /** Fails the reads in flight: with `reason` if the process ended, as replaced (null) if it was killed. */
  private stop(reason: string | null): void {
    if (reader === this) reader = null;
    for (const read of this.pending.values()) read.reject(reason === null ? new ReaderReplacedError() : new Error(`${read.path}: ${reason}`));
    this.pending.clear();
    this.channel()?.unref();
    this.child.stderr?.destroy(); // a process that cannot end yet must not hold our output open
  }
}

let reader: FileReaderProcess | null = null;

/**
 * Killed readers that have not ended: a thread stuck in a read a FUSE server never answers does
 * not end even on SIGKILL, and keeps its process's memory. Past this many, reads fail at once
 * (and are retried later) instead of leaving one more process behind for each stalled file.
 */
const stuck = new Set<FileReaderProcess>();
const MAX_STUCK_READERS = 8;

/**
 * Reads a local file, confined to `roots` (symbolic links resolved first, so a link cannot lead
 * out), refusing anything but a regular file (a FIFO, a device, a folder) and anything over
 * `maxBytes`. The read runs in the file reader's process and is bounded by `timeoutMs`: a
 * stalled mount fails the read, and the reader, whose thread is stuck, is replaced.
 */
export async function readFileSource(path: string, roots: readonly string[], maxBytes: number, timeoutMs = 30_000): Promise<Uint8Array> {
  const deadline = Date.now() + timeoutMs;
  const timedOut = () => new SourceTimeoutError(`${path}: not read within ${timeoutMs} ms (FETCH_TIMEOUT_MS); a stalled mount or device?`);
  for (;;) {
    if (stuck.size >= MAX_STUCK_READERS) {
      throw new SourceTimeoutError(`${path}: not read: ${stuck.size} file readers are still stuck on reads that never returned (a stalled mount?); retried later`);
    }
    const current = (reader ??= new FileReaderProcess());
    try {
      return await withDeadline(current.read(path, roots, maxBytes), deadline - Date.now(), timedOut);
    } catch (error) {
      if (error instanceof SourceTimeoutError) current.kill();
      if (!(error instanceof ReaderReplacedError)) throw error;
      if (Date.now() >= deadline) throw timedOut();
      // Another read stalled and its reader, shared with this read, was replaced: ask the next one.
    }
  }
}
