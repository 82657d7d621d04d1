import { applyTraced, type Edit, matchEdits, templateEdits, type TracedText } from './traced-text.ts';

// Typographic spaces of every width; a no-break space inside "1 352" becomes a plain space too.
// Unicode's line and paragraph separators inside a line are word gaps, as poppler reads them:
// the lines themselves are the layout's.
const SPACES = /[\u2028\u2029\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v]/g;
// Invisible characters PDF extraction leaves behind; a soft hyphen is only a line-break hint.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const RARE = /[\r\u2028\u2029\u00A0\u1680\u2000-\u200D\u202F\u205F\u3000\t\v\u2060\uFEFF\u00ADﬀ-ﬆ\u2010\u2011]/;
const LIGATURES: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };

export interface NormalizeOptions {
  keepTabs?: boolean;
  keepQuotes?: boolean;
}

/** The characters of a text in canonical form (see `normalizeTraced`), without the record of changes. */
export function normalizeCharacters(raw: string, options: NormalizeOptions = {}): string {
  return normalizeTraced({ text: raw, corrections: [] }, options).text;
}

const edit = (m: RegExpExecArray, after: string, rule?: string): Edit => ({ start: m.index, end: m.index + m[0].length, after, ...(rule ? { rule } : {}) });

/**
 * Puts characters in one canonical form: NFC, plain spaces, straight apostrophes, French
 * guillemets for double quotes. NFKC is not used because it would turn footnote superscripts
 * (¹ ²) into ordinary digits and glue them to the numbers they follow. Every character changed
 * is recorded as a correction; line breaks and the spaces between words are layout, not recorded.
 */
