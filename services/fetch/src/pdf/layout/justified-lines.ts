import type { PdfItem } from '../pdf-items.ts';
import { printsText } from './layout-spaces.ts';

/** A line's items with the gaps inside it wider than a word space (where segments may be cut). */
export interface MeasuredLine {
  y: number;
  size: number;
  items: PdfItem[];
  raised: Set<PdfItem>;
  gaps: Array<{ at: number }>;
}

/** How far (in font sizes) the next or previous line of the same paragraph may be. */
const LINE_SPACING = 1.8;

/**
 * A line of justified prose whose word spaces were stretched wider than a column gutter (a short
 * first line spread across the measure, or a stretch put only at the end of a line) is prose, not
 * table cells: it ends where a neighbouring line of the same paragraph with ordinary spaces ends
 * (the right margin), and starts no further left than that line. Cutting it into segments would
 * let two such lines ending in the same short word pass for the rows of a table.
 */
export function isJustifiedProse(line: MeasuredLine, lines: MeasuredLine[], index: number): boolean {
  if (line.gaps.length === 0) return false;
  const main = line.items.filter((item) => !line.raised.has(item));
  // A table row ending in a figure (`Total   1 234`) may sit under prose ending at the margin too.
  const cut = line.gaps[0]!.at;
  if (!main.filter((item) => item.x >= cut).every((item) => /\p{L}/u.test(item.str))) return false;
  const { x0, x1 } = extent(line);
  for (let other = Math.max(0, index - 3); other <= Math.min(lines.length - 1, index + 3); other += 1) {
    const neighbour = lines[other]!;
    const distance = Math.abs(neighbour.y - line.y);
    if (other === index || distance === 0 || distance > LINE_SPACING * line.size) continue;
    if (neighbour.gaps.length > 0 || Math.abs(neighbour.size - line.size) > 0.5) continue;
    const edges = extent(neighbour);
    if (Math.abs(edges.x1 - x1) <= 0.15 * line.size && edges.x0 <= x0 + 0.5 * line.size) return true;
  }
  return false;
}

/** Where a line's text on its baseline starts and ends (raised markers left out). */
function extent(line: MeasuredLine): { x0: number; x1: number } {
  const main = line.items.filter((item) => !line.raised.has(item) && printsText(item.str));
  return { x0: Math.min(...main.map((item) => item.x)), x1: Math.max(...main.map((item) => item.x + item.width)) };
}
