/** One observation of a running ingest: how many documents are finished and their pages. */
export interface ProgressSample {
  atMs: number;
  done: number;
  failed: number;
  pages: number;
}

/** Rates over the sliding window and the time left at that pace; null where not yet known. */
export interface ProgressFigures {
  done: number;
  failed: number;
  total: number;
  pages: number;
  documentsPerSecond: number | null;
  pagesPerSecond: number | null;
  etaSeconds: number | null;
}

/**
 * Keeps the samples of the last `windowMs` and derives rates from the oldest and newest of
 * them: a sliding window follows a pace that changes (a slow PDF, a worker that joins) where an
 * average since the start would not.
 */
export class ProgressMeter {
  private samples: ProgressSample[] = [];

  constructor(private readonly total: number, private readonly windowMs = 60_000) {}

  /** Records a sample (times must not go back) and drops those older than the window. */
  add(sample: ProgressSample): void {
    const last = this.samples.at(-1);
    if (last && sample.atMs < last.atMs) throw new Error(`progress sample at ${sample.atMs} ms is before the previous one at ${last.atMs} ms`);
    this.samples.push(sample);
    // Keep one sample at or before the window's start so the window is always fully covered.
    while (this.samples.length > 2 && this.samples[1]!.atMs <= sample.atMs - this.windowMs) this.samples.shift();
  }

  /** The figures at the newest sample. */
  figures(): ProgressFigures {
    const first = this.samples[0];
    const last = this.samples.at(-1);
    if (!first || !last) return { done: 0, failed: 0, total: this.total, pages: 0, documentsPerSecond: null, pagesPerSecond: null, etaSeconds: null };
    const seconds = (last.atMs - first.atMs) / 1000;
    const finished = (s: ProgressSample) => s.done + s.failed;
    const documentsPerSecond = seconds > 0 ? (finished(last) - finished(first)) / seconds : null;
    const pagesPerSecond = seconds > 0 ? (last.pages - first.pages) / seconds : null;
    const left = this.total - finished(last);
    // No pace measured yet, or nothing finished in the window: the time left is unknown, not infinite.
    const etaSeconds = left <= 0 ? 0 : documentsPerSecond ? left / documentsPerSecond : null;
    return { done: last.done, failed: last.failed, total: this.total, pages: last.pages, documentsPerSecond, pagesPerSecond, etaSeconds };
  }
}

/** "1 h 02 min", "3 min 05 s", "42 s": a duration as an operator reads it. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/** The progress line `palermo ingest --wait` prints every few seconds. */
export function formatProgress(figures: ProgressFigures): string {
  const rate = (value: number | null, unit: string) => (value === null ? `? ${unit}/s` : `${value.toFixed(2)} ${unit}/s`);
  const eta = figures.etaSeconds === null ? 'unknown' : formatDuration(figures.etaSeconds);
  return `progress: ${figures.done} done, ${figures.failed} failed, ${figures.done + figures.failed}/${figures.total}; `
    + `${rate(figures.documentsPerSecond, 'documents')}, ${rate(figures.pagesPerSecond, 'pages')} (${figures.pages} pages); time left ${eta}`;
}
