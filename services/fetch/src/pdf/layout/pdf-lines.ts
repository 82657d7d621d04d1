import type { PdfItem } from '../pdf-items.ts';
import { isJustifiedProse } from './justified-lines.ts';
import { collapseLayoutSpaces, printsText, trimLayoutSpaces, trimLayoutSpacesEnd } from './layout-spaces.ts';

/** A run of items on one baseline with no wide gap inside: a phrase, a line of prose, a table cell. */
export interface Segment {
  items: PdfItem[]; // left to right; items flagged in `raised` sit above the baseline in a smaller size
  raised: Set<PdfItem>;
  x0: number;
  x1: number;
  y: number; // baseline
  size: number; // the font size most of its characters are drawn at
  text: string;
}

/** The segments that share one baseline, left to right. */
export interface Line {
  y: number;
  size: number;
  segments: Segment[];
}

const SUPERSCRIPT_DIGITS = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
// Unicode has no superscript q; a raised `q` stays as it is.
const SUPERSCRIPT_LETTERS: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnoprstuvwxyz'].map((letter, i) => [letter, 'ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ'[i]!]),
);
/** A gap wider than this many font sizes separates segments (table cells, side-by-side blocks). */
export const CELL_GAP = 1.5;
/** A gap this wide (in font sizes) separates segments when nearby lines have one at the same x. */
const NARROW_GUTTER = 0.9;
/** A gap this wide (in font sizes) under or over a wide gap of a line of the same head is a column gutter. */
const HEAD_GUTTER = 0.6;
/** A gap wider than this many font sizes between two items is a space between words. */
const WORD_GAP = 0.18;
/** At most this share of the main size, an item may be a superscript. */
const SMALL = 0.85;
// `©` is an item `(c)` that a word processor turned into the copyright sign as it was typed.
const LIST_MARKER = /^(\(?\d{1,3}(\.\d{1,3})*[.)]|\d{1,3}(\.\d{1,3})+|\(?[a-z]{1,4}\)|\(?[ivxlc]{1,6}\)|[IVXLC]{1,6}\.|[A-Z]\.|[•●▪◦–©-])$/;
const BARE_NUMBER = /^\d{1,3}$/;

/** Groups a page's (unrotated, visible) items into lines of segments, superscripts kept with the text they follow. */
export function buildLines(items: PdfItem[]): Line[] {
  const visible = dedupe(items.filter((item) => !item.rotated && printsText(item.str) && item.fontSize > 0));
  const order = new Map(items.map((item, index) => [item, index]));
  const groups = groupByBaseline(visible).flatMap((group) => separateOverlays(group, order));
  // Each field written out, not spread from the group: groups come in two shapes, and a spread
  // with fields after it took V8's slow path, a tenth of the layout's time.
  const merged: RaisedLine[] = [];
  for (const group of mergeRaisedGroups(groups)) {
    const size = dominantSize(group.items);
    const raised = new Set<PdfItem>();
    for (const item of group.items) if (item.fontSize <= SMALL * size && group.y - item.y > 0.12 * size) raised.add(item);
    const unraised = group.items.filter((item) => !raised.has(item)).sort((a, b) => a.x - b.x); // filter has copied: sorted in place
    merged.push({ y: group.y, items: group.items, size, raised, gaps: interiorGaps(unraised, NARROW_GUTTER * size), close: interiorGaps(unraised, HEAD_GUTTER * size) });
  }
  return merged.map((group, index) => {
    if (isJustifiedProse(group, merged, index)) return { y: group.y, size: group.size, segments: [makeSegment(sortByX(group.items), group.raised)] };
    // Loops rather than filter, map and spread: see layoutPage on array built-ins and empty arrays.
    const cuts = new Set<number>();
    for (const gap of group.gaps) if (isWide(gap, group.size) || isAligned(gap, merged, index)) cuts.add(gap.at);
    for (const gap of group.close) if (underGutter(gap, merged, index) || endsWithColumn(gap, merged, index)) cuts.add(gap.at);
    const segments = joinListMarkers(splitSegments(group.items, group.raised, cuts));
    return { y: group.y, size: group.size, segments };
  });
}

