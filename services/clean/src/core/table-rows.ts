// A table cell is short: a line of prose set with gaps (justified text, a sub-item's marker set
// apart) may come out of the PDF reader with tabs, but its pieces run far longer.
const MAX_CELL = 150;

/** Whether consecutive tab-separated lines read as a table: mostly short cells, two filled in one row at least. */
export function isTable(rows: readonly string[]): boolean {
  const cells = rows.map((row) => row.split('\t'));
  // A real table may hold one long cell (a wrapped heading row); prose is long on most of its lines.
  const long = cells.filter((row) => row.some((cell) => cell.trim().length > MAX_CELL)).length;
  return long / cells.length < 0.3 && cells.some((row) => row.filter((c) => c.trim().length > 0).length >= 2);
}

/**
 * Keeps the tabs of a page's lines only where they make a table; elsewhere a tab becomes a
 * space, so that prose the PDF reader took for table rows is read as prose again.
 */
export function keepTableTabs(page: string): string {
  const lines = page.split('\n');
  let i = 0;
  while (i < lines.length) {
    if (!(lines[i] ?? '').includes('\t')) {
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && (lines[end] ?? '').includes('\t')) end++;
    if (!isTable(lines.slice(i, end))) {
      for (let j = i; j < end; j++) lines[j] = (lines[j] ?? '').replace(/\t+/g, ' ').trim();
    }
    i = end;
  }
  return lines.join('\n');
}
