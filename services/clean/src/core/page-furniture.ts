import { furnitureReason, isSymbolToken, shape } from './remove-furniture.ts';

/** Why each line of each page is furniture (null when it is not), page by page. */
export type FurnitureMarks = (string | null)[][];

// Lines this close to the top or the bottom of a page are where running headers and footers sit.
const EDGE = 3;

/**
 * The running line's shape with its symbol put first, so that the even-page header
 * ("A/RES/80/228 Improving…") and the odd-page one ("Improving… A/RES/80/228") count as one.
 */
// A line's key is asked again on every round of the search below: it is worked out once.
const keys = new Map<string, string>();

function runningKey(line: string): string {
  let key = keys.get(line);
  if (key === undefined) {
    key = shapeOfRunningLine(line);
    if (keys.size >= 50_000) keys.clear();
    keys.set(line, key);
  }
  return key;
}

function shapeOfRunningLine(line: string): string {
  const tokens = line.split(' ');
  const last = tokens.at(-1) ?? '';
  if (tokens.length > 1 && isSymbolToken(last) && !isSymbolToken(tokens[0] ?? '')) tokens.unshift(...tokens.splice(-1));
  return shape(tokens.join(' '));
}

// The caption of a table or figure ("Table 17.5", "Figure 17.VI"): its number changes from one to
// the next, so captions share a shape on many pages and one may sit at a page's top, yet each is
// the document's own.
const CAPTION = /^(?:Table|Tableau|Figure|Graphique|Chart|Box|Encadré)\s+[\dA-Z]+(?:\.[\dA-Z]+)*[a-z]?$/;

function isRunningCandidate(line: string): boolean {
  // Body lines of a paragraph end with a comma or a stop, and numbered ones are paragraphs; the
  // rule above the footnotes recurs too, but it belongs to the notes.
  return line.length >= 3 && line.length <= 160 && !/[.:;,]$/.test(line) && !/^\d{1,3}[.,]\s/.test(line) && /[\p{L}\d]/u.test(line) && !CAPTION.test(line);
}

const hasSymbol = (line: string): boolean => line.split(' ').some(isSymbolToken);

/**
 * Finds the furniture of a PDF's pages: lines that are furniture by pattern (symbols, job
 * numbers, barcodes; a bare page number only near an edge), and lines that recur, digits aside,
 * on most pages (at least three and 30 %) near an edge, next to other furniture or beside a
 * symbol, as running headers and footers do even without a digit.
 */
export function findPageFurniture(pages: readonly (readonly string[])[]): FurnitureMarks {
  const seen = new Map<string, Set<number>>();
  pages.forEach((lines, page) => {
    for (const line of lines) {
      if (!isRunningCandidate(line)) continue;
      const key = runningKey(line);
      seen.set(key, (seen.get(key) ?? new Set()).add(page));
    }
  });
  const needed = Math.max(3, Math.ceil(pages.length * 0.3));
  const repeated = new Set([...seen].filter(([, where]) => where.size >= needed).map(([key]) => key));

  const own = ownSymbol(pages[0] ?? []);
  // The first page's heading (symbol, agenda, title), where the running header's title comes from.
  const masthead = ` ${(pages[0] ?? []).slice(0, 30).join(' ').replace(/\s+/g, ' ')} `;
  return pages.map((lines) => {
    const edge = (i: number): boolean => i < EDGE || i >= lines.length - EDGE;
    const marks: (string | null)[] = lines.map((line, i) => {
      const reason = furnitureReason(line);
      // A lone number inside the page is a figure of the text (a table cell), not a page number.
      return reason === 'page number' && !edge(i) ? null : reason;
    });
    // A running line is trusted at an edge, beside a symbol, or next to furniture already found
    // (a header that wraps onto a second line, a title printed just above the symbol).
    let grew = true;
    while (grew) {
      grew = false;
      lines.forEach((line, i) => {
        if (marks[i] !== null || !isRunningCandidate(line) || !repeated.has(runningKey(line))) return;
        const nextToFurniture = (marks[i - 1] ?? null) !== null || (marks[i + 1] ?? null) !== null;
        if (edge(i) || hasSymbol(line) || nextToFurniture) {
          marks[i] = 'repeated on several pages';
          grew = true;
        }
      });
    }
    return marks;
  }).map((marks, page) => (page === 0 ? marks : markTitleHeader(pages[page] ?? [], marks, own, masthead)));
}

// How far from the top (or bottom) of a page a running header with the title may reach.
const HEADER_REACH = 6;

/** The document's own symbol, printed at the top of its first page ("United Nations A/RES/80/60"). */
function ownSymbol(first: readonly string[]): string | null {
  for (const line of first.slice(0, 5)) {
    const symbol = line.split(' ').find(isSymbolToken);
    if (symbol) return symbol.replace(/\*+$/, '');
  }
  return null;
}

/**
 * Marks the running header of a page that carries the document's symbol and its title, cut over
 * lines at will ("United Nations Regional Centre for Peace and Disarmament" / "in Africa
 * A/RES/80/60"): on a two- or three-page resolution it repeats too little to be found by
 * repetition. A line of it holds the symbol, or is a piece of the first page's heading.
 */
function markTitleHeader(lines: readonly string[], marks: (string | null)[], own: string | null, masthead: string): (string | null)[] {
  if (own === null) return marks;
  const out = [...marks];
  const hasOwn = (line: string): boolean => line.split(' ').some((t) => t.replace(/\*+$/, '') === own);
  const withoutOwn = (line: string): string => line.split(' ').filter((t) => t.replace(/\*+$/, '') !== own).join(' ');
  const inMasthead = (text: string): boolean => text.length >= 3 && masthead.includes(` ${text} `);
  // A body line ends with a punctuation mark; a title wrapped in the header may break after a
  // comma ("…from Abkhazia," / "Georgia, and the Tskhinvali region…"), the two lines then
  // making one piece of the heading.
  const titlePiece = (i: number): boolean => {
    const line = lines[i] ?? '';
    if (line.length > 120) return false;
    if (!/[.:;,]$/.test(line)) return inMasthead(withoutOwn(line));
    const next = lines[i + 1] ?? '';
    return line.endsWith(',') && next.length <= 120 && !/[.:;,]$/.test(next) && inMasthead(`${withoutOwn(line)} ${withoutOwn(next)}`);
  };
  for (const order of [lines.map((_, i) => i), lines.map((_, i) => lines.length - 1 - i)]) {
    const run: number[] = [];
    let anchored = false;
    for (const i of order.slice(0, HEADER_REACH)) {
      const line = lines[i] ?? '';
      if (out[i] !== null) {
        anchored ||= hasOwn(line) || /running header|job number/.test(out[i] ?? '');
        continue;
      }
      if (hasOwn(line) && line.length <= 160) {
        out[i] = 'running header (document symbol)';
        anchored = true;
      } else if (titlePiece(i)) run.push(i);
      else break;
    }
    if (anchored) for (const i of run) out[i] = 'running header (title)';
  }
  return out;
}
