import type { Correction, RemovedLine } from '@palermo/contracts';
import { markFootnoteMarkers, toSuperscript } from './footnote-markers.ts';
import { findPageFurniture } from './page-furniture.ts';
import { type PageNote, splitPageFootnotes } from './page-footnotes.ts';
import { carry, type Edit, editPiece, joinPieces, literal, type Piece, retrace, slicePiece, sourcePiece, type TracedText } from './traced-text.ts';

/** Marker rewrites, recorded: a footnote number set in the text becomes superscript digits. */
const markerEdits = (edits: readonly Edit[]): Edit[] => edits.map((e) => ({ ...e, rule: 'footnote-marker' }));

/** A footnote's lines as one line; a line-end hyphen or slash joins the halves of a word or symbol. */
function noteText(lines: readonly Piece[]): Piece {
  const joined = lines.reduce((text, line) => (/[\p{L}\d]-$|\/$/u.test(text.text) ? joinPieces([text, line]) : joinPieces([text, line], ' ')));
  const head = joined.text.length - joined.text.trimStart().length;
  return slicePiece(joined, head, head + joined.text.trim().length);
}

/** The non-blank lines of each page, spaces trimmed (tabs separate a table row's cells, an empty first cell included). */
function pageLines(text: string): Piece[][] {
  let offset = 0;
  return text.split('\f').map((page) => {
    const lines: Piece[] = [];
    for (const line of page.split('\n')) {
      let head = 0;
      while (line.charCodeAt(head) === 0x20) head++;
      let tail = line.length;
      while (tail > head && line.charCodeAt(tail - 1) === 0x20) tail--;
      if (line.trim().length > 0) lines.push(sourcePiece(text, offset + head, offset + tail));
      offset += line.length + 1;
    }
    return lines;
  });
}

/** `readPdfPages`, with the corrections made before carried to where their characters go. */
export function readPdfPagesTraced(input: TracedText): { traced: TracedText; removed: RemovedLine[] } {
  const pagePieces = pageLines(input.text);
  const pages = pagePieces.map((lines) => lines.map((l) => l.text));
  const marks = findPageFurniture(pages);
  const removed: RemovedLine[] = [];
  const bodies: Piece[] = [];
  // Markers rewritten as superscripts are changes to the characters: recorded, offsets in each body.
  const bodyMarkers: Correction[][] = [];
  const notes: { note: PageNote; lines: Piece[] }[] = [];
  let next = 1;
  pages.forEach((lines, i) => {
    const keptPieces: Piece[] = [];
    const kept = lines.filter((line, j) => {
      const reason = marks[i]?.[j] ?? null;
      if (reason !== null) removed.push({ line, reason, page: i + 1 });
      else keptPieces.push(pagePieces[i]?.[j] ?? literal(line));
      return reason === null;
    });
    const parts = splitPageFootnotes(kept, next);
    if (parts.separator !== null) removed.push({ line: parts.separator, reason: 'footnote rule', page: i + 1 });
    const at = (index: number, from = 0): Piece => slicePiece(keptPieces[index] ?? literal(''), from);
    const carried = parts.carriedFrom.map((index) => at(index));
    // A long note may run on at the foot of the next page, above that page's own notes.
    const last = notes.at(-1);
    last?.note.lines.push(...parts.carried);
    last?.lines.push(...carried);
    const marked = editPiece(joinPieces(keptPieces.slice(0, parts.bodyLines), '\n'), markerEdits(parts.bodyEdits));
    let body = marked.piece;
    if (parts.carried.length > 0 && notes.length === 0) body = joinPieces([body, ...carried].filter((p, k) => k > 0 || p.text.length > 0), '\n');
    notes.push(...parts.notes.map((note) => ({ note, lines: note.sources.map(([index, from]) => at(index, from)) })));
    next = Math.max(next, ...parts.notes.map((n) => n.number + 1));
    bodies.push(body);
    bodyMarkers.push(marked.made);
    // A note whose marker is not on its page was cited at the end of the page before.
    const uncited = parts.notes.map((n) => n.number).filter((n) => n > 0 && !parts.found.includes(n));
    const before = bodies[i - 1];
    if (i > 0 && uncited.length > 0 && before) {
      const edits = markerEdits(markFootnoteMarkers(before.text, uncited).edits);
      const step = editPiece(sourcePiece(before.text), edits);
      bodyMarkers[i - 1] = [...carry(bodyMarkers[i - 1] ?? [], step.piece), ...step.made].sort((a, b) => a.offset - b.offset);
      bodies[i - 1] = editPiece(before, edits).piece;
    }
  });
  const made: Correction[] = [];
  let at = 0;
  bodies.forEach((b, i) => {
    if (b.text.length === 0) return;
    made.push(...(bodyMarkers[i] ?? []).map((c) => ({ ...c, offset: c.offset + at })));
    at += b.text.length + 1;
  });
  const body = joinPieces(bodies.filter((b) => b.text.length > 0), '\n');
  at = body.text.length;
  const blocks = notes.map(({ note, lines }) => {
    const marker = note.number > 0 ? toSuperscript(note.number) : note.marker;
    at += 2;
    if (marker !== note.marker) made.push({ offset: at, before: note.marker, after: marker, rule: 'footnote-marker' });
    const block = joinPieces([literal(marker), noteText(lines)], ' ');
    at += block.text.length;
    return block;
  });
  return { traced: retrace(input, joinPieces([body, ...blocks], '\n\n'), made), removed };
}

/**
 * Reads the text of a PDF page by page (pages separated by form feeds): drops running headers,
 * footers and the rule above the notes, recording each with its page; takes the footnotes out of
 * each page and lays them, in order, after the body as "¹ text" blocks, with their inline
 * markers rewritten as superscripts; and joins the pages' bodies with plain line breaks, so that
 * a paragraph cut by a page break (and by the notes at its foot) reads as one again.
 */
export function readPdfPages(text: string): { text: string; removed: RemovedLine[] } {
  const { traced, removed } = readPdfPagesTraced({ text, corrections: [] });
  return { text: traced.text, removed };
}
