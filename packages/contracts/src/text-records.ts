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
});
export type SegmentedDocument = z.infer<typeof SegmentedDocument>;

/** Output of the fetch stage: the text read from the raw bytes, pages separated by `\f`. */
export const FetchedText = z.object({
  mediaType: MediaType,
  text: z.string(),
  pageCount: z.number().int().nullable(),
  // How text bytes were decoded, and how many NUL characters were removed (never stored).
  encoding: z.string().optional(),
  nulRemoved: z.number().int().nonnegative().optional(),
});
export type FetchedText = z.infer<typeof FetchedText>;
