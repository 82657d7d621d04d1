import type { Paragraph, SegmentedDocument } from '@palermo/contracts';
import type { DocumentKind, ExpectedParagraph, ExpectedReading } from './reading-expectation.ts';

/** One check of one document: what was expected, what was found, and whether they agree. */
export interface ReadingCheck {
  name: string;
  passed: boolean;
  expected: string;
  found: string;
}

/** A document's checks and its score, the share of checks passed. */
export interface DocumentScore {
  document: string;
  kind: DocumentKind;
  split: 'dev' | 'heldout';
  score: number;
  checks: ReadingCheck[];
}

// Comparisons of titles and first words ignore how spaces, quotes and dashes are set: what is
// measured there is whether the right words were found. Characters are measured apart (`verbatim`).
const fold = (text: string): string =>
  text
    .replace(/[“”«»„"]/g, '"')
    .replace(/[’‘`´]/g, "'")
    .replace(/[\u00AD]/g, '')
    .replace(/[‐‑–—]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/" /g, '"')
    .replace(/ "/g, '"')
    .trim();

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const show = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? 'undefined');

function check(name: string, expected: unknown, found: unknown, passed: boolean): ReadingCheck {
  return { name, passed, expected: show(expected), found: show(found) };
}

/** The printed number of a paragraph: its label, else its number when the document numbers them. */
export function printedNumber(p: Paragraph): string | null {
  if (p.label) return p.label;
  return p.numbered && p.number !== null ? String(p.number) : null;
}

/** One piece of a printed number, "29A" → [29, "A"]: fascicle sections carry a letter. */
function piece(text: string | undefined): [number, string] {
  if (text === undefined) return [-1, ''];
  const m = /^(\d*)(.*)$/.exec(text);
  return [m?.[1] ? Number(m[1]) : -1, m?.[2] ?? ''];
}

/** Orders "16.9" before "16.10", "9" before "26" and "29A.9" before "29A.148". */
function compareNumbers(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const [na, sa] = piece(pa[i]);
    const [nb, sb] = piece(pb[i]);
    if (na !== nb) return na - nb;
    if (sa !== sb) return sa < sb ? -1 : 1;
  }
  return 0;
}

/** The top-level part each paragraph sits in (1-based), from the level-1 sections in order. */
function partOf(doc: SegmentedDocument, p: Paragraph): number {
  const tops = doc.sections.filter((s) => s.level === 1).map((s) => s.id);
  if (p.sectionId === null) return tops.length > 0 ? 0 : 1;
  const top = tops.findIndex((id) => p.sectionId === id || p.sectionId?.startsWith(`${id}.`));
  return top + 1;
}

function findParagraph(doc: SegmentedDocument, want: ExpectedParagraph): Paragraph | undefined {
  return doc.paragraphs.find(
    (p) =>
      printedNumber(p) === want.n &&
      (want.part === undefined || partOf(doc, p) === want.part) &&
      fold(p.text).startsWith(fold(want.starts)),
  );
}

/** Paragraphs of the preamble: marked so, or (before roles were read) every unnumbered one. */
function preambleCount(doc: SegmentedDocument): number {
  if (doc.paragraphs.some((p) => p.role)) return doc.paragraphs.filter((p) => p.role === 'preamble').length;
  return doc.paragraphs.filter((p) => !p.numbered).length;
}

/** Scores one document's reading against what a person read on its pages. */
export function scoreReading(name: string, expected: ExpectedReading, doc: SegmentedDocument): DocumentScore {
  const meta = doc.metadata;
  const checks: ReadingCheck[] = [
    check('symbol', expected.symbol, meta.symbol, meta.symbol === expected.symbol),
    check('date', expected.date, meta.date, meta.date === expected.date),
    check('session', expected.session, meta.sessionNumber ?? null, meta.sessionNumber === expected.session),
    check('agenda item', expected.agendaItem, meta.agendaItem, fold(meta.agendaItem ?? '') === fold(expected.agendaItem)),
  ];
  if (expected.title !== undefined) checks.push(check('title', expected.title, meta.title, fold(meta.title ?? '') === fold(expected.title)));
  for (const part of expected.titleContains ?? []) checks.push(check('title contains', part, meta.title, fold(meta.title ?? '').includes(fold(part))));
  if (expected.documentType !== undefined) checks.push(check('document type', expected.documentType, meta.documentType ?? null, meta.documentType === expected.documentType));
  if (expected.sponsors !== undefined) checks.push(check('sponsors', expected.sponsors, meta.sponsors ?? null, fold(meta.sponsors ?? '') === fold(expected.sponsors)));

  const parts = doc.sections.filter((s) => s.level === 1).map((s) => s.title);
  const partsMatch = parts.length === expected.parts.length && expected.parts.every((t, i) => fold(parts[i] ?? '').startsWith(fold(t)));
  checks.push(check('top-level parts', expected.parts, parts, partsMatch));

  const numbers = doc.paragraphs.map(printedNumber).filter((n): n is string => n !== null);
  const highest = numbers.sort(compareNumbers).at(-1) ?? null;
  checks.push(check('highest paragraph', expected.highestParagraph, highest, highest === expected.highestParagraph));
  if (expected.preamble !== undefined) checks.push(check('preamble paragraphs', expected.preamble, preambleCount(doc), preambleCount(doc) === expected.preamble));

  for (const want of expected.paragraphs) {
    const found = findParagraph(doc, want);
    const ok =
      found !== undefined && (want.contains === undefined || fold(found.text).includes(fold(want.contains))) && (want.ends === undefined || fold(found.text).endsWith(fold(want.ends)));
    const near = found ?? doc.paragraphs.find((p) => printedNumber(p) === want.n);
    checks.push(check(`paragraph ${want.n ?? 'preamble'}${want.part ? ` (part ${want.part})` : ''}`, want.starts, near?.text.slice(0, 120) ?? null, ok));
  }

  const notes = doc.footnotes.filter((f) => f.number > 0).length;
  checks.push(check('footnotes', expected.footnotes, notes, notes === expected.footnotes));
  const tables = doc.tables ?? [];
  checks.push(check('tables', expected.tables, tables.length, tables.length === expected.tables));
  const cells = tables.flatMap((t) => t.rows.flat()).map(fold);
  for (const cell of expected.tableCells ?? []) checks.push(check('table cell', cell, null, cells.some((c) => c.includes(fold(cell)))));
  // A row as printed: every cell in order, none merged with its neighbour or split off.
  const rows = tables.flatMap((t) => t.rows.map((row) => row.map(fold)));
  for (const want of expected.tableRows ?? []) {
    const folded = want.map(fold);
    const found = rows.find((row) => row.length === folded.length && row.every((cell, i) => cell === folded[i]));
    const near = rows.find((row) => row.some((cell) => cell.length > 0 && cell === folded.find((c) => c.length > 0)));
    checks.push(check('table row', want, found ?? near ?? null, found !== undefined));
  }
  const titles = doc.sections.map((s) => fold(s.title));
  for (const heading of expected.headings ?? []) {
    const found = titles.find((t) => t === fold(heading));
    const near = titles.find((t) => t.startsWith(fold(heading).slice(0, 30)));
    checks.push(check('heading', heading, found ?? near ?? null, found !== undefined));
  }
  if (expected.closing !== undefined) {
    const closing = (doc.blocks ?? []).filter((b) => b.kind === 'closing').map((b) => b.text);
    checks.push(check('closing line', expected.closing, closing, closing.some((t) => fold(t).startsWith(fold(expected.closing ?? '')))));
  }
  for (const passage of expected.verbatim ?? []) checks.push(check('characters kept', passage, null, doc.text.includes(passage)));

  const readable = [...doc.paragraphs.map((p) => p.text), ...doc.sections.map((s) => s.title), ...doc.footnotes.map((f) => f.text)].map(fold);
  for (const furniture of expected.absent) {
    // "2/3" is a page mark on its own, not inside "42/39".
    const alone = new RegExp(`(?<![\\p{L}\\p{N}/])${escape(fold(furniture))}(?![\\p{L}\\p{N}/])`, 'u');
    const where = readable.find((t) => alone.test(t));
    checks.push(check('absent', furniture, where?.slice(0, 120) ?? null, where === undefined));
  }
  const passed = checks.filter((c) => c.passed).length;
  return { document: name, kind: expected.kind, split: expected.split, score: passed / checks.length, checks };
}

/** Mean score of documents grouped by a key (kind, split). */
export function meanBy(scores: readonly DocumentScore[], key: (s: DocumentScore) => string): Map<string, { mean: number; count: number }> {
  const groups = new Map<string, number[]>();
  for (const s of scores) groups.set(key(s), [...(groups.get(key(s)) ?? []), s.score]);
  return new Map([...groups].map(([k, v]) => [k, { mean: v.reduce((a, b) => a + b, 0) / v.length, count: v.length }]));
}
