import type { Line, Segment } from './pdf-lines.ts';

/** Lines read as one table: each row is written as its cells, one per column, separated by tabs. */
export interface Table {
  lines: Line[];
  columns: Array<{ x0: number; x1: number }>;
}

/** How far apart (in font sizes) two lines of one table may be. */
const ROW_SPACING = 2.6;
/** How far (in font sizes of the body) a table's body may start below its head. */
const HEAD_GAP = 3;

/**
 * Finds tables among a page's lines (top to bottom): runs of lines cut into several segments
 * whose edges line up from row to row, with the single-segment lines between such rows (a
 * wrapped cell, a group label) kept inside.
 */
export function findTables(lines: Line[]): Table[] {
  const tables: Table[] = [];
  let run: Line[] = [];
  let skipTo = 0;
  const close = (at: number): void => {
    while (run.length > 0 && run.at(-1)!.segments.length < 2) run.pop();
    if (isTable(run)) {
      // Lines just below in the rows' own type size still belong to the table (wrapped cells, last group).
      const head = lines[at] !== undefined && isHeadOf(run, lines[at]);
      const rowSize = head ? lines[at]!.size : rowTypeSize(run);
      let next = at;
      const spacing = (): number => (head && next === at ? HEAD_GAP : ROW_SPACING) * rowSize;
      while (next < lines.length && lines[next]!.segments.length === 1 && Math.abs(lines[next]!.size - rowSize) < 0.3 && lines[next]!.y - run.at(-1)!.y <= spacing()) {
        run.push(lines[next]!);
        next += 1;
      }
      skipTo = next;
      tables.push({ lines: run, columns: columnsOf(run) });
    }
    run = [];
  };
  for (let i = 0; i < lines.length; i += 1) {
    if (i < skipTo) continue;
    const line = lines[i]!;
    const previous = run.at(-1);
    const near = previous !== undefined && (line.y - previous.y <= ROW_SPACING * Math.max(line.size, previous.size) || isHeadOf(run, line));
    if (run.length > 0 && !near) close(i);
    if (i < skipTo) continue;
    if (line.segments.length >= 2) run.push(line);
    else if (run.length > 0 && continuesTable(lines, i, run)) run.push(line);
    else close(i);
  }
  close(lines.length);
  return tables;
}

/** A single-segment line inside a table: the next multi-segment line follows closely. */
function continuesTable(lines: Line[], index: number, run: Line[]): boolean {
  const last = run.at(-1)!;
  for (let j = index + 1; j < lines.length && j <= index + 8; j += 1) {
    const next = lines[j]!;
    const prev = lines[j - 1]!;
    if (next.y - prev.y > ROW_SPACING * Math.max(next.size, prev.size)) return false;
    if (next.segments.length >= 2) return sharesEdges(last, next);
  }
  return false;
}

/**
 * `run` is a table's head (at most three lines in smaller type) and `below` the first line of its
 * body, past the rule under the head. On a page where a table continues only its head may be
 * repeated: the rows below it may be group labels and notes without cells, in the body's type.
 */
function isHeadOf(run: Line[], below: Line): boolean {
  return run.length > 0 && run.length <= 3 && run.every((line) => line.size < below.size - 0.3) && below.y - run.at(-1)!.y <= HEAD_GAP * below.size;
}

