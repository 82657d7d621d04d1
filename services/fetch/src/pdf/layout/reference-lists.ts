import type { Line, Segment } from './pdf-lines.ts';

/** One entry of a list of references: the reference ('80/228', '1325 (2000)') and the title beside it, if any. */
export interface ReferenceItem {
  reference: Segment;
  more: Segment[]; // the reference's wrapped lines ('72/266 A;' over '72/266 B; 73/281')
  title: Segment[];
  column: number; // which column of references, from the left
}

// A resolution or decision as a mandate list prints it: '34/180', 'S-23/2', '76/246 B', '72/266 A; 73/281',
// '45/248 B, sect. VI', '76 (V)', '920 (XXXIV)', '1325 (2000)'.
const ONE = String.raw`(?:S-)?\d{1,4}\/\d{1,4}(?: [A-Z])?|\d{1,4} \((?:[IVXLC]+|\d{4})\)`;
const REFERENCE = new RegExp(String.raw`^(?:${ONE})(?:(?:; |, )(?:${ONE}|sect\. [IVXLC]+))*[;,]?$`);
/** A list has at least this many references starting at one x. */
const MIN_ITEMS = 3;
/** How far apart (in font sizes) the wrapped lines of one title may be. */
const LINE_SPACING = 1.6;

/**
 * Finds the unheaded lists of references of a page (a budget fascicle's "Legislative mandates":
 * a resolution number in one column, its title beside it, often two such pairs side by side).
 * Their edges line up like a table's, but they are lists: each reference is read with its whole
 * title as one item, so that it is never cut into table cells.
 */
export function findReferenceLists(lines: Line[]): ReferenceItem[][] {
  const found = lines.flatMap((line) => line.segments.filter((segment, i) => REFERENCE.test(segment.text) && startsEntry(line, i)));
  const more = wrappedReferences(found);
  const wrapped = new Set([...more.values()].flat());
  const columns = referenceColumns(found.filter((segment) => !wrapped.has(segment)));
  if (columns.length === 0) return [];
  const starts = columns.map((column) => column[0]!.x0).sort((a, b) => a - b);
  const taken = new Set<Segment>(columns.flat().flatMap((reference) => [reference, ...(more.get(reference) ?? [])]));
  const items: ReferenceItem[] = [];
  for (const column of columns) {
    const x = column[0]!.x0;
    const index = starts.indexOf(x);
    const right = starts.find((start) => start > x + 1) ?? Infinity;
    column.forEach((reference, i) => {
      const below = column[i + 1]?.y ?? Infinity;
      const title = titleOf(lines, reference, right, below, taken);
      for (const segment of title) taken.add(segment);
      items.push({ reference, more: more.get(reference) ?? [], title, column: index });
    });
  }
  const others = lines.flatMap((line) => line.segments).filter((segment) => !taken.has(segment));
  return listsOf(items, others);
}

const top = (item: ReferenceItem): number => item.reference.y - 0.8 * item.reference.size;
const bottom = (item: ReferenceItem): number => Math.max(...partsOf(item).map((s) => s.y + 0.2 * s.size));

/** An entry's segments in reading order: its reference, that reference's wrapped lines, then its title. */
export function partsOf(item: ReferenceItem): Segment[] {
  return [item.reference, ...item.more, ...item.title];
}

/**
 * A reference ending in ';' or ',' goes on in the reference just under it at the same x: those
 * lines, for each reference that begins an entry.
 */
function wrappedReferences(references: Segment[]): Map<Segment, Segment[]> {
  const byY = [...references].sort((a, b) => a.y - b.y);
  const out = new Map<Segment, Segment[]>();
  const continued = new Set<Segment>();
  for (const reference of byY) {
    if (continued.has(reference)) continue;
    const lines: Segment[] = [];
    let last = reference;
    while (/[;,]$/.test(last.text)) {
      const next = byY.find((s) => s.y > last.y + 0.3 * s.size && s.y - last.y <= LINE_SPACING * s.size && Math.abs(s.x0 - reference.x0) <= 0.6 * s.size);
      if (next === undefined) break;
      lines.push(next);
      continued.add(next);
      last = next;
    }
    out.set(reference, lines);
  }
  return out;
}

