/** How fast one host may be asked: a pause between requests, doubled after each failure up to a cap. */
export interface ThrottleOptions {
  intervalMs: number;
  maxBackoffMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Politeness towards the hosts a scan asks: at most one request per `intervalMs` to a host, and
 * after each failed request the pause for that host doubles (up to `maxBackoffMs`) until a
 * request succeeds. Per process: the sources worker scans one source at a time.
 */
export class HostThrottle {
  private readonly hosts = new Map<string, { nextAt: number; failures: number }>();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: ThrottleOptions) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? defaultSleep;
  }

  /** Waits until `host` may be asked again, and books the slot. */
  async wait(host: string): Promise<void> {
    const state = this.hosts.get(host) ?? { nextAt: 0, failures: 0 };
    const delay = state.nextAt - this.now();
    if (delay > 0) await this.sleep(delay);
    state.nextAt = this.now() + this.pauseAfter(state.failures);
    this.hosts.set(host, state);
  }

  /** The host answered: back to the normal pace. */
  succeeded(host: string): void {
    const state = this.hosts.get(host);
    if (!state || state.failures === 0) return;
    state.nextAt -= this.pauseAfter(state.failures) - this.options.intervalMs;
    state.failures = 0;
  }

  /** The host failed (a fault, a timeout, a 5xx): the next request to it waits twice as long. */
  failed(host: string): void {
    const state = this.hosts.get(host) ?? { nextAt: this.now(), failures: 0 };
    state.nextAt += this.pauseAfter(state.failures + 1) - this.pauseAfter(state.failures);
    state.failures++;
    this.hosts.set(host, state);
  }

  /** The pause that follows a request after `failures` failures in a row. */
  pauseAfter(failures: number): number {
    if (failures === 0) return this.options.intervalMs;
    return Math.min(this.options.maxBackoffMs, Math.max(this.options.intervalMs, 500) * 2 ** failures);
  }
}