export function normalizeTraced(input: TracedText, options: NormalizeOptions = {}): TracedText {
  const keepTabs = options.keepTabs ?? false;
  let traced = composeNfc(input);
  // One scan tells whether any of the rarer characters below is there at all.
  if (RARE.test(traced.text)) {
    traced = applyTraced(traced, matchEdits(traced.text, /\r\n?/g, (m) => edit(m, '\n')));
    // A soft hyphen at the end of a line is left for joinLines, which joins the word it cuts.
    traced = applyTraced(traced, matchEdits(traced.text, INVISIBLE, (m) => (m[0] === '\u00AD' && traced.text[m.index + 1] === '\n' ? null : edit(m, '', 'invisible-character'))));
    // A PDF's table rows separate their cells with tabs (services/fetch/src/pdf/LAYOUT.md).
    traced = applyTraced(traced, matchEdits(traced.text, SPACES, (m) => (m[0] === '\t' ? (keepTabs ? null : edit(m, ' ')) : edit(m, ' ', 'space'))));
    traced = applyTraced(traced, matchEdits(traced.text, /[ﬀ-ﬆ]/g, (m) => edit(m, LIGATURES[m[0]] ?? m[0], 'ligature')));
    // PDFs set "COVID‑19" and "non‑governmental" with a non-breaking hyphen.
    traced = applyTraced(traced, matchEdits(traced.text, /[\u2010\u2011]/g, (m) => edit(m, '-', 'hyphen')));
  }
  // Guillemets and straight apostrophes are French typography: a text in another language keeps
  // its quotes and apostrophes as printed, and matching folds them where it matches.
  if (options.keepQuotes) return tidyLines(collapseSpaces(traced), keepTabs);
  traced = applyTraced(traced, matchEdits(traced.text, /[’‘‛`´′]/g, (m) => edit(m, "'", 'apostrophe')));
  // Curly double quotes pair reliably; straight ones only where they clearly open or close. Only
  // spaces go, never a line break: in a PDF the line after « may be a footnote.
  if (/[“„”]/.test(traced.text)) {
    traced = applyTraced(traced, matchEdits(traced.text, /[“„] */g, (m) => edit(m, '« ', 'quote')));
    // ` +x|x` finds what ` *x` finds, but lets the regex engine skip ahead to a space or the mark.
    traced = applyTraced(traced, matchEdits(traced.text, / +”|”/g, (m) => edit(m, ' »', 'quote')));
  }
  if (traced.text.includes('"')) traced = applyTraced(traced, templateEdits(traced.text, /(^|[\s([])" *([^"\n]+?) *"(?=[\s.,;:!?)\]]|$)/dgm, '$1« $2 »', 'quote'));
  traced = applyTraced(traced, matchEdits(traced.text, /« */g, (m) => (m[0] === '« ' ? null : edit(m, '« '))));
  traced = applyTraced(traced, closingGuillemetSpaces(traced.text));
  return tidyLines(collapseSpaces(traced), keepTabs);
}

/** The text in NFC; each composed stretch recorded. Composition never reaches back past an ASCII character. */
function composeNfc(input: TracedText): TracedText {
  const composed = input.text.normalize('NFC');
  if (composed === input.text) return input;
  const edits = matchEdits(input.text, /[\x00-\x7F]?[^\x00-\x7F]+/g, (m) => {
    const nfc = m[0].normalize('NFC');
    return nfc === m[0] ? null : edit(m, nfc, 'unicode-composition');
  });
  const traced = applyTraced(input, edits);
  // Should a stretch compose differently alone, the whole differing span is one correction.
  if (traced.text === composed) return traced;
  let head = 0;
  while (head < composed.length && composed[head] === input.text[head]) head++;
  let tail = 0;
  while (tail < composed.length - head && composed[composed.length - 1 - tail] === input.text[input.text.length - 1 - tail]) tail++;
  return applyTraced(input, [{ start: head, end: input.text.length - tail, after: composed.slice(head, composed.length - tail), rule: 'unicode-composition' }]);
}

function collapseSpaces(traced: TracedText): TracedText {
  return applyTraced(traced, matchEdits(traced.text, / {2,}/g, (m) => edit(m, ' ')));
}

/**
 * What `text.replace(/ *»/g, ' »')` changes, found without trying the pattern at every space of
 * the text: the spaces that directly precede each » (and follow the previous one) become one.
 */
function closingGuillemetSpaces(text: string): Edit[] {
  const edits: Edit[] = [];
  let last = 0;
  for (let at = text.indexOf('»'); at >= 0; at = text.indexOf('»', at + 1)) {
    let start = at;
    while (start > last && text.charCodeAt(start - 1) === 0x20) start--;
    if (at - start !== 1) edits.push({ start, end: at, after: ' ' });
    last = at + 1;
  }
  return edits;
}

const WHITESPACE = /\s/;

/** Whether the character at `i` is trimmed: any white space, or only a space on a table row. */
function blank(text: string, i: number, row: boolean): boolean {
  const c = text.charCodeAt(i);
  if (row || (c > 0x20 && c < 0x7f)) return c === 0x20;
  return WHITESPACE.test(text[i] ?? '');
}

/** Trims every line; a table row keeps its tabs, empty first cells included (spaces around them go). */
function tidyLines(traced: TracedText, keepTabs: boolean): TracedText {
  const { text } = traced;
  const edits: Edit[] = [];
  let start = 0;
  while (start <= text.length) {
    const found = text.indexOf('\n', start);
    const end = found < 0 ? text.length : found;
    const row = keepTabs && text.slice(start, end).includes('\t');
    let head = start;
    while (head < end && blank(text, head, row)) head++;
    let tail = end;
    while (tail > head && blank(text, tail - 1, row)) tail--;
    if (head > start) edits.push({ start, end: head, after: '' });
    if (row) edits.push(...matchEdits(text.slice(head, tail), / *\t */g, (m) => (m[0] === '\t' ? null : { start: head + m.index, end: head + m.index + m[0].length, after: '\t' })));
    if (tail < end) edits.push({ start: tail, end, after: '' });
    start = end + 1;
  }
  return applyTraced(traced, edits);
}
