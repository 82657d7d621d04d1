import type { CleanedText, MediaType, PdfLayout, RemovedLine } from '@palermo/contracts';
import { frenchLexicon } from './french-lexicon.ts';
import { joinLines } from './join-lines.ts';
import { lexiconCoverage } from './lexicon-coverage.ts';
import { normalizeCharacters } from './normalize-characters.ts';
import { repairOcr } from './ocr-repair.ts';
import { readPdfPages } from './pdf-pages.ts';
import { removeFurniture } from './remove-furniture.ts';
import { stripMarkdown } from './strip-markdown.ts';
import { keepTableTabs } from './table-rows.ts';

// Share of lowercase words the French lexicon does not know above which a text is not French:
// the French seeds stay under 2 % (the OCR-damaged one at 4 %), an English resolution is near 77 %.
const NOT_FRENCH = 0.3;

export interface CleanTextOptions {
  mediaType?: MediaType;
  /** The fetch stage's layout of a PDF's lines: chart labels are told apart by it. */
  layout?: PdfLayout;
}

/** Takes the labels of charts (axis numbers, bar values) out of a PDF's pages, recording each. */
function dropChartLabels(raw: string, layout: PdfLayout | undefined): { text: string; removed: RemovedLine[] } {
  if (!layout) return { text: raw, removed: [] };
  const removed: RemovedLine[] = [];
  const pages = raw.split('\f').map((page, p) =>
    page
      .split('\n')
      .filter((line, l) => {
        const chart = layout.pages[p]?.lines[l]?.kind === 'chart';
        if (chart && line.trim().length > 0) removed.push({ line: line.trim(), reason: 'chart label', page: p + 1 });
        return !chart;
      })
      .join('\n'),
  );
  return { text: pages.join('\f'), removed };
}

/**
 * Turns raw extracted text into clean prose: one blank line between paragraphs, page furniture
 * removed, Markdown stripped, OCR damage to French text repaired; every removal and repair is listed so a person
 * can audit it. Offsets of corrections point into the returned text. From a PDF, each page's
 * footnotes are laid after the body as "¹ text" blocks, their markers as superscripts.
 */
export function cleanText(raw: string, options: CleanTextOptions = {}): CleanedText {
  const lexicon = frenchLexicon();
  const pdf = options.mediaType === 'application/pdf';
  // Pages are normalised one by one: trimming lines must not eat the form feeds between them.
  const charts = pdf ? dropChartLabels(raw, options.layout) : { text: raw, removed: [] };
  // Quotes are set the French way only in a French text; the language is told on a first reading.
  const firstReading = normalizeCharacters(charts.text);
  const keepQuotes = lexiconCoverage(firstReading, lexicon, { lowercaseOnly: true }).unknownShare >= NOT_FRENCH;
  // A French text of one page with nothing to drop is normalised just as on the first reading.
  const sameAsFirst = !pdf && !keepQuotes && !/[\u0000\f]/.test(charts.text);
  let text = sameAsFirst
    ? firstReading
    : charts.text
        .replace(/\u0000/g, '')
        .split('\f')
        .map((page) => (pdf ? keepTableTabs(normalizeCharacters(page, { keepTabs: true, keepQuotes })) : normalizeCharacters(page, { keepQuotes })))
        .join('\f');
  if (!pdf) text = normalizeCharacters(stripMarkdown(text), { keepQuotes });
  const furniture = pdf ? readPdfPages(text) : removeFurniture(text);
  const joined = joinLines(furniture.text, lexicon, { pdf });
  // The repairs are French ones: on a report in another language they would only do harm.
  const french = lexiconCoverage(joined.text, lexicon, { lowercaseOnly: true }).unknownShare < NOT_FRENCH;
  const repaired = french ? repairOcr(joined.text, lexicon, joined.corrections) : joined;
  return { text: repaired.text.trim(), corrections: repaired.corrections, removed: [...charts.removed, ...furniture.removed] };
}
