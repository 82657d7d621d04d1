import { markFootnoteMarkers, toSuperscript } from './footnote-markers.ts';
import type { Edit } from './traced-text.ts';

/** One footnote printed at the foot of a page: its number (0 for "*" notes on the title) and text. */
export interface PageNote {
  number: number;
  marker: string; // "12" or "*"
  lines: string[];
  /** Where each of `lines` starts on its page: [line index, offset in that line]. */
  sources: [number, number][];
}

/** A page split into its body (markers rewritten as superscripts) and the notes at its foot. */
export interface PageParts {
  body: string[];
  notes: PageNote[];
  /** Lines at the top of the foot area that continue the previous page's last note. */
  carried: string[];
  separator: string | null;
  /** The numbers of the notes whose marker was found in the body. */
  found: number[];
  /** How many of the page's first lines make the body, and the marker rewrites made to them (joined by line breaks). */
  bodyLines: number;
  bodyEdits: Edit[];
  /** The page's line indices of `carried`. */
  carriedFrom: number[];
}

const NOTE_START = /^(\d{1,3}|\*{1,3})\s+(\S.*)$/;
// Below the rule, a note may open with its number already raised by the PDF reader (`¹ Resolution 70/1.`).
const RAISED_NOTE_START = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s+(\S.*)$/;
const raisedValue = (digits: string): number => Number([...digits].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(d)).join(''));
// A date on a line of its own ("1 December 2025", under the closing meeting line) is no note.
const DATE_LINE =
  /^\d{1,2}(?:er)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+\d{4}$/;
// The rule the UN prints above the notes comes out of the PDF as a run of underscores.
const SEPARATOR = /^[_—–-]{5,}$/;
// A note longer than this is body text that happens to start with a number.
const MAX_NOTE_LINES = 15;

/** Groups the lines of a foot area into notes: a note starts with the next number (or a star). */
function parseNotes(lines: readonly string[], first: number): { notes: PageNote[]; carried: string[]; carriedFrom: number[] } {
  const notes: PageNote[] = [];
  const carried: string[] = [];
  const carriedFrom: number[] = [];
  lines.forEach((line, i) => {
    const start = DATE_LINE.test(line) ? null : (NOTE_START.exec(line) ?? RAISED_NOTE_START.exec(line));
    const last = notes.at(-1);
    const number = start?.[1]?.startsWith('*') ? 0 : RAISED_NOTE_START.test(line) ? raisedValue(start![1]!) : Number(start?.[1]);
    const opens = start?.[1] !== undefined && start[2] !== undefined && (last === undefined || number === last.number + 1 || (number === 0 && last.number === 0));
    if (opens && start?.[1] && start[2]) notes.push({ number, marker: start[1], lines: [start[2]], sources: [[first + i, line.length - start[2].length]] });
    else if (last) {
      last.lines.push(line);
      last.sources.push([first + i, 0]);
    } else {
      carried.push(line);
      carriedFrom.push(first + i);
    }
  });
  return { notes, carried, carriedFrom };
}

/**
 * Splits one page (furniture already out) into body and footnotes. Below a rule the foot area
 * is certain; without one, the notes are the longest run at the foot of the page whose numbers
 * follow the document's count (`next`) and whose markers stand in the body above.
 */
export function splitPageFootnotes(lines: readonly string[], next: number): PageParts {
  const rule = lines.findLastIndex((l) => SEPARATOR.test(l));
  if (rule >= 0) {
    const { notes, carried, carriedFrom } = parseNotes(lines.slice(rule + 1), rule + 1);
    return withMarkers({ body: lines.slice(0, rule), notes, carried, carriedFrom, separator: lines[rule] ?? null });
  }
  let best: PageParts | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
    const start = NOTE_START.exec(lines[i] ?? '');
    if (!start || DATE_LINE.test(lines[i] ?? '')) continue;
    const { notes } = parseNotes(lines.slice(i), i);
    const numbered = notes.filter((n) => n.number > 0);
    if (notes.some((n) => n.lines.length > MAX_NOTE_LINES)) break;
    if (numbered.length > 0 && numbered[0]?.number !== next) continue;
    const parts = withMarkers({ body: lines.slice(0, i), notes, carried: [], carriedFrom: [], separator: null });
    // One note may have its marker on the page before (the paragraph began there); more
    // uncited notes mean body text that happens to start with a number.
    const cited = parts.notes.filter((n) => n.number === 0 || parts.found.includes(n.number)).length;
    if (cited >= notes.length - 1) best = parts;
  }
  return best ?? { body: [...lines], notes: [], carried: [], carriedFrom: [], separator: null, found: [], bodyLines: lines.length, bodyEdits: [] };
}

function withMarkers(parts: Omit<PageParts, 'found' | 'bodyLines' | 'bodyEdits'>): PageParts {
  const numbers = parts.notes.map((n) => n.number).filter((n) => n > 0);
  // The layout-aware PDF reader writes raised markers as superscripts already: those are cited, and
  // their digits must not be looked for again among the plain numbers of the text ("eu 10 condamnations").
  const body = parts.body.join('\n');
  const raised = numbers.filter((n) => new RegExp(`(?<![⁰¹²³⁴⁵⁶⁷⁸⁹])${toSuperscript(n)}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])`).test(body));
  const { text, found, edits } = markFootnoteMarkers(body, numbers.filter((n) => !raised.includes(n)));
  return {
    ...parts,
    body: text.length > 0 ? text.split('\n') : [],
    found: [...found, ...raised].sort((a, b) => a - b),
    bodyLines: parts.body.length,
    bodyEdits: edits,
  };
}
