import { z } from 'zod';

/** How the fetch stage read the bytes. */
export const MediaType = z.enum(['text/plain', 'text/markdown', 'text/html', 'application/pdf']);
export type MediaType = z.infer<typeof MediaType>;

/** One change the cleaner made, at `offset` in the cleaned text, so a person can audit it. */
export const Correction = z.object({
  offset: z.number().int().nonnegative(),
  before: z.string(),
  after: z.string(),
  rule: z.string(),
});
export type Correction = z.infer<typeof Correction>;

/** A line of page furniture (running header, footer, job number, page number) the cleaner dropped. */
export const RemovedLine = z.object({
  line: z.string(),
  reason: z.string(),
  page: z.number().int().nullable(),
});
export type RemovedLine = z.infer<typeof RemovedLine>;

/** Output of the clean stage. Pages of the raw text are separated by form feeds (`\f`). */
export const CleanedText = z.object({
  text: z.string(),
  corrections: z.array(Correction),
  removed: z.array(RemovedLine),
});
export type CleanedText = z.infer<typeof CleanedText>;

/** What the header block or running header says about the report. */
export const DocumentMetadata = z.object({
  symbol: z.string().nullable(),
  organ: z.string().nullable(),
  date: z.string().nullable(), // ISO yyyy-mm-dd
  session: z.string().nullable(),
  agendaItem: z.string().nullable(),
  title: z.string().nullable(),
  language: z.string(),
  // Added for real UN layout; optional so that outputs stored before them still parse.
  sessionNumber: z.number().int().positive().nullable().optional(), // 78 for "Seventy-eighth session"
  documentType: z.string().nullable().optional(), // "resolution", "draft resolution", "draft decision"...
  sponsors: z.string().nullable().optional(), // the sponsor line of a draft, as printed ("Iraq")
});
export type DocumentMetadata = z.infer<typeof DocumentMetadata>;

export const Section = z.object({
  id: z.string(), // "II", "II.A"
  number: z.string(), // "II" or "A"
  level: z.number().int().min(1),
  title: z.string(),
  parentId: z.string().nullable(),
});
export type Section = z.infer<typeof Section>;

export const FootnoteRef = z.object({
  marker: z.string(),
  footnote: z.number().int(),
  offset: z.number().int().nonnegative(), // in SegmentedDocument.text
});
export type FootnoteRef = z.infer<typeof FootnoteRef>;

export const Paragraph = z.object({
  index: z.number().int().nonnegative(), // position in the document, from 0
  number: z.number().int().nullable(), // the printed number, or the position (from 1) when `numbered` is false
  numbered: z.boolean(), // false when the document numbers no paragraphs and `number` is positional
  label: z.string().nullable().optional(), // the number as printed: "16.1" (then `number` is 1), "26"
  role: z.enum(['preamble', 'operative']).nullable().optional(), // in a resolution or a draft
  sectionId: z.string().nullable(),
  text: z.string(),
  start: z.number().int().nonnegative(), // [start, end) in SegmentedDocument.text
  end: z.number().int().nonnegative(),
  footnoteRefs: z.array(FootnoteRef),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const Footnote = z.object({
  number: z.number().int(),
  marker: z.string(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  paragraphIndex: z.number().int().nullable(),
});
export type Footnote = z.infer<typeof Footnote>;

/** One cell per column, as the page sets them side by side. */
export const TableRow = z.array(z.string());
export type TableRow = z.infer<typeof TableRow>;

/** A table of the document (budget, deliverables, resources), kept apart from the paragraphs. */
export const DocumentTable = z.object({
  index: z.number().int().nonnegative(),
  title: z.string().nullable(), // "Table 17.1 Cross-cutting deliverables…", when printed
  sectionId: z.string().nullable(), // the part it sits in
  page: z.number().int().positive().nullable(),
  rows: z.array(TableRow),
});
export type DocumentTable = z.infer<typeof DocumentTable>;

/**
 * A line that is neither paragraph nor heading: the meeting that adopted a resolution and its
 * date, the sponsor line and kind of a draft ("Iraq: draft resolution").
 */
export const DocumentBlock = z.object({
  kind: z.enum(['closing', 'sponsors', 'document-type']),
  text: z.string(),
  sectionId: z.string().nullable(),
});
export type DocumentBlock = z.infer<typeof DocumentBlock>;

/**
 * Output of the segment stage. `text` is the document's reading text: paragraphs in order,
 * separated by blank lines, then footnotes; every offset (paragraphs, footnotes, fact spans)
 * points into it.
 */
export const SegmentedDocument = z.object({
  text: z.string(),
  metadata: DocumentMetadata,
  sections: z.array(Section),
  paragraphs: z.array(Paragraph),
  footnotes: z.array(Footnote),
  warnings: z.array(z.string()),
  tables: z.array(DocumentTable).optional(), // absent in outputs stored before tables were read
  blocks: z.array(DocumentBlock).optional(),
});
export type SegmentedDocument = z.infer<typeof SegmentedDocument>;

/**
 * What a PDF page says about one line of the fetched text (see services/fetch/src/pdf/LAYOUT.md):
 * whether it is prose, a table row (cells separated by `\t`) or a chart label, and where it sits.
 * Positions are in PDF points from the page's top left; `y` is the baseline; `indent` is `x`
 * minus the page's body left margin (negative for a hanging paragraph number).
 */
export const PdfLayoutLine = z.object({
  kind: z.enum(['text', 'table', 'chart']),
  fontSize: z.number(),
  x: z.number(),
  y: z.number().optional(),
  width: z.number().optional(),
  indent: z.number().optional(),
  bold: z.boolean().optional(),
});
export type PdfLayoutLine = z.infer<typeof PdfLayoutLine>;

/** Per page (the text's `\f`-separated parts), one entry per line (the `\n`-separated lines). */
export const PdfLayout = z.object({
  pages: z.array(z.object({ lines: z.array(PdfLayoutLine) })),
});
export type PdfLayout = z.infer<typeof PdfLayout>;

/** Output of the fetch stage: the text read from the raw bytes, pages separated by `\f`. */
export const FetchedText = z.object({
  mediaType: MediaType,
  text: z.string(),
  pageCount: z.number().int().nullable(),
  layout: PdfLayout.optional(), // PDFs only: aligned with the lines of `text`
  corrections: z.array(Correction).optional(), // characters the reader had to change (control characters), offsets in `text`
  // How text bytes were decoded, and how many NUL characters were removed (never stored).
  encoding: z.string().optional(),
  nulRemoved: z.number().int().nonnegative().optional(),
});
export type FetchedText = z.infer<typeof FetchedText>;
