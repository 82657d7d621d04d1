import { describe, expect, it } from 'vitest';
import { HostThrottle } from './host-throttle.ts';

/** A throttle on a fake clock: sleeping moves the clock, and every sleep is recorded. */
function fakeThrottle(intervalMs: number, maxBackoffMs: number) {
  let now = 1_000_000;
  const sleeps: number[] = [];
  const throttle = new HostThrottle({ intervalMs, maxBackoffMs, now: () => now, sleep: async (ms) => { sleeps.push(ms); now += ms; } });
  return { throttle, sleeps, advance: (ms: number) => (now += ms) };
}

describe('HostThrottle', () => {
  it('spaces requests to one host, not to different hosts', async () => {
    const { throttle, sleeps } = fakeThrottle(1_000, 60_000);
    await throttle.wait('documents.un.org');
    await throttle.wait('example.org');
    await throttle.wait('documents.un.org');
    expect(sleeps).toEqual([1_000]);
  });

  it('does not wait when the interval has already passed', async () => {
    const { throttle, sleeps, advance } = fakeThrottle(1_000, 60_000);
    await throttle.wait('h');
    advance(5_000);
    await throttle.wait('h');
    expect(sleeps).toEqual([]);
  });

  it('doubles the pause after each failure, up to the cap, and recovers after a success', async () => {
    const { throttle, sleeps } = fakeThrottle(1_000, 5_000);
    for (let i = 0; i < 4; i++) {
      await throttle.wait('h');
      throttle.failed('h');
    }
    await throttle.wait('h');
    throttle.succeeded('h');
    await throttle.wait('h');
    expect(sleeps).toEqual([2_000, 4_000, 5_000, 5_000, 1_000]);
  });
});
