import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past what survived the last full collection before it collects
 * again (WORKER_HEAP_GROWTH_PERCENT; 0 leaves V8's own factor). A worker keeps about 75 MB live
 * from one document to the next, but V8's factor (up to 4) let its heap swing to about 220 MB
 * between collections, and its resident memory from 240 to 430 MB with nothing leaking; at 50 %
 * it stays within about 250–260 MB for the same CPU time (issue 11, measured with the benchmark's
 * memory part). Set at start-up: V8 reads it at each full collection.
 */
export function limitHeapGrowth(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${Math.round(percent)}`);
}
