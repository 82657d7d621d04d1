import type { PdfLayout, PdfLayoutLine } from '@palermo/contracts';

// Body text and a title or heading differ by a point or more (9.96 against 12 or 14.04 in UN
// documents); a line's own size wavers by less (superscripts are not counted in it).
const SIZE_STEP = 1;

/** The key of two lines that follow each other, as `fontSizeBreaks` and the line joiner name them. */
export const linePair = (previous: string, line: string): string => `${previous.trim()}\n${line.trim()}`;

/**
 * The pairs of consecutive lines of a PDF's text (each trimmed, see `linePair`) set in font sizes
 * a point or more apart: a title above "The General Assembly,", a heading above its text; set
 * further apart than a block's lines (see `blockGap`); or with a chart's labels between them. The
 * line joiner never runs such lines together. Lines are keyed by their text because the lines
 * the joiner sees are the fetched lines less furniture, chart labels and footnotes.
 */
export function fontSizeBreaks(text: string, layout: PdfLayout | undefined): Set<string> {
  const breaks = new Set<string>();
  if (!layout) return breaks;
  text.split('\f').forEach((page, p) => {
    const lines = layout.pages[p]?.lines ?? [];
    let previous: { line: string; at: PdfLayoutLine } | null = null;
    let chart = false; // a chart's labels stand between `previous` and the line (a caption, then a heading)
    page.split('\n').forEach((line, l) => {
      const at = lines[l];
      if (at?.kind === 'chart') chart = true;
      if (line.trim().length === 0 || at === undefined || at.kind === 'chart') return;
      if (previous && (chart || Math.abs(previous.at.fontSize - at.fontSize) >= SIZE_STEP || blockGap(previous.at, at, line))) breaks.add(linePair(previous.line, line));
      previous = { line, at };
      chart = false;
    });
  });
  return breaks;
}

// The lines of a block stand 1.2 font sizes apart; blocks set one under the other at the same x
// (a heading, then the next heading) stand 1.8 apart. A gap wider than a table or a figure is
// something else in between.
const LEADING = { min: 1.5, max: 2.5 };

/**
 * Two lines of text in one size, starting at the same x, the lower one with a capital, further
 * apart than the lines of a block: a fascicle's heading over three lines, the last full ("…and
 * the enjoyment of all human rights"), then "Proposed programme plan for 2027" under it.
 */
function blockGap(upper: PdfLayoutLine, lower: PdfLayoutLine, line: string): boolean {
  if (upper.kind !== 'text' || lower.kind !== 'text' || upper.y === undefined || lower.y === undefined) return false;
  if (Math.abs(upper.fontSize - lower.fontSize) > 0.3 || Math.abs(upper.x - lower.x) > 1 || !/^\p{Lu}/u.test(line.trim())) return false;
  const gap = (lower.y - upper.y) / lower.fontSize;
  return gap >= LEADING.min && gap <= LEADING.max;
}

// A line starts at the body's left margin when it is off it by less than this share of its size;
// the first line of a UN paragraph is indented by two font sizes and more.
const FLUSH = 0.3;

/**
 * The lines of a PDF's text (each trimmed) that start at the body's left margin: they carry on a
 * paragraph, never open one with a first-line indent, like a preambular clause. A text found both
 * at the margin and indented is left out, and so is any line the layout does not describe.
 */
export function flushLines(text: string, layout: PdfLayout | undefined): Set<string> {
  const flush = new Set<string>();
  const indented = new Set<string>();
  if (!layout) return flush;
  text.split('\f').forEach((page, p) => {
    const lines = layout.pages[p]?.lines ?? [];
    page.split('\n').forEach((line, l) => {
      const at = lines[l];
      if (line.trim().length === 0 || at?.kind !== 'text' || at.indent === undefined) return;
      (Math.abs(at.indent) <= FLUSH * at.fontSize ? flush : indented).add(line.trim());
    });
  });
  for (const line of indented) flush.delete(line);
  return flush;
}
