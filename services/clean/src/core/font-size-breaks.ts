import type { PdfLayout } from '@palermo/contracts';

// Body text and a title or heading differ by a point or more (9.96 against 12 or 14.04 in UN
// documents); a line's own size wavers by less (superscripts are not counted in it).
const SIZE_STEP = 1;

/** The key of two lines that follow each other, as `fontSizeBreaks` and the line joiner name them. */
export const linePair = (previous: string, line: string): string => `${previous.trim()}\n${line.trim()}`;

/**
 * The pairs of consecutive lines of a PDF's text (each trimmed, see `linePair`) set in font sizes
 * a point or more apart: a title above "The General Assembly,", a heading above its text. The
 * line joiner never runs such lines together. Lines are keyed by their text because the lines
 * the joiner sees are the fetched lines less furniture, chart labels and footnotes.
 */
export function fontSizeBreaks(text: string, layout: PdfLayout | undefined): Set<string> {
  const breaks = new Set<string>();
  if (!layout) return breaks;
  text.split('\f').forEach((page, p) => {
    const sizes = layout.pages[p]?.lines ?? [];
    let previous: { line: string; size: number } | null = null;
    page.split('\n').forEach((line, l) => {
      const size = sizes[l]?.fontSize;
      if (line.trim().length === 0 || size === undefined || sizes[l]?.kind === 'chart') return;
      if (previous && Math.abs(previous.size - size) >= SIZE_STEP) breaks.add(linePair(previous.line, line));
      previous = { line, size };
    });
  });
  return breaks;
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