/** A line's group of items with its size and the gaps inside it. */
type GappedLine = Group & { size: number; gaps: Gap[] };
/** The same with its raised items (superscripts) and its narrower gaps (`close`). */
type RaisedLine = GappedLine & { raised: Set<PdfItem>; close: Gap[] };

interface Gap {
  at: number; // x where the text resumes after the gap
  from: number; // x where the text before the gap ends
  width: number;
}

/** A gap wide enough to cut a line into cells by itself. */
const isWide = (gap: Gap, size: number): boolean => gap.width > CELL_GAP * size;

/** Gaps inside a line wider than a word gap could be, between items on the baseline (`sorted` by x, raised ones left out). */
function interiorGaps(sorted: PdfItem[], minWidth: number): Gap[] {
  const gaps: Gap[] = [];
  let right = -Infinity;
  for (const item of sorted) {
    if (right > -Infinity && item.x - right >= minWidth) gaps.push({ at: item.x, from: right, width: item.x - right });
    right = Math.max(right, item.x + item.width);
  }
  return gaps;
}

/**
 * A narrow gap is a column gutter when nearby lines have a gap whose text resumes at the same x,
 * or whose text before it ends at the same x: table columns start (text) or end (figures, and the
 * years and "planned actual" over them in a fascicle's deliverables table) at one x from row to
 * row, the gaps between words of prose do neither.
 */
function isAligned(gap: Gap, lines: GappedLine[], index: number): boolean {
  return nearbyLinesWith(lines, index, (near) => near.gaps.some((candidate) => Math.abs(candidate.at - gap.at) <= 0.75 || Math.abs(candidate.from - gap.from) <= 0.75));
}

/** Whether two lines or more among the four above and below, within 8 font sizes, hold what `has` looks for. */
function nearbyLinesWith(lines: GappedLine[], index: number, has: (near: GappedLine) => boolean): boolean {
  const line = lines[index]!;
  let seen = 0;
  for (let other = Math.max(0, index - 4); other <= Math.min(lines.length - 1, index + 4); other += 1) {
    if (other === index || Math.abs(lines[other]!.y - line.y) > 8 * line.size) continue;
    if (has(lines[other]!)) seen += 1;
  }
  return seen >= 2;
}

/**
 * A gap a little wider than a word space is a column gutter when the line is already cut into cells
 * by a wide gap and the gap lies, half of it at least, inside a wide gap of the line just above or
 * below in the same type, itself cut into four cells or more (a raised "ᵃ" may stand in the gap): the two lines of a table's head, where "actual" and
 * "planned" under "2025" and "2026" stand only 0.8 font sizes apart. (A line of justified prose
 * has no wide gap, or one or two where it was stretched.)
 */
function underGutter(gap: Gap, lines: GappedLine[], index: number): boolean {
  const line = lines[index]!;
  if (!line.gaps.some((g) => isWide(g, line.size))) return false;
  return [lines[index - 1], lines[index + 1]].some(
    (other) =>
      other !== undefined &&
      Math.abs(other.y - line.y) <= 1.5 * line.size &&
      Math.abs(other.size - line.size) <= 0.5 &&
      other.gaps.filter((g) => isWide(g, other.size)).length >= 3 &&
      other.gaps.some((g) => isWide(g, other.size) && Math.min(g.at, gap.at) - Math.max(g.from, gap.from) >= 0.5 * gap.width),
  );
}

/**
 * A gap a little wider than a word space is a column gutter when the text before it ends where two
 * nearby lines have a column gutter start: a figure right-aligned in its column, then a wider cell
 * ("31", then "10 [15]") that leaves less than a gutter's width between them.
 */
function endsWithColumn(gap: Gap, lines: GappedLine[], index: number): boolean {
  return nearbyLinesWith(lines, index, (near) => near.gaps.some((candidate) => isWide(candidate, near.size) && Math.abs(candidate.from - gap.from) <= 0.75));
}

