import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pageFromColumns, PdfParseReply, type PdfPage } from './pdf-items.ts';

/** How the pool's processes are fenced and how long each one lives. */
export interface PdfParserPoolOptions {
  processes: number; // how many parser processes may run at once
  maxDocuments: number; // a process is replaced after this many documents
  maxMemoryMb: number; // operating-system limit on the process's data, and the resident-memory watch
  // A process resident above this after a document is replaced (default: RECYCLE_SHARE of
  // maxMemoryMb): one that has grown goes, one that has not keeps pdf.js compiled and optimised.
  recycleAboveMb?: number;
}

/** One parse request, with its own deadline. */
export interface ParseRequest {
  bytes: Uint8Array;
  maxPages: number;
  timeoutMs: number;
}

/** What one parse ended with, as seen from outside the process. */
export type ParseOutcome =
  | { kind: 'pages'; pages: PdfPage[] }
  | { kind: 'refused'; name: string; message: string } // pdf.js or the page cap refused the document
  | { kind: 'timeout' }
  | { kind: 'memory'; detail: string } // the process hit its memory cap on this document
  | { kind: 'crashed'; detail: string }; // the process died for a reason the document is not known to cause

const CHILD = fileURLToPath(new URL('./pdf-text.child.mjs', import.meta.url));
const RSS_POLL_MS = 50;
// Measured: a parser's resident memory holds at 212–247 MB over 504 documents (the 42 bench PDFs
// twelve times, with the flags below), under a 512 MB cap.
const RECYCLE_SHARE = 0.6;
// pdf.js makes its text and font helpers fresh closures for every page and font; they share their
// optimised code, which V8 holds weakly once they are gone. A parser waits between documents, and
// V8 finished its incremental marking in that wait, when no such closure was alive: the code was
// dropped and optimised again for the next document (four passes of the 42 bench PDFs: 1,396
// optimisations with a 30 ms wait after each document, 641 back to back; a warm pass with waits
// 3.9–4.2 CPU-s, back to back 2.8–2.9). Marking all at once, inside an allocation, keeps it: 2.4–2.9
// a pass with waits over twelve passes (test/bench/parser-passes.ts, test/bench/RESULTS.md).
// The heap then grows further before a collection, so the young generation is 32 MB, not 64: the
// process stays as resident as before (≤ 247 MB, where 64 MB made it 323–338 MB, past RECYCLE_SHARE).
export const PARSER_V8_FLAGS = ['--no-incremental-marking'];
const YOUNG_GENERATION_MB = 32;
const MEMORY_MESSAGE = /allocation failed|out of memory|invalid (typed )?array length|Array buffer/i;

// Why a hand-written pool: piscina and tinypool run worker threads, which share the worker's
// address space, so no operating-system limit can fence one of them, and their `resourceLimits`
// cap the V8 heap only (a deflate bomb's array buffers are outside it: measured 6.2 GB resident
// with no limit). BullMQ's sandboxed processors move a whole job handler (storage included) into
// the child and offer no memory limit beyond node's flags. What is needed here is small: fork
// under `ulimit -d`, a deadline, a resident-memory watch, and replacement on any fault.

/**
 * A small pool of long-lived pdf.js processes. Each parse runs in one process at a time, with a
 * deadline and a memory cap enforced from outside; a process is recycled after `maxDocuments`
 * parses, when its resident memory has grown past `recycleAboveMb`, or after any fault, and never
 * before its reply has been received.
 */
export class PdfParserPool {
  private readonly idle: ParserProcess[] = [];
  private readonly busy = new Set<ParserProcess>();
  private readonly waiting: Array<{ resolve: (process: ParserProcess) => void; reject: (error: Error) => void }> = [];
  private running = 0;
  private closed = false;

  constructor(private readonly options: PdfParserPoolOptions) {}

