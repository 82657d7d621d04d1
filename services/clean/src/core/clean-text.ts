import type { CleanedText, Correction, MediaType, PdfLayout, RemovedLine } from '@palermo/contracts';
import { flushLines, fontSizeBreaks } from './font-size-breaks.ts';
import { frenchLexicon } from './french-lexicon.ts';
import { joinLines } from './join-lines.ts';
import { lexiconCoverage } from './lexicon-coverage.ts';
import { normalizeTraced } from './normalize-characters.ts';
import { repairOcr } from './ocr-repair.ts';
import { readPdfPagesTraced } from './pdf-pages.ts';
import { keptLines, removeFurnitureTraced } from './remove-furniture.ts';
import { stripMarkdownTraced } from './strip-markdown.ts';
import { tableTabEdits } from './table-rows.ts';
import { mergeByOffset } from './text-edits.ts';
import { applyTraced, matchEdits, retrace, slicePiece, sourcePiece, type TracedText } from './traced-text.ts';

// Share of lowercase words the French lexicon does not know above which a text is not French:
// the French seeds stay under 2 % (the OCR-damaged one at 4 %), an English resolution is near 77 %.
const NOT_FRENCH = 0.3;

export interface CleanTextOptions {
  mediaType?: MediaType;
  /** The fetch stage's layout of a PDF's lines: chart labels are told apart by it. */
  layout?: PdfLayout;
  /** Changes the fetch stage made to the source's characters, offsets in `raw`: carried into the cleaned text. */
  corrections?: readonly Correction[];
}

/** Takes the labels of charts (axis numbers, bar values) out of a PDF's pages, recording each. */
function dropChartLabels(input: TracedText, layout: PdfLayout | undefined): { traced: TracedText; removed: RemovedLine[] } {
  if (!layout) return { traced: input, removed: [] };
  const removed: RemovedLine[] = [];
  const keep = (line: string, p: number, l: number): boolean => {
    const chart = layout.pages[p]?.lines[l]?.kind === 'chart';
    if (chart && line.trim().length > 0) removed.push({ line: line.trim(), reason: 'chart label', page: p + 1 });
    return !chart;
  };
  return { traced: retrace(input, keptLines(input.text, keep, '\f')), removed };
}

/** Each page (separated by form feeds) through `change`, its corrections with it. */
function perPage(input: TracedText, change: (page: TracedText) => TracedText): TracedText {
  const pages = input.text.split('\f');
  const texts: string[] = [];
  const corrections: Correction[] = [];
  let from = 0;
  let to = 0;
  let k = 0;
  for (const page of pages) {
    const end = from + page.length;
    const own: Correction[] = [];
    for (; k < input.corrections.length && (input.corrections[k]?.offset ?? 0) <= end; k++) {
      const c = input.corrections[k];
      if (c) own.push({ ...c, offset: Math.max(0, c.offset - from) });
    }
    const changed = change({ text: page, corrections: own });
    corrections.push(...changed.corrections.map((c) => ({ ...c, offset: c.offset + to })));
    texts.push(changed.text);
    from = end + 1;
    to += changed.text.length + 1;
  }
  return { text: texts.join('\f'), corrections };
}

const NUL = /\u0000/g;

/**
 * Turns raw extracted text into clean prose: one blank line between paragraphs, page furniture
 * removed, Markdown stripped, OCR damage to French text repaired; every removal and repair is listed so a person
 * can audit it, and so is every change to the source's characters (quotes, spaces, ligatures),
 * the fetch stage's included. Offsets of corrections point into the returned text. From a PDF, each page's
 * footnotes are laid after the body as "¹ text" blocks, their markers as superscripts.
 */
export function cleanText(raw: string, options: CleanTextOptions = {}): CleanedText {
  const lexicon = frenchLexicon();
  const pdf = options.mediaType === 'application/pdf';
  const source: TracedText = { text: raw, corrections: [...(options.corrections ?? [])].sort((a, b) => a.offset - b.offset) };
  // Pages are normalised one by one: trimming lines must not eat the form feeds between them.
  const charts = pdf ? dropChartLabels(source, options.layout) : { traced: source, removed: [] };
  // Quotes are set the French way only in a French text; the language is told on a first reading.
  const firstReading = normalizeTraced(charts.traced);
  const keepQuotes = lexiconCoverage(firstReading.text, lexicon, { lowercaseOnly: true }).unknownShare >= NOT_FRENCH;
  // A French text of one page with nothing to drop is normalised just as on the first reading.
  const sameAsFirst = !pdf && !keepQuotes && !/[\u0000\f]/.test(charts.traced.text);
  let traced = sameAsFirst
    ? firstReading
    : perPage(
        applyTraced(charts.traced, matchEdits(charts.traced.text, NUL, (m) => ({ start: m.index, end: m.index + 1, after: '', rule: 'control-character' }))),
        (page) => {
          if (!pdf) return normalizeTraced(page, { keepQuotes });
          const normalized = normalizeTraced(page, { keepTabs: true, keepQuotes });
          return applyTraced(normalized, tableTabEdits(normalized.text));
        },
      );
  if (!pdf) traced = normalizeTraced(stripMarkdownTraced(traced), { keepQuotes });
  const furniture = pdf ? readPdfPagesTraced(traced) : removeFurnitureTraced(traced);
  const joined = joinLines(furniture.traced.text, lexicon, {
    pdf,
    sizeBreaks: pdf ? fontSizeBreaks(raw, options.layout) : new Set(),
    flushLines: pdf ? flushLines(raw, options.layout) : new Set(),
  });
  const carried = retrace(furniture.traced, joined.piece).corrections;
  // The repairs are French ones: on a report in another language they would only do harm.
  const french = lexiconCoverage(joined.text, lexicon, { lowercaseOnly: true }).unknownShare < NOT_FRENCH;
  const earlier = mergeByOffset(carried, joined.corrections);
  const repaired = french ? repairOcr(joined.text, lexicon, earlier) : { text: joined.text, corrections: earlier };
  const head = repaired.text.length - repaired.text.trimStart().length;
  const trimmed = retrace(repaired, slicePiece(sourcePiece(repaired.text), head, head + repaired.text.trim().length));
  return { text: trimmed.text, corrections: trimmed.corrections, removed: [...charts.removed, ...furniture.removed] };
}
