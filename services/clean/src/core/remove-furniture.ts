import type { RemovedLine } from '@palermo/contracts';
import { type Piece, PieceBuilder, retrace, type TracedText } from './traced-text.ts';

// One token of a running header or footer: a document symbol (A/78/123, S/2016/949,
// CTOC/COP/2012/2), a UN job number (V.12-54630, 23-14488, 16-19731 (F)), a barcode (*2314488*),
// a page number (7, 3/20) or the language tag that follows job numbers.
// A symbol in a running header never ends with a full stop; "24 A/79/322." is a footnote citing one.
const SYMBOL = /^[A-Z]{1,6}(?:\.[A-Z0-9]+)*(?:\/[A-Za-z0-9.()-]+){1,6}(?<!\.)$/;
const JOB_NUMBER = /^(?:[A-Z]{1,2}\.)?\d{2}-\d{5}$/;
const BARCODE = /^\*\d{6,}\*$/;
const PAGE = /^\d{1,3}(?:\/\d{1,3})?$/;
const LANGUAGE_TAG = /^\([A-Z]\)$/;
// The print date (ddmmyy) the UN sets after a job number: "25-20579 (E) 221225".
const PRINT_DATE = /^[0-3]\d[01]\d\d\d$/;

/** Why a line is page furniture by its pattern (symbol, job number, page number, barcode), or null. */
export function furnitureReason(line: string): string | null {
  // Most lines are prose: more than five words tell it without splitting the whole line.
  if (hasMoreTokens(line, 5)) return null;
  const tokens = line.split(' ').filter((t) => t.length > 0);
  if (tokens.length === 0 || tokens.length > 5) return null;
  if (tokens.length === 1 && PAGE.test(line)) return 'page number';
  let reason: string | null = null;
  const job = tokens.some((t) => JOB_NUMBER.test(t));
  for (const token of tokens) {
    if (job && PRINT_DATE.test(token)) continue;
    if (BARCODE.test(token)) reason ??= 'barcode';
    else if (JOB_NUMBER.test(token)) reason ??= 'job number';
    else if (isSymbolToken(token)) reason ??= 'document symbol';
    else if (!PAGE.test(token) && !LANGUAGE_TAG.test(token)) return null;
  }
  return reason === null ? null : `running header or footer (${reason})`;
}

/** Whether `line` has more than `n` tokens separated by spaces. */
function hasMoreTokens(line: string, n: number): boolean {
  let count = 0;
  let inToken = false;
  for (let i = 0; i < line.length; i++) {
    const space = line.charCodeAt(i) === 0x20;
    if (!space && !inToken && ++count > n) return true;
    inToken = !space;
  }
  return false;
}

function pageNumberIn(line: string): number | null {
  const lone = line.split(' ').find((t) => /^\d{1,3}$/.test(t) || /^\d{1,3}\/\d{1,3}$/.test(t));
  return lone === undefined ? null : Number(lone.split('/')[0]);
}

/** Digits vary from page to page (page numbers), the rest of a running line does not. */
export const shape = (line: string): string => line.replace(/\d+/g, '#');

/** Whether one token of a line is a document symbol such as A/RES/80/228 or S/2016/949. */
export function isSymbolToken(token: string): boolean {
  return SYMBOL.test(token) && /\d/.test(token);
}

function isRepeatCandidate(line: string): boolean {
  return line.length > 0 && line.length <= 80 && !/[.:;,]$/.test(line) && !/^\d{1,3}[.,]\s/.test(line);
}

/**
 * Drops page furniture, found by pattern (symbols, job numbers, page numbers, barcodes) and by
 * repetition at the top or bottom of several pages; pages are separated by form feeds when the
 * text came from a PDF. Returns the text with pages joined by blank lines and what was dropped.
 */
export function removeFurniture(text: string): { text: string; removed: RemovedLine[] } {
  const { traced, removed } = removeFurnitureTraced({ text, corrections: [] });
  return { text: traced.text, removed };
}

/** `removeFurniture`, with the corrections made before carried to where their characters go. */
export function removeFurnitureTraced(input: TracedText): { traced: TracedText; removed: RemovedLine[] } {
  const pages = input.text.split('\f').map((page) => page.split('\n'));
  const paged = pages.length > 1;
  const repeated = findRepeatedLines(pages, paged);
  const removed: RemovedLine[] = [];
  const keep = (raw: string, pageIndex: number): boolean => {
    const line = raw.trim();
    if (line.length === 0) return true;
    const reason = furnitureReason(line) ?? (repeated.size > 0 && repeated.has(shape(line)) ? 'repeated on several pages' : null);
    if (reason === null) return true;
    removed.push({ line, reason, page: paged ? pageIndex + 1 : pageNumberIn(line) });
    return false;
  };
  return { traced: retrace(input, keptLines(input.text, keep, '\n\n')), removed };
}

/**
 * The lines of a text's pages (separated by form feeds) that `keep` keeps, a page's lines joined
 * by line breaks and its pages by `pageSeparator`, with where each came from.
 */
export function keptLines(text: string, keep: (line: string, page: number, index: number) => boolean, pageSeparator: string): Piece {
  const builder = new PieceBuilder();
  let offset = 0;
  text.split('\f').forEach((page, p) => {
    if (p > 0) builder.add(pageSeparator);
    let first = true;
    page.split('\n').forEach((line, i) => {
      if (keep(line, p, i)) {
        // Kept lines one after another are copied with the line break between them.
        if (!first) builder.copy(text, offset - 1, offset);
        builder.copy(text, offset, offset + line.length);
        first = false;
      }
      offset += line.length + 1;
    });
  });
  return builder.build();
}

function findRepeatedLines(pages: string[][], paged: boolean): Set<string> {
  const seen = new Map<string, Set<number>>();
  pages.forEach((lines, pageIndex) => {
    const nonBlank = lines.map((l) => l.trim()).filter((l) => l.length > 0);
    // With real pages a running line sits at the edge of a page; without them any place counts.
    const zone = paged ? [...nonBlank.slice(0, 3), ...nonBlank.slice(-3)] : nonBlank;
    zone.forEach((line, i) => {
      if (!isRepeatCandidate(line)) return;
      const key = shape(line);
      const where = seen.get(key) ?? new Set<number>();
      where.add(paged ? pageIndex : i + pageIndex * 100_000);
      seen.set(key, where);
    });
  });
  // Without page breaks, ordinary short lines may repeat (sub-headings); only lines that carry a
  // number or a slash, as running headers do, are trusted then.
  const repeats = [...seen].filter(([key, where]) => where.size >= 3 && (paged || /[#/]/.test(key)));
  return new Set(repeats.map(([key]) => key));
}