  /** Parses one document in a free process, waiting for one if all are busy. */
  async parse(request: ParseRequest): Promise<ParseOutcome> {
    const parser = await this.acquire();
    this.busy.add(parser);
    let outcome: ParseOutcome;
    try {
      outcome = await parser.parse(request);
    } catch (error) {
      outcome = { kind: 'crashed', detail: error instanceof Error ? error.message : String(error) };
    }
    this.busy.delete(parser);
    this.release(parser, outcome);
    return outcome;
  }

  /** The process ids of the parser processes alive now (for operators' tools and tests). */
  pids(): number[] {
    return [...this.idle, ...this.busy].filter((parser) => parser.alive()).map((parser) => parser.pid);
  }

  /** Stops every process; a parse still running ends as a crash. */
  close(): void {
    this.closed = true;
    for (const parser of [...this.idle.splice(0), ...this.busy]) parser.stop();
    for (const waiter of this.waiting.splice(0)) waiter.reject(new Error('the PDF parser pool is closed'));
  }

  private acquire(): Promise<ParserProcess> {
    if (this.closed) return Promise.reject(new Error('the PDF parser pool is closed'));
    let ready = this.idle.pop();
    while (ready && !ready.alive()) {
      this.running -= 1; // died while idle (killed from outside): replaced below
      ready = this.idle.pop();
    }
    if (ready) return Promise.resolve(ready);
    if (this.running < this.options.processes) {
      this.running += 1;
      return Promise.resolve(new ParserProcess(this.options.maxMemoryMb));
    }
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private release(parser: ParserProcess, outcome: ParseOutcome): void {
    const healthy = outcome.kind === 'pages' || outcome.kind === 'refused';
    const grown = (residentMb(parser.pid) ?? 0) > (this.options.recycleAboveMb ?? RECYCLE_SHARE * this.options.maxMemoryMb);
    if (!healthy || grown || parser.documents >= this.options.maxDocuments || this.closed) {
      parser.stop();
      this.running -= 1;
      const next = this.waiting.shift();
      if (next && !this.closed) {
        this.running += 1;
        next.resolve(new ParserProcess(this.options.maxMemoryMb));
      }
      return;
    }
    const next = this.waiting.shift();
    if (next) next.resolve(parser);
    else this.idle.push(parser);
  }
}

/** One child process running pdf-text.child.mjs under an operating-system memory limit. */
class ParserProcess {
  documents = 0;
  readonly pid: number;
  private readonly child: ChildProcess;
  private stderr = '';
  private nextId = 1;

  constructor(private readonly maxMemoryMb: number) {
    this.child = fork(CHILD, [], {
      ...memoryLimited(maxMemoryMb),
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    this.pid = this.child.pid ?? -1;
    this.child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4000);
    });
    this.child.on('error', () => undefined); // reported through 'exit' or the parse that was running
    // An idle parser must not keep the worker process alive.
    this.child.unref();
    this.channel()?.unref();
  }

