import type { Line, Segment } from '../layout/pdf-lines.ts';

/** A line of a real page for layout tests: its baseline, size and cells as [x0, x1, text]. */
export const line = (y: number, size: number, cells: Array<[number, number, string]>): Line => ({
  y,
  size,
  segments: cells.map(([x0, x1, text]): Segment => ({ items: [], raised: new Set(), x0, x1, y, size, text })),
});
