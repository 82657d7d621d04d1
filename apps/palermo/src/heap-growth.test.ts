import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// In a process of its own (the flag is process-wide): about 15 MB of objects kept alive, and garbage
// churned past it; the heap's largest size is what the growth limit bounds.
const CHURN = `
  import { limitHeapGrowth } from './apps/palermo/src/heap-growth.ts';
  limitHeapGrowth(Number(process.argv.at(-1)));
  const kept = Array.from({ length: 200 }, () => Array.from({ length: 2_500 }, (_, i) => ({ i })));
  let largest = 0, sink = 0;
  for (let round = 0; round < 80; round++) {
    const garbage = Array.from({ length: 20_000 }, (_, i) => ({ i, s: 'x'.repeat(i % 50) }));
    sink += garbage.length;
    largest = Math.max(largest, process.memoryUsage().heapTotal);
  }
  console.log(JSON.stringify({ largest, kept: kept.length, sink }));
`;

function largestHeap(percent: number): number {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHURN, String(percent)], { encoding: 'utf8' });
  return (JSON.parse(out) as { largest: number }).largest;
}

describe('limitHeapGrowth', () => {
  it('keeps the heap closer to what lives in it than V8 left alone does', () => {
    const limited = largestHeap(50);
    const free = largestHeap(0);
    expect(limited).toBeLessThan(0.85 * free); // measured about 0.65
  }, 120_000);
});