  /** Sends one document and settles on its reply, its deadline, its memory cap or the process's death. */
  parse({ bytes, maxPages, timeoutMs }: ParseRequest): Promise<ParseOutcome> {
    this.documents += 1;
    const id = this.nextId++;
    if (!this.alive()) return Promise.resolve({ kind: 'crashed', detail: `exit ${this.child.exitCode ?? this.child.signalCode} before the document was sent` });
    this.channel()?.ref();
    return new Promise<ParseOutcome>((resolve) => {
      const settle = (outcome: ParseOutcome): void => {
        clearTimeout(deadline);
        clearInterval(watch);
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
        this.channel()?.unref();
        resolve(outcome);
      };
      const onMessage = (raw: unknown): void => {
        const parsed = PdfParseReply.safeParse(raw);
        if (!parsed.success) return settle({ kind: 'crashed', detail: `unreadable reply from the parser: ${parsed.error.message.slice(0, 200)}` });
        const message = parsed.data;
        if (message.id !== id) return;
        if (message.ok) return settle({ kind: 'pages', pages: message.pages.map(pageFromColumns) });
        if (MEMORY_MESSAGE.test(message.message)) return settle({ kind: 'memory', detail: message.message });
        settle({ kind: 'refused', name: message.name, message: message.message });
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
        const oom = /heap out of memory|Fatal process out of memory|Allocation failed|Failed to reserve/i.exec(this.stderr);
        if (oom) return settle({ kind: 'memory', detail: oom[0] });
        settle({ kind: 'crashed', detail: `exit ${code ?? signal}${this.stderr ? `: ${lastLine(this.stderr)}` : ''}` });
      };
      const deadline = setTimeout(() => {
        this.stop();
        settle({ kind: 'timeout' });
      }, timeoutMs);
      // The operating-system limit is the fence; the watch catches what it cannot see (a platform
      // without it, memory that is resident but not counted as data).
      const watch = setInterval(() => {
        const rssMb = residentMb(this.child.pid);
        if (rssMb !== null && rssMb > this.maxMemoryMb) {
          this.stop();
          settle({ kind: 'memory', detail: `resident memory reached ${Math.round(rssMb)} MB` });
        }
      }, RSS_POLL_MS);
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
      this.child.send({ id, bytes, maxPages }, (error) => {
        if (error) settle({ kind: 'crashed', detail: `could not send the document: ${error.message}` });
      });
    });
  }

  /** Whether the process is still running. */
  alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Kills the process; only ever called once its reply has arrived or will not be waited for. */
  stop(): void {
    if (this.alive()) this.child.kill('SIGKILL');
  }

  private channel(): { ref(): void; unref(): void } | undefined {
    return (this.child as unknown as { channel?: { ref(): void; unref(): void } }).channel;
  }
}

/**
 * A parser process's node flags: its heap sizes, then its V8 flags. The benchmark's
 * test/bench/parser-passes.ts passes other values to compare them.
 */
export function parserNodeFlags(maxMemoryMb: number, { youngMb = YOUNG_GENERATION_MB, v8Flags = PARSER_V8_FLAGS }: { youngMb?: number; v8Flags?: readonly string[] } = {}): string[] {
  // A young generation larger than V8's 16 MB: pdf.js allocates a great deal that dies young, and
  // its garbage collection took half as long with 64 MB (0.75–0.93 s → 0.37–0.40 s a pass over the
  // 42 bench PDFs); YOUNG_GENERATION_MB says why 32 now. Within the memory cap (an eighth at most).
  const young = Math.max(1, Math.min(youngMb, Math.floor(maxMemoryMb / 8)));
  return [`--max-old-space-size=${maxMemoryMb}`, `--max-semi-space-size=${young}`, ...v8Flags];
}

/**
 * Starts node under `ulimit -d` (RLIMIT_DATA), which counts every private writable mapping (the
 * JavaScript heap, array buffers, malloc) but not the large virtual ranges V8 reserves without
 * using them; RLIMIT_AS would stop node from starting at all (measured: "Failed to reserve
 * virtual memory for CodeRange"). The heap flag stays so that a heap overflow names itself.
 */
function memoryLimited(maxMemoryMb: number): { execPath?: string; execArgv: string[] } {
  const heap = parserNodeFlags(maxMemoryMb);
  if (process.platform !== 'linux' || !existsSync('/bin/sh')) return { execArgv: heap };
  return {
    execPath: '/bin/sh',
    execArgv: ['-c', `ulimit -d ${maxMemoryMb * 1024} && exec "$@"`, 'sh', process.execPath, ...heap],
  };
}

function residentMb(pid: number | undefined): number | null {
  if (pid === undefined || process.platform !== 'linux') return null;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null; // the process is gone; its exit is reported separately
  }
}

function lastLine(text: string): string {
  return text.trim().split('\n').filter(Boolean).slice(-1)[0]?.slice(0, 300) ?? '';
}
