import type { Correction } from '@palermo/contracts';
import { CAPTION_NUMBER, FOOTNOTE_LINE, LETTER_HEADING, PARAGRAPH_NUMBER, ROMAN_HEADING, SECTION_PARAGRAPH, SUB_ITEM, endsSentence } from './block-starts.ts';
import type { FrenchLexicon } from './french-lexicon.ts';
import { joinPieces, lineStarts, literal, type Piece, slicePiece, sourcePiece } from './traced-text.ts';
import { linePair } from './font-size-breaks.ts';
import { continuesPdfLine, mayEndParagraph } from './pdf-line-breaks.ts';

interface Layout {
  /** True when the text was hard-wrapped at a fixed width (OCR, PDF), false when one line is one paragraph. */
  wrapped: boolean;
  width: number;
}

function measureLayout(lines: readonly string[], pdf: boolean): Layout {
  // A PDF's footnotes come as one long line each; only the printed lines tell the width.
  const lengths = lines.map((l) => l.length).filter((n) => n > 0 && (!pdf || n <= 160)).sort((a, b) => a - b);
  if (lengths.length === 0) return { wrapped: pdf, width: 0 };
  if (pdf) return { wrapped: true, width: lengths[Math.floor(lengths.length * 0.9)] ?? 0 };
  const midRange = lengths.filter((n) => n >= 40 && n <= 130).length;
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  return { wrapped: midRange / lengths.length >= 0.6, width };
}

/**
 * Joins hard-wrapped lines into paragraphs separated by one blank line. A line break is kept
 * where a new paragraph, sub-item, heading or footnote starts; end-of-line hyphens are removed
 * only where the lexicon knows the joined word. Text from a PDF (`pdf`) has no blank lines
 * between paragraphs: a short line or a new preambular clause ends one there, and so does a
 * change of font size (`sizeBreaks`); a line at the left margin (`flushLines`) opens no clause.
 */
export function joinLines(
  text: string,
  lexicon: FrenchLexicon,
  options: { pdf?: boolean; sizeBreaks?: ReadonlySet<string>; flushLines?: ReadonlySet<string> } = {},
): { text: string; corrections: Correction[]; piece: Piece } {
  const pdf = options.pdf ?? false;
  // Lines of a PDF set in different font sizes (see font-size-breaks.ts) are never one block.
  const sizeBreak = (previous: string, line: string): boolean => (options.sizeBreaks?.size ?? 0) > 0 && (options.sizeBreaks?.has(linePair(previous, line)) ?? false);
  const lines = text.split('\n');
  // Where each line starts in `text`, and the pieces of the block being built (see traced-text.ts).
  const starts = lineStarts(lines);
  const blockPieces: Piece[] = [];
  let pieces: Piece[] = [];
  const from = (i: number, raw: string, content: string): Piece => {
    const at = (starts[i] ?? 0) + raw.indexOf(content);
    return sourcePiece(text, at, at + content.length);
  };
  const layout = measureLayout(lines, pdf);
  const blocks: string[] = [];
  const corrections: Correction[] = [];
  let current = '';
  let lastLine = '';
  let blankSince = false;
  let lastParagraph = 0;
  let lastSectionParagraph = { section: '', n: 0 }; // a fascicle's "24.8", within section 24
  let offset = 0; // length of blocks already emitted, with their separators

  const flush = (): void => {
    if (current.length === 0) return;
    blocks.push(current);
    blockPieces.push(joinPieces(pieces));
    pieces = [];
    offset += current.length + 2;
    current = '';
  };

  const opensBlock = (line: string, afterBlank: boolean): boolean => {
    const numbered = PARAGRAPH_NUMBER.exec(line);
    if (numbered) {
      const n = Number(numbered[1]);
      const comma = numbered[2] === ',';
      // Inside a wrapped block a number at line start is often just a number ("2011, en marge");
      // accept it as a paragraph only where the numbering expects it.
      const expected = n === lastParagraph + 1 || (!comma && n === lastParagraph + 2);
      if (expected || (afterBlank && !comma)) {
        // In a PDF a sub-part heading ("1. Prévention") must not reset the paragraph count.
        if (!pdf || n > lastParagraph) lastParagraph = n;
        return true;
      }
    }
    // A fascicle's "24.9" after "24.8" opens a paragraph even where the line before ran to the margin.
    const sectioned = pdf ? SECTION_PARAGRAPH.exec(line) : null;
    if (sectioned) {
      const at = { section: sectioned[1] ?? '', n: Number(sectioned[2]) };
      const next = at.section === lastSectionParagraph.section && at.n === lastSectionParagraph.n + 1;
      if (next || afterBlank) {
        lastSectionParagraph = at;
        return true;
      }
    }
    // "Figure 17.I" opens its caption even after a page break that left the paragraph before it unjoined.
    return (
      SUB_ITEM.test(line) || FOOTNOTE_LINE.test(line) || ROMAN_HEADING.test(line) || LETTER_HEADING.test(line) || (pdf && CAPTION_NUMBER.test(line))
    );
  };

  let table = false; // whether `current` is a table: rows of tab-separated cells, one a line
  for (const [i, raw] of lines.entries()) {
    // A PDF table row stays a row of its own, in one block with the rows around it.
    if (pdf && raw.includes('\t')) {
      if (!table) flush();
      const row = raw.replace(/^ +| +$/g, '');
      if (current.length > 0) pieces.push(literal('\n'));
      pieces.push(from(i, raw, row));
      current = current.length > 0 ? `${current}\n${row}` : row;
      table = true;
      lastLine = raw.trim();
      blankSince = false;
      continue;
    }
    if (table) {
      flush();
      table = false;
    }
    const line = raw.trim();
    if (line.length === 0) {
      blankSince = current.length > 0 || blankSince;
      continue;
    }
    if (current.length === 0) {
      opensBlock(line, true);
      current = line;
      pieces = [from(i, raw, line)];
      lastLine = line;
      blankSince = false;
      continue;
    }
    // In a PDF a paragraph number is believed where the line before could end a paragraph.
    const startsBlock = opensBlock(line, blankSince || (pdf && mayEndParagraph(lastLine, layout.width)));
    const next = lines.slice(i + 1, i + 3).find((l) => l.trim().length > 0)?.trim();
    const continues =
      !startsBlock && !sizeBreak(lastLine, line) && (pdf && !blankSince ? continuesPdfLine(lastLine, line, next, layout.width, options.flushLines?.has(line) ?? false) : shouldJoin(lastLine, line, blankSince, layout));
    if (!continues) {
      flush();
      current = line;
      pieces = [from(i, raw, line)];
    } else if (current.endsWith('\u00AD') && /^\p{L}/u.test(line)) {
      // A soft hyphen printed at the end of a line cuts a word there: the word is whole again.
      corrections.push({ offset: offset + current.length - 1, before: '\u00AD', after: '', rule: 'invisible-character' });
      current = current.slice(0, -1) + line;
      pieces = [...withoutLastCharacter(pieces), from(i, raw, line)];
    } else {
      const hyphen = lineEndHyphen(current);
      const firstWord = /^\p{L}+/u.exec(line)?.[0];
      if (hyphen?.[1] && firstWord && /^\p{Ll}/u.test(firstWord)) {
        const joined = hyphen[1] + firstWord;
        const compound = `${hyphen[1]}-${firstWord}`;
        if (lexicon.knows(joined) && !lexicon.knowsExactly(compound)) {
          corrections.push({ offset: offset + current.length - hyphen[0].length, before: `${compound}`, after: joined, rule: 'dehyphenate' });
          current = current.slice(0, -1) + line;
          pieces = [...withoutLastCharacter(pieces), from(i, raw, line)];
        } else {
          current += line;
          pieces.push(from(i, raw, line));
        }
      } else {
        // In a PDF, "A/70/386-", "2011-" and "CTOC/" run on without a space, and a line may begin
        // with the comma or stop that closes the previous one ("2016⁶" / ", l'Office").
        // A range of years cut after its dash ("2021–" / "2030") is one word too.
        const range = pdf && /\d–$/.test(current.slice(-2)) && /^\d/.test(line);
        const glued = endsWithLetterHyphen(current) || range || (pdf && (/\d-$|\/$/.test(current.slice(-2)) || /^[,.)]/.test(line)));
        current += glued ? line : ` ${line}`;
        pieces.push(...(glued ? [] : [literal(' ')]), from(i, raw, line));
      }
    }
    lastLine = line;
    blankSince = false;
  }
  flush();
  return { text: blocks.join('\n\n'), corrections, piece: joinPieces(blockPieces, '\n\n') };
}

