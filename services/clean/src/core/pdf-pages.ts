import type { RemovedLine } from '@palermo/contracts';
import { markFootnoteMarkers, toSuperscript } from './footnote-markers.ts';
import { findPageFurniture } from './page-furniture.ts';
import { type PageNote, splitPageFootnotes } from './page-footnotes.ts';

/** A footnote's lines as one line; a line-end hyphen or slash joins the halves of a word or symbol. */
function noteText(note: PageNote): string {
  return note.lines.reduce((text, line) => (/[\p{L}\d]-$|\/$/u.test(text) ? text + line : `${text} ${line}`)).trim();
}

/**
 * Reads the text of a PDF page by page (pages separated by form feeds): drops running headers,
 * footers and the rule above the notes, recording each with its page; takes the footnotes out of
 * each page and lays them, in order, after the body as "¹ text" blocks, with their inline
 * markers rewritten as superscripts; and joins the pages' bodies with plain line breaks, so that
 * a paragraph cut by a page break (and by the notes at its foot) reads as one again.
 */
export function readPdfPages(text: string): { text: string; removed: RemovedLine[] } {
  // Tabs separate a table row's cells, an empty first cell included: only spaces are trimmed.
  const pages = text.split('\f').map((page) => page.split('\n').map((l) => l.replace(/^ +| +$/g, '')).filter((l) => l.trim().length > 0));
  const marks = findPageFurniture(pages);
  const removed: RemovedLine[] = [];
  const bodies: string[] = [];
  const notes: PageNote[] = [];
  let next = 1;
  pages.forEach((lines, i) => {
    const kept = lines.filter((line, j) => {
      const reason = marks[i]?.[j] ?? null;
      if (reason !== null) removed.push({ line, reason, page: i + 1 });
      return reason === null;
    });
    const parts = splitPageFootnotes(kept, next);
    if (parts.separator !== null) removed.push({ line: parts.separator, reason: 'footnote rule', page: i + 1 });
    // A long note may run on at the foot of the next page, above that page's own notes.
    notes.at(-1)?.lines.push(...parts.carried);
    if (parts.carried.length > 0 && notes.length === 0) parts.body.push(...parts.carried);
    notes.push(...parts.notes);
    next = Math.max(next, ...parts.notes.map((n) => n.number + 1));
    bodies.push(parts.body.join('\n'));
    // A note whose marker is not on its page was cited at the end of the page before.
    const uncited = parts.notes.map((n) => n.number).filter((n) => n > 0 && !parts.found.includes(n));
    if (i > 0 && uncited.length > 0) bodies[i - 1] = markFootnoteMarkers(bodies[i - 1] ?? '', uncited).text;
  });
  const blocks = notes.map((note) => `${note.number > 0 ? toSuperscript(note.number) : note.marker} ${noteText(note)}`);
  const body = bodies.filter((b) => b.length > 0).join('\n');
  return { text: [body, ...blocks].join('\n\n'), removed };
}
