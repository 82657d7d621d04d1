import { setFlagsFromString } from 'node:v8';

/** A command that reads or queues, then exits; or one that runs stages, waits for them, or serves. */
export type Lifetime = 'brief' | 'long';

/**
 * How V8 compiles the embedded database (PGlite: Postgres in WebAssembly) for a command that
 * lives `lifetime`. V8 compiles each WebAssembly function with its baseline compiler when first
 * called, then, in background threads, recompiles with its optimising compiler each one that has
 * run past a budget. Postgres has thousands of functions, and the default budget sent many that
 * run only at start-up or now and then to the optimiser:
 * - a brief command keeps every function at the baseline: `palermo status` 2.1–2.4 → 1.1–1.3
 *   CPU-s;
 * - a long one optimises only the functions that run most (a budget 55 times the default):
 *   `ingest --wait` of the bench's 41 PDFs 24.7 → 21.9 CPU-s (medians of six alternated runs),
 *   of three copies of them 52.5 → 50.2 (means of three): the hot functions still reach it early.
 * Figures and commands in test/bench/RESULTS.md. The flags apply to what V8 compiles afterwards:
 * call this before the store opens. A PostgreSQL deployment loads no WebAssembly; nothing changes
 * for it.
 */
export function tuneWasmTiering(lifetime: Lifetime): void {
  if (lifetime === 'brief') {
    setFlagsFromString('--no-wasm-dynamic-tiering'); // without it, the next flag alone changes nothing
    setFlagsFromString('--no-wasm-tier-up');
  } else {
    setFlagsFromString('--wasm-tiering-budget=100000000');
  }
}