/** The pieces without the last character of the last of them that has any. */
function withoutLastCharacter(pieces: readonly Piece[]): Piece[] {
  const last = pieces.findLastIndex((p) => p.text.length > 0);
  if (last < 0) return [...pieces];
  const piece = pieces[last] ?? literal('');
  return [...pieces.slice(0, last), slicePiece(piece, 0, piece.text.length - 1), ...pieces.slice(last + 1)];
}

// A pattern anchored at the end of a string is tried at every position of it by the regex engine:
// on a paragraph that grows line by line that made joining quadratic. Only the end is looked at.
const TAIL = 64;

/** The word cut by a hyphen at the end of `text` ("traf-"), as `/(\p{L}+)-$/u` finds it. */
function lineEndHyphen(text: string): RegExpExecArray | null {
  if (!text.endsWith('-')) return null;
  const tail = text.slice(-TAIL);
  const found = /(\p{L}+)-$/u.exec(tail);
  // A word that may run on before the tail (a cut surrogate pair reads as one more character).
  return found && found.index <= 1 && tail.length < text.length ? /(\p{L}+)-$/u.exec(text) : found;
}

/** Whether `text` ends with a letter and a hyphen. */
function endsWithLetterHyphen(text: string): boolean {
  return text.endsWith('-') && /\p{L}-$/u.test(text.slice(-3));
}

function shouldJoin(previous: string, line: string, afterBlank: boolean, layout: Layout): boolean {
  const continuesWord = /^\p{Ll}/u.test(line);
  const openEnded = !endsSentence(previous);
  const full = previous.length >= layout.width * 0.7;
  // A hyphen at the end of a line always announces the rest of the word or compound.
  if (endsWithLetterHyphen(previous) || previous.endsWith('\u00AD')) return true;
  if (!afterBlank) {
    if (layout.wrapped) return !(endsSentence(previous) && !full) && !(FOOTNOTE_LINE.test(previous) && endsSentence(previous));
    return openEnded && continuesWord;
  }
  // A blank line inside a sentence is a page break or an OCR artefact, not a paragraph end.
  if (openEnded && continuesWord) return true;
  return layout.wrapped && openEnded && full && !/^\p{Lu}[\p{Ll}\s]+$/u.test(line);
}

