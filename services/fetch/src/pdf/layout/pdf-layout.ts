import type { PdfLayout, PdfLayoutLine } from '@palermo/contracts';
import type { PdfItem, PdfPage } from '../pdf-items.ts';
import { findChartLines } from './pdf-charts.ts';
import { collapseLayoutSpaces, printsText, trimLayoutSpaces } from './layout-spaces.ts';
import { buildLines, dominantSize, type Line, type Segment } from './pdf-lines.ts';
import { findTables, tableRows, type Table } from './pdf-tables.ts';
import { readingOrder, type Box } from './reading-order.ts';
import { findReferenceLists, partsOf, type ReferenceItem } from './reference-lists.ts';

/** A page's text in reading order and, line for line, what the page says about each line. */
export interface PageText {
  lines: string[];
  layout: PdfLayoutLine[];
}

interface Unit extends Box {
  texts: string[];
  layout: PdfLayoutLine[];
  y: number; // baseline of its first line
}

const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * Turns pdf.js text items into text in reading order (see LAYOUT.md): pages separated by `\f`,
 * lines by `\n`, superscript footnote markers as superscript digits, table cells separated by
 * `\t`; `layout` has one entry per line of `text`.
 */
export function layoutPdf(pages: PdfPage[]): { text: string; layout: PdfLayout } {
  const read = pages.map(layoutPage);
  return {
    text: read.map((page) => page.lines.join('\n')).join('\f'),
    layout: { pages: read.map((page) => ({ lines: page.layout })) },
  };
}

/**
 * One page: lines, then tables and chart labels found among them, then reading order. Plain loops
 * over the page's arrays: V8 inlines all of this into one large function, and array built-ins
 * (map, filter, spread) deoptimise it whenever they meet an empty array after full ones (or the
 * reverse), each time a recompilation of the whole page's layout.
 */
export function layoutPage(page: PdfPage): PageText {
  const allLines = buildLines(page.items);
  // Lists of references first: their columns line up like a table's, but each entry is one item.
  const listed = findReferenceLists(allLines);
  const inList = new Set<Segment>();
  for (const list of listed) for (const item of list) for (const part of partsOf(item)) inList.add(part);
  const lines: Line[] = [];
  for (const line of allLines) {
    const segments = inList.size === 0 ? line.segments : line.segments.filter((s) => !inList.has(s));
    if (segments.length > 0) lines.push(segments === line.segments ? line : { ...line, segments });
  }
  // Charts next: the labels under a chart's bars line up like a table's cells.
  const chart = findChartLines(lines);
  const tables = findTables(chart.size === 0 ? lines : lines.filter((line) => !chart.has(line)));
  const inTable = new Set<Line>();
  for (const table of tables) for (const line of table.lines) inTable.add(line);
  const prose: Line[] = [];
  for (const line of lines) if (!inTable.has(line) && !chart.has(line)) prose.push(line);
  const left = bodyLeft(prose);

  const units: Unit[] = [];
  for (const table of tables) units.push(tableUnit(table, left));
  for (const list of listed) units.push(listUnit(list, left));
  for (const line of lines) {
    if (inTable.has(line)) continue;
    for (const segment of line.segments) units.push(segmentUnit(segment, chart.has(line) ? 'chart' : 'text', left));
  }
  const ordered = joinSameBaseline(readingOrder(units));
  const rotated = rotatedLines(page.items, left);
  if (ordered.length === 0 && rotated.texts.length === 0) {
    return { lines: [''], layout: [{ kind: 'text', fontSize: 0, x: 0 }] }; // an empty page is one empty line
  }
  const texts: string[] = [];
  const layout: PdfLayoutLine[] = [];
  for (const unit of ordered) {
    for (const text of unit.texts) texts.push(text);
    for (const line of unit.layout) layout.push(line);
  }
  for (const text of rotated.texts) texts.push(text);
  for (const line of rotated.layout) layout.push(line);
  return { lines: texts, layout };
}

function segmentUnit(segment: Segment, kind: 'text' | 'chart', left: number): Unit {
  return {
    x0: segment.x0,
    x1: segment.x1,
    top: segment.y - 0.8 * segment.size,
    bottom: segment.y + 0.2 * segment.size,
    size: segment.size,
    y: segment.y,
    texts: [segment.text],
    layout: [describe(kind, segment.x0, segment.x1, segment.y, segment.size, left)],
  };
}

