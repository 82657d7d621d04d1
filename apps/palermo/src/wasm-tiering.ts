import { setFlagsFromString } from 'node:v8';

/**
 * For a command that reads or queues and exits. The embedded database (PGlite) is Postgres in
 * WebAssembly: V8 compiles each of its functions with its baseline compiler when first called,
 * then recompiles the ones that ran most with its optimising compiler, in background threads.
 * That second tier pays back over minutes of SQL (an `ingest --wait` of a hundred PDFs ran no
 * faster without it); over the few statements of `palermo status` it was half the process's CPU:
 * 2.1–2.4 CPU-s with it, 1.1–1.3 without (test/bench/RESULTS.md). The flags apply to what V8
 * compiles afterwards: call this before the store opens. A PostgreSQL deployment loads no
 * WebAssembly, and nothing changes for it.
 */
export function keepWasmAtBaseline(): void {
  setFlagsFromString('--no-wasm-dynamic-tiering'); // without it, the next flag alone changes nothing
  setFlagsFromString('--no-wasm-tier-up');
}
