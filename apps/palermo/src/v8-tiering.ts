import { setFlagsFromString } from 'node:v8';

/** A command that reads or queues, then exits; or one that runs stages, waits for them, or serves. */
export type Lifetime = 'brief' | 'long';

// V8's default budget of its profiler counter (--interrupt-budget, V8 11.3): a function's ticks
// are counted against it before the function is considered for the optimising compiler.
const V8_INTERRUPT_BUDGET = 67_584;
// Eight times the default: an `ingest --wait` of the 41 corpus PDFs optimised 403-443 functions,
// now 154-173, and used 7.3-8.3 -> 6.6-7.5 CPU-s; a worker's warm rate did not move, and sixteen
// times (96 functions) saved no more (test/bench/RESULTS.md).
export const INTERRUPT_BUDGET = 8 * V8_INTERRUPT_BUDGET;

/**
 * How much V8 compiles with its optimising compiler (TurboFan, in background threads) for a
 * command that lives `lifetime`. Call it before the command's work starts: the flags apply to what
 * V8 compiles afterwards.
 *
 * JavaScript: a function goes to the optimiser once it has run past a budget. With the default
 * one, code that runs a few hundred times and then never again (the start of a command, one
 * document's layout, a reader's first sentences) was optimised too, only to be left; the compiling
 * was a fifth of a short `ingest --wait`'s CPU. The budget is eight times the default for every
 * command; what runs most still reaches the optimiser early. A budget given to node
 * (`--interrupt-budget` in its flags or NODE_OPTIONS) is kept.
 *
 * WebAssembly (PGlite, Postgres compiled to it; a PostgreSQL deployment loads none): V8 compiles
 * each function with its baseline compiler when first called, then optimises each one that has run
 * past a budget. Postgres has thousands of functions, and the default budget sent many that run
 * only at start-up or now and then to the optimiser:
 * - a brief command keeps every function at the baseline: `palermo status` 2.1–2.4 → 1.1–1.3
 *   CPU-s;
 * - a long one optimises only the functions that run most (a budget 55 times the default):
 *   `ingest --wait` of the bench's 41 PDFs 24.7 → 21.9 CPU-s (medians of six alternated runs),
 *   of three copies of them 52.5 → 50.2 (means of three): the hot functions still reach it early.
 */
export function tuneTiering(lifetime: Lifetime): void {
  if (!givenToNode('--interrupt-budget')) setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  if (lifetime === 'brief') {
    setFlagsFromString('--no-wasm-dynamic-tiering'); // without it, the next flag alone changes nothing
    setFlagsFromString('--no-wasm-tier-up');
  } else {
    setFlagsFromString('--wasm-tiering-budget=100000000');
  }
}

/** Whether node was started with this V8 flag (V8 reads `_` as `-`), on its command line or in NODE_OPTIONS. */
function givenToNode(flag: string): boolean {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].map((arg) => arg.replaceAll('_', '-'));
  return given.some((arg) => arg === flag || arg.startsWith(`${flag}=`));
}