/** A list of references is read as a whole; each entry is one line of prose: its reference, then its title's lines joined by spaces. */
function listUnit(list: ReferenceItem[], left: number): Unit {
  const segments = list.flatMap(partsOf);
  const first = list[0]!.reference;
  return {
    x0: Math.min(...segments.map((s) => s.x0)),
    x1: Math.max(...segments.map((s) => s.x1)),
    top: Math.min(...segments.map((s) => s.y - 0.8 * s.size)),
    bottom: Math.max(...segments.map((s) => s.y + 0.2 * s.size)),
    size: first.size,
    y: first.y,
    texts: list.map((item) => partsOf(item).map((s) => s.text).join(' ')),
    layout: list.map((item) => {
      const parts = partsOf(item);
      return describe('text', item.reference.x0, Math.max(...parts.map((s) => s.x1)), item.reference.y, item.reference.size, left);
    }),
  };
}

function tableUnit(table: Table, left: number): Unit {
  const segments = table.lines.flatMap((line) => line.segments);
  const rows = tableRows(table);
  return {
    x0: Math.min(...segments.map((s) => s.x0)),
    x1: Math.max(...segments.map((s) => s.x1)),
    top: Math.min(...table.lines.map((line) => line.y - 0.8 * line.size)),
    bottom: Math.max(...table.lines.map((line) => line.y + 0.2 * line.size)),
    size: Math.max(...table.lines.map((line) => line.size)),
    y: table.lines[0]!.y,
    texts: rows.map((row) => row.cells.join('\t')),
    layout: rows.map((row) => {
      const rowSegments = row.lines.flatMap((line) => line.segments);
      const x0 = Math.min(...rowSegments.map((s) => s.x0));
      const x1 = Math.max(...rowSegments.map((s) => s.x1));
      return describe('table', x0, x1, row.lines[0]!.y, row.lines[0]!.size, left);
    }),
  };
}

/**
 * Pieces of prose read one after the other on the same baseline (a running header's symbol and
 * title, a footer's job number and page) are one line of text, joined by a space.
 */
function joinSameBaseline(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const unit of units) {
    const last = out.at(-1);
    const prose = (u: Unit): boolean => u.texts.length === 1 && u.layout[0]!.kind === 'text';
    if (last && prose(last) && prose(unit) && Math.abs(last.y - unit.y) <= 0.3 * Math.min(last.size, unit.size) && unit.x0 > last.x0) {
      const line = last.layout[0]!;
      out[out.length - 1] = {
        ...last,
        x1: unit.x1,
        texts: [`${last.texts[0]} ${unit.texts[0]}`],
        layout: [{ ...line, fontSize: Math.max(line.fontSize, round(unit.size)), width: round(unit.x1 - last.x0) }],
      };
    } else {
      out.push(unit);
    }
  }
  return out;
}

function describe(kind: PdfLayoutLine['kind'], x0: number, x1: number, y: number, size: number, left: number): PdfLayoutLine {
  return { kind, fontSize: round(size), x: round(x0), y: round(y), width: round(x1 - x0), indent: round(x0 - left) };
}

/** The x where most body lines start (the page's left margin), weighted by their length. */
function bodyLeft(lines: Line[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) {
    const first = line.segments[0];
    if (!first) continue;
    const x = Math.round(first.x0);
    weight.set(x, (weight.get(x) ?? 0) + first.text.length);
  }
  let best = 0;
  let most = -1;
  for (const [x, count] of weight) if (count > most) [best, most] = [x, count];
  return best;
}

/** Text drawn at an angle (a side label) is kept, after the page's other lines, one item a line. */
function rotatedLines(items: PdfItem[], left: number): { texts: string[]; layout: PdfLayoutLine[] } {
  // A loop, not filter then map: most pages have none, and V8's optimised layoutPage, specialised
  // for the arrays a page with rotated text gives, left its code on every page without (a deopt a page).
  const texts: string[] = [];
  const layout: PdfLayoutLine[] = [];
  for (const item of items) {
    if (!item.rotated || !printsText(item.str)) continue;
    texts.push(trimLayoutSpaces(collapseLayoutSpaces(item.str)));
    layout.push(describe('text', item.x, item.x + item.width, item.y, dominantSize([item]), left));
  }
  return { texts, layout };
}
