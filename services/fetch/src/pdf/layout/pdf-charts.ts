import type { Line } from './pdf-lines.ts';

// `−` (U+2212) is the minus sign of figures, as `–` and `-` stand for one.
const NUMERIC = /^[\d\s.,%()+–−-]+$/;
const LABEL_MAX_WORDS = 4;

/**
 * Finds chart labels among a page's lines (top to bottom): an axis is
 * three or more nearby lines that hold only numbers; the short labels next to it (years, "(actual)",
 * a bar's value) belong to the chart too, up to the first line of prose.
 */
export function findChartLines(lines: Line[]): Set<Line> {
  const chart = new Set<Line>();
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j < lines.length && isNumericLine(lines[j]!) && (j === i || near(lines[j - 1]!, lines[j]!, 4))) j += 1;
    // An axis has its numbers one a line; numbers side by side on most lines are a table.
    const single = lines.slice(i, j).filter((line) => line.segments.length === 1).length;
    if (j - i >= 3 && (single * 3 >= (j - i) * 2 || hasAxis(lines.slice(i, j)))) {
      // The size most of the axis is set in: a minus sign from another font may measure larger.
      const sizes = lines.slice(i, j).map((line) => line.size).sort((a, b) => a - b);
      const axisSize = sizes[Math.floor(sizes.length / 2)]!;
      let start = i;
      while (start > 0 && isLabelLine(lines[start - 1]!, axisSize) && near(lines[start - 1]!, lines[start]!, 3)) start -= 1;
      let end = j;
      // A legend under the bars stands a little further down than the labels of the axis.
      while (end < lines.length && isLabelLine(lines[end]!, axisSize) && near(lines[end - 1]!, lines[end]!, end === j ? 3.5 : 3)) end += 1;
      for (let k = start; k < end; k += 1) chart.add(lines[k]!);
      i = end;
    } else {
      i += 1;
    }
  }
  return chart;
}

/**
 * A vertical axis among the numbers: five lines or more opening on a number that ends at one x,
 * the numbers falling down the page (200, 180 … 0), however many bar values stand beside them
 * (a grouped bar chart sets its values on the lines of the axis).
 */
function hasAxis(lines: Line[]): boolean {
  const ticks = new Map<number, number[]>();
  for (const line of lines) {
    const first = line.segments[0]!;
    if (!/^\d[\d,.]*$/.test(first.text)) continue;
    const x = [...ticks.keys()].find((at) => Math.abs(at - first.x1) <= 1) ?? first.x1;
    ticks.set(x, [...(ticks.get(x) ?? []), Number(first.text.replace(/,/g, ''))]);
  }
  return [...ticks.values()].some((values) => values.length >= 5 && values.every((value, k) => k === 0 || value < values[k - 1]!));
}

function isNumericLine(line: Line): boolean {
  return line.segments.every((segment) => NUMERIC.test(segment.text));
}

/** A chart label: a few words, no sentence end, no bigger than the axis's numbers (headings are). */
function isLabelLine(line: Line, axisSize: number): boolean {
  return line.size <= 1.1 * axisSize && line.segments.every((segment) => segment.text.split(/\s+/).length <= LABEL_MAX_WORDS && !/[.;:]$/.test(segment.text));
}

function near(upper: Line, lower: Line, sizes: number): boolean {
  return lower.y - upper.y <= sizes * Math.max(upper.size, lower.size);
}
