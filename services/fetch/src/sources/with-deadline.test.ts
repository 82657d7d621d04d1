import { describe, expect, it } from 'vitest';
import { withDeadline } from './with-deadline.ts';

describe('withDeadline', () => {
  it('fails a read that never finishes (a stalled mount) at the deadline, with the given reason', async () => {
    const never = new Promise<string>(() => undefined);
    const started = Date.now();
    await expect(withDeadline(never, 200, () => new Error('report.txt: not read within 200 ms'))).rejects.toThrow('report.txt: not read within 200 ms');
    expect(Date.now() - started).toBeLessThan(1_000);
  });
  it('returns what finishes in time, and its failure as it is', async () => {
    expect(await withDeadline(Promise.resolve('text'), 1_000, () => new Error('late'))).toBe('text');
    await expect(withDeadline(Promise.reject(new Error('gone')), 1_000, () => new Error('late'))).rejects.toThrow('gone');
  });
});
