import { describe, expect, it } from 'vitest';
import { formatDuration, formatProgress, ProgressMeter } from './ingest-progress.ts';

describe('ProgressMeter', () => {
  it('knows no rate and no time left from a single sample', () => {
    const meter = new ProgressMeter(10);
    meter.add({ atMs: 0, done: 0, failed: 0, pages: 0 });
    expect(meter.figures()).toEqual({ done: 0, failed: 0, total: 10, pages: 0, documentsPerSecond: null, pagesPerSecond: null, etaSeconds: null });
  });

  it('counts failed documents as finished for the pace and the time left', () => {
    const meter = new ProgressMeter(10);
    meter.add({ atMs: 0, done: 0, failed: 0, pages: 0 });
    meter.add({ atMs: 4000, done: 3, failed: 1, pages: 40 });
    const figures = meter.figures();
    expect(figures.documentsPerSecond).toBe(1);
    expect(figures.pagesPerSecond).toBe(10);
    expect(figures.etaSeconds).toBe(6); // 6 left at 1 per second
  });

  it('follows the recent pace, not the average since the start', () => {
    const meter = new ProgressMeter(1000, 10_000);
    meter.add({ atMs: 0, done: 0, failed: 0, pages: 0 });
    meter.add({ atMs: 10_000, done: 100, failed: 0, pages: 1000 }); // 10 per second at first
    meter.add({ atMs: 20_000, done: 110, failed: 0, pages: 1010 }); // then 1 per second
    meter.add({ atMs: 30_000, done: 120, failed: 0, pages: 1020 });
    expect(meter.figures().documentsPerSecond).toBe(1);
    expect(meter.figures().pagesPerSecond).toBe(1);
    expect(meter.figures().etaSeconds).toBe(880);
  });

  it('gives no time left once every document is finished, and an unknown one when nothing moves', () => {
    const stuck = new ProgressMeter(5);
    stuck.add({ atMs: 0, done: 2, failed: 0, pages: 0 });
    stuck.add({ atMs: 5000, done: 2, failed: 0, pages: 0 });
    expect(stuck.figures()).toMatchObject({ documentsPerSecond: 0, etaSeconds: null });
    const finished = new ProgressMeter(2);
    finished.add({ atMs: 0, done: 1, failed: 0, pages: 0 });
    finished.add({ atMs: 1000, done: 1, failed: 1, pages: 0 });
    expect(finished.figures().etaSeconds).toBe(0);
  });

  it('refuses a sample older than the previous one', () => {
    const meter = new ProgressMeter(1);
    meter.add({ atMs: 1000, done: 0, failed: 0, pages: 0 });
    expect(() => meter.add({ atMs: 999, done: 0, failed: 0, pages: 0 })).toThrow(/before the previous/);
  });
});

describe('formatProgress', () => {
  it('prints counts, both rates, the pages and the time left', () => {
    expect(formatProgress({ done: 3, failed: 1, total: 10, pages: 40, documentsPerSecond: 1, pagesPerSecond: 10, etaSeconds: 366 }))
      .toBe('progress: 3 done, 1 failed, 4/10; 1.00 documents/s, 10.00 pages/s (40 pages); time left 6 min 06 s');
  });

  it('says what it does not know yet', () => {
    expect(formatProgress({ done: 0, failed: 0, total: 2, pages: 0, documentsPerSecond: null, pagesPerSecond: null, etaSeconds: null }))
      .toBe('progress: 0 done, 0 failed, 0/2; ? documents/s, ? pages/s (0 pages); time left unknown');
  });
});

describe('formatDuration', () => {
  it('reads seconds, minutes and hours', () => {
    expect(formatDuration(42.4)).toBe('42 s');
    expect(formatDuration(185)).toBe('3 min 05 s');
    expect(formatDuration(3720)).toBe('1 h 02 min');
  });
});
