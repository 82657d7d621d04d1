import { z } from 'zod';
import { DocumentBlock, DocumentStatus, DocumentTable, StageOrDone } from '@palermo/contracts';
import { FactOut } from './fact.schema.ts';
import { strictQuery } from './strict-query.ts';

/** A document id, or its first characters (at least 4): what people copy from a listing. */
export const DocumentRef = z.string().regex(/^[0-9a-f]{4,64}$/, 'a document id (64 hex characters) or its first characters (at least 4)');

export const DocumentParams = z.object({ id: DocumentRef });
export const ParagraphParams = z.object({ id: DocumentRef, number: z.coerce.number().int().min(0).max(1_000_000) });

export const DocumentsQuery = strictQuery({ status: DocumentStatus.optional(), stage: StageOrDone.optional() });

export const DocumentSummary = z
  .object({
    id: z.string(),
    source: z.string(),
    mediaType: z.string(),
    byteLength: z.number().int(),
    stage: z.string(),
    status: z.string(),
    lastError: z.string().nullable(),
    pipelineVersion: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    symbol: z.string().nullable(),
    date: z.string().nullable(),
    title: z.string().nullable(),
    facts: z.number().int(),
  })
  .meta({ id: 'DocumentSummary' });

export const DocumentsResponse = z.object({ documents: z.array(DocumentSummary) });

export const OutlineEntry = z.object({
  id: z.string(),
  level: z.number().int(),
  title: z.string(),
  firstParagraph: z.number().int().nullable(),
  lastParagraph: z.number().int().nullable(),
});

export const StageRun = z.object({
  stage: z.string(),
  jobId: z.string(),
  attempt: z.number().int(),
  outcome: z.string(),
  error: z.string().nullable(),
  durationMs: z.number().int(),
  finishedAt: z.string(),
});

export const DocumentDetail = z.object({
  document: DocumentSummary,
  sources: z.array(z.string()),
  metadata: z.record(z.string(), z.unknown()).nullable(),
  outline: z.array(OutlineEntry),
  paragraphs: z.number().int(),
  footnotes: z.number().int(),
  warnings: z.array(z.string()),
  tables: z.array(DocumentTable).describe('tables of the document, rows of cells, with the section they sit in'),
  blocks: z.array(DocumentBlock).describe('closing meeting lines and sponsor lines, kept out of the paragraphs'),
  extraction: z.object({
    facts: z.number().int(),
    warnings: z.array(z.string()),
    errors: z.array(z.object({ paragraph: z.number().int().nullable(), message: z.string() })),
  }).nullable().describe('what the extractor reported: a language it does not read, paragraphs it could not read'),
  history: z.array(StageRun),
  editions: z.array(z.object({ id: z.string(), language: z.string(), symbol: z.string(), source: z.string() })), // same symbol, other languages
});

export const FootnoteOut = z.object({ number: z.number().int(), marker: z.string(), text: z.string() });

export const ParagraphResponse = z.object({
  document: z.object({ id: z.string(), source: z.string(), symbol: z.string().nullable(), date: z.string().nullable(), title: z.string().nullable() }),
  paragraph: z.object({
    index: z.number().int(),
    number: z.number().int().nullable(),
    numbered: z.boolean(),
    section: z.object({ id: z.string(), title: z.string().nullable() }).nullable(),
    text: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    previous: z.number().int().nullable(),
    next: z.number().int().nullable(),
  }),
  footnotes: z.array(FootnoteOut),
  facts: z.array(FactOut).describe("the facts of this paragraph and of the footnotes it calls (footnote set)"),
});