interface Group {
  y: number;
  items: PdfItem[];
}

/** Items drawn twice at the same place (a fake bold) are read once. */
function dedupe(items: PdfItem[]): PdfItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.str}|${Math.round(item.x)}|${Math.round(item.y)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const sortByX = (items: PdfItem[]): PdfItem[] => [...items].sort((a, b) => a.x - b.x);

function groupByBaseline(items: PdfItem[]): Group[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: Array<Group & { size: number }> = [];
  for (const item of sorted) {
    const last = groups.at(-1);
    if (last && Math.abs(item.y - last.y) <= 0.3 * Math.min(item.fontSize, last.size)) {
      last.items.push(item);
      last.size = Math.max(last.size, item.fontSize);
    } else {
      groups.push({ y: item.y, items: [item], size: item.fontSize });
    }
  }
  return groups;
}

/**
 * Text drawn over other text on the same baseline (a footer printed across the last line of a
 * footnote) is a line of its own: the items are split into runs that are consecutive in the
 * content stream, and a run that overlaps another is moved to a separate line.
 */
function separateOverlays(group: Group, order: Map<PdfItem, number>): Group[] {
  const overlaps = (a: PdfItem, b: PdfItem): boolean => Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1;
  const overlapping = (items: PdfItem[]): boolean => {
    const sorted = sortByX(items);
    return sorted.some((item, i) => i > 0 && overlaps(sorted[i - 1]!, item));
  };
  if (!overlapping(group.items)) return [group];
  // Lines set on baselines a little apart are told apart by them (an engine's words come in reading order, not drawing order).
  const byBaseline = new Map<number, PdfItem[]>();
  for (const item of group.items) byBaseline.set(Math.round(item.y * 10), [...(byBaseline.get(Math.round(item.y * 10)) ?? []), item]);
  const baselines = [...byBaseline.values()];
  if (baselines.length > 1 && !baselines.some(overlapping)) return baselines.map((items) => ({ y: items[0]!.y, items }));
  const runs: PdfItem[][] = [];
  for (const item of [...group.items].sort((a, b) => order.get(a)! - order.get(b)!)) {
    const run = runs.at(-1);
    if (run && order.get(item)! === order.get(run.at(-1)!)! + 1) run.push(item);
    else runs.push([item]);
  }
  const layers: PdfItem[][] = [];
  for (const run of runs) {
    const layer = layers.find((items) => !items.some((item) => run.some((other) => overlaps(item, other))));
    if (layer) layer.push(...run);
    else layers.push([...run]);
  }
  return layers.map((items) => ({ y: group.y, items }));
}

/**
 * A group of small items just above a line of larger text is made of superscripts (footnote
 * markers) of that line: they join it, so `2017` and its raised `2` stay apart as `2017²`.
 */
function mergeRaisedGroups(groups: Group[]): Group[] {
  const out: Group[] = [];
  for (let i = 0; i < groups.length; i += 1) {
    const group = groups[i]!;
    const target = groups.slice(i + 1, i + 4).find((below) => isRaisedOver(group, below));
    if (target) target.items.push(...group.items);
    else out.push(group);
  }
  return out;
}

function isRaisedOver(small: Group, line: Group): boolean {
  const lineSize = dominantSize(line.items);
  const smallSize = Math.max(...small.items.map((item) => item.fontSize));
  const rise = line.y - small.y;
  if (smallSize > SMALL * lineSize || rise <= 0.1 * lineSize || rise > 0.75 * lineSize) return false;
  if (!small.items.every((item) => item.str.trim().length <= 4)) return false;
  const left = Math.min(...line.items.map((item) => item.x)) - 3 * lineSize; // a footnote's marker hangs in the margin
  const right = Math.max(...line.items.map((item) => item.x + item.width)) + 2 * lineSize;
  return small.items.every((item) => item.x >= left && item.x <= right);
}

/** The size at which most of the characters are drawn. */
export function dominantSize(items: PdfItem[]): number {
  // A line has a size or three: two short arrays in first-seen order, where a Map keyed by
  // fractional numbers hashed every item (this runs several times per line).
  const sizes: number[] = [];
  const weights: number[] = [];
  for (const item of items) {
    const size = Math.round(item.fontSize * 100) / 100;
    let at = sizes.length - 1;
    while (at >= 0 && sizes[at] !== size && !Object.is(sizes[at], size)) at -= 1; // equal as Map keys are (NaN too)
    if (at === -1) {
      sizes.push(size);
      weights.push(item.str.length);
    } else {
      weights[at]! += item.str.length;
    }
  }
  let best = items[0]?.fontSize ?? 0;
  let most = -1;
  for (let i = 0; i < sizes.length; i += 1) {
    if (weights[i]! > most) {
      best = sizes[i]!;
      most = weights[i]!;
    }
  }
  return best;
}

function splitSegments(items: PdfItem[], raised: Set<PdfItem>, cuts: Set<number>): Segment[] {
  const sorted = sortByX(items);
  const runs: PdfItem[][] = [];
  for (const item of sorted) {
    const run = runs.at(-1);
    if (run && !(cuts.has(item.x) && !raised.has(item))) run.push(item);
    else runs.push([item]);
  }
  return runs.map((run) => makeSegment(run, raised));
}

function makeSegment(items: PdfItem[], raised: Set<PdfItem>): Segment {
  const main = items.filter((item) => !raised.has(item));
  const size = dominantSize(main.length > 0 ? main : items);
  const baseline = (main.length > 0 ? main : items)[0]!.y;
  return {
    items,
    raised,
    x0: Math.min(...items.map((item) => item.x)),
    x1: Math.max(...items.map((item) => item.x + item.width)),
    y: baseline,
    size,
    text: renderItems(items, raised, size),
  };
}

/** Writes items as text: spaces where the gap is a word gap, superscript digits for raised markers. */
function renderItems(items: PdfItem[], raised: Set<PdfItem>, size: number): string {
  let text = '';
  let right: number | null = null;
  for (const item of items) {
    const isRaised = raised.has(item);
    const marker = trimLayoutSpaces(item.str);
    const piece = isRaised ? superscript(marker) : item.str;
    const gap = right === null ? 0 : item.x - right;
    const glued = isRaised && text.length > 0; // a marker follows what it marks, with no space
    if (glued) text = trimLayoutSpacesEnd(text);
    if (text.length > 0 && !glued && gap > WORD_GAP * size && !/\s$/.test(text) && !/^\s/.test(piece)) text += ' ';
    text += isRaised ? trimLayoutSpaces(piece) : piece;
    right = Math.max(right ?? -Infinity, item.x + item.width);
  }
  return trimLayoutSpaces(collapseLayoutSpaces(text));
}

/** A raised footnote or table-note marker: digits (`2` → `²`) or one letter (`a` → `ᵃ`); others as they are. */
function superscript(marker: string): string {
  if (/^\d{1,3}$/.test(marker)) return [...marker].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');
  return SUPERSCRIPT_LETTERS[marker] ?? marker;
}

/** A list marker (`24.1`, `(a)`, `IV.`) set apart by a tab belongs to the text after it. */
function joinListMarkers(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    const previous = out.at(-1);
    // A bare number (`26 Condemns`) counts only before a long text on a two-part line: in a table it is a cell.
    // A dash before a figure or another dash is a table's nil cell ("–   1   –"), not a bullet.
    const nilCell = previous !== undefined && /^[–-]$/.test(previous.text) && /^[\d–-]/.test(segment.text);
    const marker = previous && !nilCell && (LIST_MARKER.test(previous.text) || (BARE_NUMBER.test(previous.text) && segments.length === 2 && segment.text.length >= 20));
    if (previous && marker && previous.items.length <= 3 && segment.x0 - previous.x1 <= 6 * segment.size) {
      out[out.length - 1] = {
        ...segment,
        items: [...previous.items, ...segment.items],
        x0: previous.x0,
        text: `${previous.text} ${segment.text}`,
      };
    } else {
      out.push(segment);
    }
  }
  return out;
}