/** The type size most of the table's rows are set in. */
function rowTypeSize(run: Line[]): number {
  const counts = new Map<number, number>();
  for (const line of run) counts.set(line.size, (counts.get(line.size) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
}

function isTable(run: Line[]): boolean {
  const rows = run.filter((line) => line.segments.length >= 2);
  if (rows.length < 2) return false;
  let aligned = 0;
  for (let i = 1; i < rows.length; i += 1) if (sharesEdges(rows[i - 1]!, rows[i]!)) aligned += 1;
  return aligned >= Math.max(1, Math.floor((rows.length - 1) / 2)) || underHead(rows);
}

/**
 * Rows of text cells, ragged on the right, whose every cell starts under a cell of a head of
 * three columns or more: a fascicle's performance measure, years across, a few words under two
 * of them wrapped over several lines.
 */
function underHead(rows: Line[]): boolean {
  const [head, ...body] = rows;
  if (!head || head.segments.length < 3) return false;
  const starts = (line: Line): boolean =>
    line.segments.every((s) => head.segments.some((h) => Math.abs(h.x0 - s.x0) <= 0.6 * Math.max(head.size, line.size)));
  return body.every(starts);
}

/** Two rows share at least two column edges (left edges for text, right edges for numbers). */
function sharesEdges(a: Line, b: Line): boolean {
  const tolerance = 0.6 * Math.max(a.size, b.size);
  const edges = (line: Line): number[] => line.segments.slice(1).flatMap((s) => [s.x0, s.x1]);
  const mine = edges(a);
  const theirs = edges(b);
  let shared = 0;
  for (const edge of mine) if (theirs.some((other) => Math.abs(other - edge) <= tolerance)) shared += 1;
  return shared >= Math.min(2, mine.length, theirs.length);
}

/** Columns are the x ranges covered by the cells of the multi-segment rows, overlapping ones merged. */
function columnsOf(lines: Line[]): Array<{ x0: number; x1: number }> {
  const spans = lines
    .filter((line) => line.segments.length >= 2)
    .flatMap((line) => line.segments.map((s) => ({ x0: s.x0, x1: s.x1 })))
    .sort((a, b) => a.x0 - b.x0);
  const columns: Array<{ x0: number; x1: number }> = [];
  for (const span of spans) {
    const last = columns.at(-1);
    if (last && span.x0 < last.x1 - 0.5) last.x1 = Math.max(last.x1, span.x1);
    else columns.push({ ...span });
  }
  return columns;
}

/** One row of a table: its cells, one per column, and the lines it was read from. */
export interface Row {
  cells: string[];
  lines: Line[];
}

/** `text`, starting at `start`, goes on with the cell of `row` in `column` above it (a wrapped cell). */
function continuesCell(row: { cells: string[]; starts: Array<number | null> }, column: number, text: string, start: number): boolean {
  const above = row.cells[column]!;
  const aboveStart = row.starts[column];
  if (above.length === 0 || aboveStart === null || aboveStart === undefined || Math.abs(aboveStart - start) > 1.5) return false;
  if (/\.$/.test(above) || STARTS_ITEM.test(`${text} `)) return false;
  const numeric = (value: string): boolean => /^[\d\s.,%()–-]+$/.test(value);
  return /^[a-z(]/.test(text) || CONTINUING_WORD.test(above) || (/^\d/.test(text) && !numeric(text) && !numeric(above));
}

const CONTINUING_WORD = /\b(of|the|and|or|on|for|to|in|a|an|by|with|at|from)$/i;
const STARTS_ITEM = /^(\(?\d{1,3}(\.\d{1,3})*[.)]|\(?[a-z]{1,4}\)|[IVXLC]{1,6}\.|[A-Z]\.|[•●▪◦–-])\s/;

/** Lines of one cell follow each other at most this many font sizes apart; rows and items of a cell stand further apart. */
const CELL_LEADING = 1.4;

interface RowState extends Row {
  starts: Array<number | null>;
}

/** The row a column last wrote a cell of, and that line's baseline. */
type LastWritten = { row: RowState; y: number } | undefined;

/**
 * The table's rows, cells in column order (empty where a row has nothing). A line joins a row
 * above as that row's wrapped cells when:
 * - each of its cells follows a cell of the row in its column at a line's leading (a cell's lines
 *   are set closer than its rows or the items inside it), starting at the same x, with no item
 *   number and not a figure under a figure. A performance measure's columns of prose wrap on
 *   baselines of their own, so a line goes to the row whose cell its column last wrote;
 * - or the row holds only its first cell, a label, and the line goes on with it at a line's
 *   leading (indented under the label's text, after its number), its figures on this last line;
 * - or, lines further apart, each cell starts under the cell above that does not end a sentence,
 *   in lower case, with a figure in words (`95 per cent`), or after a word like "of".
 */
export function tableRows(table: Table): Row[] {
  const rows: RowState[] = [];
  const last: LastWritten[] = table.columns.map(() => undefined);
  for (const line of table.lines) {
    const cells = table.columns.map(() => [] as string[]);
    const starts: Array<number | null> = table.columns.map(() => null);
    for (const segment of line.segments) {
      const column = columnOf(segment, table.columns);
      cells[column]!.push(segment.text);
      starts[column] ??= segment.x0;
    }
    // A loop rather than map and flatMap: see layoutPage on array built-ins and empty arrays.
    const texts: string[] = [];
    const filled: number[] = [];
    for (const parts of cells) {
      if (parts.length > 0) filled.push(texts.length);
      texts.push(parts.join(' '));
    }
    const target = wrappedCellsOf(filled, texts, starts, last, line) ?? wrappedLabelOf(rows.at(-1), filled, texts, starts, last[0], line);
    const candidate = target ?? continuedRow(rows.at(-1), filled, texts, starts);
    // A head set smaller than the body goes on with no line of the body: "2025 (actual)" over "engagement with".
    const row = candidate && Math.abs(candidate.lines.at(-1)!.size - line.size) < 0.5 ? candidate : undefined;
    if (row) {
      for (const column of filled) row.cells[column] = row.cells[column]!.length > 0 ? `${row.cells[column]} ${texts[column]}` : texts[column]!;
      row.lines.push(line);
    } else {
      rows.push({ cells: texts, lines: [line], starts });
    }
    for (const column of filled) last[column] = { row: row ?? rows.at(-1)!, y: line.y };
  }
  return rows.map(({ cells, lines }) => ({ cells, lines }));
}

/** The row above when each of this line's cells goes on under one of its cells (`continuesCell`), or none. */
function continuedRow(previous: RowState | undefined, filled: number[], texts: string[], starts: Array<number | null>): RowState | undefined {
  return previous && filled.length > 0 && filled.every((column) => continuesCell(previous, column, texts[column]!, starts[column]!)) ? previous : undefined;
}

const NUMERIC = (value: string): boolean => /^[\d\s.,%()[\]–-]+$/.test(value);

/** The row whose cells this line's cells go on with, each a line's leading below, or none. */
function wrappedCellsOf(filled: number[], texts: string[], starts: Array<number | null>, last: LastWritten[], line: Line): RowState | undefined {
  if (filled.length === 0) return undefined;
  const rows = new Set(filled.map((column) => last[column]?.row));
  if (rows.size !== 1) return undefined;
  const ok = filled.every((column) => {
    const above = last[column];
    if (!above || line.y - above.y > CELL_LEADING * line.size) return false;
    const start = above.row.starts[column];
    const text = texts[column]!;
    return start !== null && start !== undefined && Math.abs(start - starts[column]!) <= 1.5 && !STARTS_ITEM.test(`${text} `) && !(NUMERIC(text) && NUMERIC(above.row.cells[column]!));
  });
  return ok ? [...rows][0] : undefined;
}

/**
 * The row above holds only a label and this line, a line's leading below, goes on with it: a
 * deliverables table's "2. The Economic and Social Council, including on mainstreaming a gender
 * perspective in" / "the United Nations system   1   1   –   1", the figures on the label's last line.
 */
function wrappedLabelOf(row: RowState | undefined, filled: number[], texts: string[], starts: Array<number | null>, label: LastWritten, line: Line): RowState | undefined {
  if (!row || label?.row !== row || !filled.includes(0) || row.cells.slice(1).some((cell) => cell.length > 0)) return undefined;
  if (line.y - label.y > CELL_LEADING * line.size || /[:.]$/.test(row.cells[0]!) || STARTS_ITEM.test(`${texts[0]} `)) return undefined;
  return starts[0]! >= (row.starts[0] ?? Infinity) - 0.5 ? row : undefined;
}

/** The column a cell starts in; a cell starting in no column (in a gutter) goes to the one it overlaps most. */
function columnOf(segment: Segment, columns: Table['columns']): number {
  const start = columns.findIndex((column) => segment.x0 >= column.x0 - 0.5 && segment.x0 < column.x1);
  if (start >= 0) return start;
  let best = 0;
  let bestOverlap = -Infinity;
  columns.forEach((column, index) => {
    const overlap = Math.min(column.x1, segment.x1) - Math.max(column.x0, segment.x0);
    if (overlap > bestOverlap) [best, bestOverlap] = [index, overlap];
  });
  return best;
}