/**
 * The items cut into lists where other text (a heading such as "Security Council resolutions")
 * comes between them, each list read column by column: down the references on the left, then
 * those on the right, as their ascending numbers run.
 */
function listsOf(items: ReferenceItem[], others: Segment[]): ReferenceItem[][] {
  const x0 = Math.min(...items.map((item) => item.reference.x0));
  const x1 = Math.max(...items.flatMap(partsOf).map((s) => s.x1));
  const between = (from: number, to: number): boolean => others.some((s) => s.y > from && s.y - 0.8 * s.size < to && s.x1 > x0 && s.x0 < x1);
  const lists: ReferenceItem[][] = [];
  let end = -Infinity;
  for (const item of [...items].sort((a, b) => top(a) - top(b))) {
    const list = lists.at(-1);
    if (list && !between(end, top(item))) {
      list.push(item);
      end = Math.max(end, bottom(item));
    } else {
      lists.push([item]);
      end = bottom(item);
    }
  }
  return lists.map((list) => list.sort((a, b) => a.column - b.column || a.reference.y - b.reference.y));
}

/** A reference begins an entry when nothing of its own column precedes it on its line (a title beside it may follow). */
function startsEntry(line: Line, index: number): boolean {
  const segment = line.segments[index]!;
  const next = line.segments[index + 1];
  return next === undefined || !REFERENCE.test(next.text) || next.x0 - segment.x1 > segment.size;
}

/**
 * References grouped by the x they start at: groups of at least MIN_ITEMS are lists, and so is a
 * shorter group beside one (a reference on the baseline of one of the list's, the second column).
 */
function referenceColumns(references: Segment[]): Segment[][] {
  const groups: Segment[][] = [];
  for (const reference of [...references].sort((a, b) => a.x0 - b.x0)) {
    const group = groups.at(-1);
    if (group && Math.abs(group[0]!.x0 - reference.x0) <= 0.6 * reference.size) group.push(reference);
    else groups.push([reference]);
  }
  const lists = groups.filter((group) => group.length >= MIN_ITEMS);
  const beside = (group: Segment[]): boolean => group.some((s) => lists.some((list) => list.some((other) => other.x1 < s.x0 && Math.abs(other.y - s.y) <= 0.3 * s.size)));
  return groups.filter((group) => lists.includes(group) || beside(group)).map((group) => group.sort((a, b) => a.y - b.y));
}

/**
 * The title beside `reference`: the segment starting to its right on its baseline (or just
 * above it) and the lines wrapped under it at the same x, up to the next reference of the column
 * (`below`) and left of the next column of references (`right`).
 */
function titleOf(lines: Line[], reference: Segment, right: number, below: number, taken: Set<Segment>): Segment[] {
  const size = reference.size;
  const beside = (segment: Segment): boolean => !taken.has(segment) && segment.x0 > reference.x1 && segment.x0 < right - 1 && Math.abs(segment.size - size) < 0.5;
  const first = lines
    .flatMap((line) => line.segments)
    .filter((segment) => beside(segment) && Math.abs(segment.y - reference.y) <= 0.3 * size)
    .sort((a, b) => a.x0 - b.x0)[0];
  if (first === undefined) return [];
  const title = [first];
  for (const line of lines) {
    const last = title.at(-1)!;
    if (line.y <= last.y + 0.3 * size) continue;
    if (line.y >= below - 0.3 * size || line.y - last.y > LINE_SPACING * size) break;
    const wrapped = line.segments.find((segment) => beside(segment) && Math.abs(segment.x0 - first.x0) <= 0.6 * size);
    if (wrapped !== undefined) title.push(wrapped); // a line of the other column in between is passed over
  }
  return title;
}
