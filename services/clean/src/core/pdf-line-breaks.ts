import { CLOSING_LINE, LETTER_HEADING, PARAGRAPH_NUMBER, PREAMBLE_OPENER, ROMAN_HEADING, SUB_ITEM, endsSentence } from './block-starts.ts';

/** A line of PDF text without the footnote markers that may close it ("persons.²³"). */
export const withoutMarkers = (line: string): string => (SUPERSCRIPT_DIGIT.test(line.slice(-1)) ? line.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/, '') : line);
const SUPERSCRIPT_DIGIT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/;

/** Whether a line runs (nearly) to the right margin of a text `width` characters wide. */
export function isFullLine(line: string, width: number, share = 0.75): boolean {
  return line.length >= width * share;
}

/** Whether the line before a paragraph number could end a paragraph, so the number opens one. */
export function mayEndParagraph(previous: string, width: number): boolean {
  return !isFullLine(previous, width) || endsSentence(withoutMarkers(previous));
}

const opensBlock = (line: string): boolean =>
  PARAGRAPH_NUMBER.test(line) || SUB_ITEM.test(line) || ROMAN_HEADING.test(line) || LETTER_HEADING.test(line);

/**
 * Whether a PDF line continues the one before. PDF text has no blank line between paragraphs,
 * and every line of a justified paragraph but its last runs to the margin: a short line ends a
 * paragraph, a heading or a header line, and a line of its own between a finished sentence and a
 * numbered paragraph is an unnumbered heading. A preambular clause ("Recalling…") after a comma
 * opens a new paragraph of a resolution, unless the line starts at the left margin (`flush`): a
 * clause's first line is indented, and "Production,\nStockpiling and Use" goes on with a title.
 */
export function continuesPdfLine(previous: string, line: string, next: string | undefined, width: number, flush = false): boolean {
  // The adopting meeting and its date close a resolution: never part of its last paragraph.
  if (CLOSING_LINE.test(line) || CLOSING_LINE.test(previous)) return false;
  if (/[\p{L}\d]-$|\/$|\u00AD$/u.test(previous) || /^[,.;:)\]]/.test(line)) return true; // \u00AD: a soft hyphen cuts a word
  const finished = endsSentence(withoutMarkers(previous));
  const alone = !endsSentence(withoutMarkers(line)) && /^\p{Lu}/u.test(line);
  if (finished && alone && (next === undefined || opensBlock(next))) return false;
  // A lowercase start goes on with the sentence, even after a short line (a title's second line),
  // and so does any line after one that stops on "of", "the", "entitled", "des": the first line
  // of a paragraph is indented, hence shorter than the others.
  if (/^\p{Ll}/u.test(line)) return true;
  const lastWord = lastLetters(previous);
  if (LINKING_WORDS.has(lastWord) && isFullLine(previous, width, 0.5)) return true;
  if (!isFullLine(previous, width)) return false;
  if (/[,;]$/.test(withoutMarkers(previous)) && PREAMBLE_OPENER.test(line) && !flush) return false;
  // A capital after a line a little short of the margin that ends on a common word starts a line
  // of its own (a title, then "Report of the Secretary-General"); justified lines vary less.
  return !(/^\p{Lu}/u.test(line) && /^\p{Ll}/u.test(lastWord) && !isFullLine(previous, width, 0.85));
}

/**
 * The letters that end a line (`/(\p{L}+)$/u`), looked for in its last characters only: a
 * pattern anchored at the end is tried from every position of the line.
 */
function lastLetters(line: string): string {
  const tail = line.slice(-40);
  const found = /(\p{L}+)$/u.exec(tail);
  // A run that may go on before the tail (a cut surrogate pair reads as one more character).
  if (found && found.index <= 1 && tail.length < line.length) return /(\p{L}+)$/u.exec(line)?.[1] ?? '';
  return found?.[1] ?? '';
}

// Words a sentence does not stop on, so the line after them goes on with it.
const LINKING_WORDS = new Set([
  'of', 'the', 'for', 'to', 'and', 'or', 'in', 'on', 'at', 'by', 'with', 'from', 'against', 'among', 'between', 'into', 'a', 'an',
  'its', 'their', 'entitled', 'as', 'under', 'within', 'through', 'including', 'de', 'des', 'du', 'la', 'le', 'les', 'et', 'ou',
  'à', 'au', 'aux', 'en', 'sur', 'par', 'pour', 'contre', 'dans', 'avec', 'entre', 'un', 'une', 'son', 'sa', 'ses', 'leur',
  'leurs', 'intitulé', 'intitulée', 'intitulés', 'intitulées', 'que', 'qui', 'dont',
]);
