// What a person reading a UN PDF's pages expects the reader to find in it. Written by hand from
// the pages (never from the product's output), one JSON file per document in expected/.
import { z } from 'zod';

/** One paragraph to find: its printed number (null for a preambular one) and its first words. */
export const ExpectedParagraph = z.object({
  n: z.string().nullable(),
  part: z.number().int().positive().optional(), // 1-based top-level part, when numbering restarts
  starts: z.string(),
  contains: z.string().optional(), // a later passage, such as a sub-item kept inside the paragraph
  ends: z.string().optional(), // its last words: nothing after them (a caption, a heading) was run into it
});
export type ExpectedParagraph = z.infer<typeof ExpectedParagraph>;

/** The kinds of document the evaluation prints scores for. */
export const DocumentKind = z.enum(['resolution-short', 'resolution-long', 'draft', 'fascicle']);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const ExpectedReading = z
  .object({
    file: z.string(),
    kind: DocumentKind,
    split: z.enum(['dev', 'heldout']),
    symbol: z.string(),
    date: z.string(),
    session: z.number().int(),
    agendaItem: z.string(),
    title: z.string().optional(),
    titleContains: z.array(z.string()).optional(),
    documentType: z.string().optional(),
    sponsors: z.string().optional(),
    parts: z.array(z.string()),
    highestParagraph: z.string(),
    preamble: z.number().int().nonnegative().optional(),
    paragraphs: z.array(ExpectedParagraph),
    footnotes: z.number().int().nonnegative(),
    tables: z.number().int().nonnegative(),
    tableCells: z.array(z.string()).optional(),
    tableRows: z.array(z.array(z.string())).optional(), // rows that must be read cell for cell, in order, in some table
    headings: z.array(z.string()).optional(), // headings printed in the body, each a section's whole title
    closing: z.string().optional(),
    verbatim: z.array(z.string()).optional(), // passages whose characters must be kept as printed
    absent: z.array(z.string()), // furniture that must appear in no paragraph, heading or footnote
  })
  .strict();
export type ExpectedReading = z.infer<typeof ExpectedReading>;
