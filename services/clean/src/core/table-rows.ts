import { applyTraced, type Edit, lineStarts, matchEdits } from './traced-text.ts';

// A table cell is short: a line of prose set with gaps (justified text, a sub-item's marker set
// apart) may come out of the PDF reader with tabs, but its pieces run far longer.
const MAX_CELL = 150;

// A column heading that is a year, as a budget fascicle heads its performance measures: "2025 (actual)".
const YEAR_HEADING = /^(?:19|20)\d\d(?: \((?:actual|planned|estimated?|projected)\))?$/;

/**
 * Whether consecutive tab-separated lines read as a table: mostly short cells, two filled in one
 * row at least; or headed by a row of years, whose cells below may run long (a fascicle's
 * performance measure sets a sentence or two under each year).
 */
export function isTable(rows: readonly string[]): boolean {
  const cells = rows.map((row) => row.split('\t'));
  const heading = (cells[0] ?? []).map((cell) => cell.trim()).filter((cell) => cell.length > 0);
  if (rows.length >= 2 && heading.length >= 2 && heading.every((cell) => YEAR_HEADING.test(cell))) return true;
  // A real table may hold one long cell (a wrapped heading row); prose is long on most of its lines.
  const long = cells.filter((row) => row.some((cell) => cell.trim().length > MAX_CELL)).length;
  return long / cells.length < 0.3 && cells.some((row) => row.filter((c) => c.trim().length > 0).length >= 2);
}

/**
 * Keeps the tabs of a page's lines only where they make a table; elsewhere a tab becomes a
 * space, so that prose the PDF reader took for table rows is read as prose again.
 */
export function keepTableTabs(page: string): string {
  return applyTraced({ text: page, corrections: [] }, tableTabEdits(page)).text;
}

/**
 * What `keepTableTabs` changes, as edits: on the lines of prose, `line.replace(/\t+/g, ' ').trim()`
 * (the blanks at the ends go, a run of tabs inside becomes a space).
 */
export function tableTabEdits(page: string): Edit[] {
  const lines = page.split('\n');
  const starts = lineStarts(lines);
  const edits: Edit[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!(lines[i] ?? '').includes('\t')) {
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && (lines[end] ?? '').includes('\t')) end++;
    if (!isTable(lines.slice(i, end))) {
      for (let j = i; j < end; j++) {
        const line = lines[j] ?? '';
        const start = starts[j] ?? 0;
        const head = line.length - line.trimStart().length;
        const tail = Math.max(head, line.trimEnd().length);
        if (head > 0) edits.push({ start, end: start + head, after: '' });
        edits.push(...matchEdits(line.slice(head, tail), /\t+/g, (m) => ({ start: start + head + m.index, end: start + head + m.index + m[0].length, after: ' ' })));
        if (tail < line.length) edits.push({ start: start + tail, end: start + line.length, after: '' });
      }
    }
    i = end;
  }
  return edits;
}
