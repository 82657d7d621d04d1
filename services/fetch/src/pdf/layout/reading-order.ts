/** Anything placed on a page: a line segment or a whole table. */
export interface Box {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  size: number; // font size, the unit gaps are measured in
}

/**
 * Puts boxes in reading order by recursive XY-cut: split at the widest band of empty space,
 * across (top to bottom) or down (left to right), and again inside each part, until a part
 * cannot be split; a region's
 * boxes are then read top to bottom, left to right. Side-by-side blocks (the symbol and the
 * "Distr." block of a first page, two columns) are thus read one after the other.
 */
export function readingOrder<T extends Box>(boxes: T[]): T[] {
  if (boxes.length <= 1) return boxes;
  const across = gaps(boxes, (box) => [box.top, box.bottom]);
  const down = gaps(boxes, (box) => [box.x0, box.x1]);
  const size = median(boxes.map((box) => box.size));
  const widestAcross = Math.max(0, ...across.map((gap) => gap.width));
  const widestDown = Math.max(0, ...down.map((gap) => gap.width));
  // A column gutter must be wider than a word gap, and wider than the space between lines.
  // Only the widest gap is cut (with any as wide): cutting every gap between lines first would
  // slice side-by-side blocks into lines before their gutter is seen.
  if (widestDown >= 1.2 * size && widestDown > widestAcross) {
    const parts = splitAt(boxes, down, (box) => box.x0, widestDown - 1);
    // Side-by-side blocks have several lines each; one piece in a margin (a page number beside
    // the footnotes) is not a column, unless nothing else can be cut.
    // A running header's symbol beside its title wrapped over two lines is such a block, though a small one.
    const header = boxes.length <= 3 && parts.length === 2;
    if (across.length === 0 || header || parts.every((part) => part.length >= 2)) return parts.flatMap((part) => readingOrder(part));
  }
  if (across.length > 0) {
    return splitAt(boxes, across, (box) => box.top, widestAcross - 1).flatMap((part) => readingOrder(part));
  }
  return [...boxes].sort((a, b) => a.top - b.top || a.x0 - b.x0);
}

interface Gap {
  at: number; // where the gap starts
  width: number;
}

function gaps<T extends Box>(boxes: T[], span: (box: T) => [number, number]): Gap[] {
  const spans = boxes.map(span).sort((a, b) => a[0] - b[0]);
  const out: Gap[] = [];
  let end = spans[0]![1];
  for (const [start, stop] of spans.slice(1)) {
    if (start > end) out.push({ at: end, width: start - end });
    end = Math.max(end, stop);
  }
  return out;
}

/** Splits boxes into the parts between the gaps at least `minWidth` wide, in order. */
function splitAt<T extends Box>(boxes: T[], found: Gap[], start: (box: T) => number, minWidth: number): T[][] {
  const cuts = found.filter((gap) => gap.width >= minWidth).map((gap) => gap.at);
  const parts: T[][] = cuts.map(() => []).concat([[]]);
  for (const box of boxes) {
    const index = cuts.filter((cut) => start(box) >= cut).length;
    parts[index]!.push(box);
  }
  return parts.filter((part) => part.length > 0);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
