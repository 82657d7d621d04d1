import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { describeOutline, ExtractionReport, SegmentedDocument } from '@palermo/contracts';
import type { ApiDeps } from '../api-deps.ts';
import { readAccess } from '../auth/require-auth.ts';
import { BadRequestError, NotFoundError } from '../errors/api-error.ts';
import { errorResponses } from '../errors/error.schema.ts';
import { DocumentsViewRepository, type DocumentSummaryRow } from '../repositories/documents-view.repository.ts';
import { DocumentParams, DocumentDetail, DocumentsQuery, DocumentsResponse, ParagraphParams, ParagraphResponse } from './documents.schema.ts';

function toSummary(row: DocumentSummaryRow) {
  return {
    id: row.id, source: row.source, mediaType: row.media_type, byteLength: row.byte_length, stage: row.stage, status: row.status,
    lastError: row.last_error, pipelineVersion: row.pipeline_version, createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(), symbol: row.symbol, date: row.date, title: row.title, facts: row.facts,
  };
}

/** GET /documents, /documents/:id and /documents/:id/paragraphs/:number. */
export function documentsRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  const view = new DocumentsViewRepository(deps.storage.db);

  /** The one document an id or id prefix names: 404 when none, 400 when several. */
  const resolve = async (ref: string): Promise<DocumentSummaryRow> => {
    const ids = await view.idsStartingWith(ref);
    if (ids.length === 0) throw new NotFoundError(`no document ${ref}`);
    if (ids.length > 1) throw new BadRequestError(`${ref} names ${ids.length}+ documents; give more characters of the id`, 'ambiguous_document');
    return (await view.get(ids[0]!))!;
  };

  return async (app) => {
    app.addHook('onRequest', readAccess(deps.config));

    app.get('/documents', {
      schema: { summary: 'Documents, with their stage and status', tags: ['documents'], querystring: DocumentsQuery, response: { 200: DocumentsResponse, ...errorResponses } },
    }, async (request) => ({ documents: (await view.list(request.query)).map(toSummary) }));

    app.get('/documents/:id', {
      schema: { summary: 'A document: metadata, outline with paragraph ranges, status, history', tags: ['documents'], params: DocumentParams, response: { 200: DocumentDetail, ...errorResponses } },
    }, async (request) => {
      const row = await resolve(request.params.id);
      const [segmented, extraction, sources, runs, editions] = await Promise.all([
        deps.storage.outputs.get(row.id, 'segment', SegmentedDocument),
        deps.storage.outputs.get(row.id, 'extract-figures', ExtractionReport),
        deps.storage.documents.sources(row.id),
        deps.storage.runs.forDocument(row.id),
        deps.storage.editions.others(row.id),
      ]);
      return {
        document: toSummary(row),
        sources,
        metadata: segmented?.metadata ?? null,
        outline: segmented ? describeOutline(segmented) : [],
        paragraphs: segmented?.paragraphs.length ?? 0,
        footnotes: segmented?.footnotes.length ?? 0,
        warnings: segmented?.warnings ?? [],
        tables: segmented?.tables ?? [],
        blocks: segmented?.blocks ?? [],
        extraction: extraction && { facts: extraction.facts, warnings: extraction.warnings, errors: extraction.errors },
        history: runs.map((run) => ({ stage: run.stage, jobId: run.jobId, attempt: run.attempt, outcome: run.outcome, error: run.error, durationMs: run.durationMs, finishedAt: new Date(run.finishedAt).toISOString() })),
        editions: editions.map((e) => ({ id: e.documentId, language: e.language, symbol: e.symbol, source: e.source })),
      };
    });

    app.get('/documents/:id/paragraphs/:number', {
      schema: { summary: 'One paragraph with its facts and footnotes', tags: ['documents'], params: ParagraphParams, response: { 200: ParagraphResponse, ...errorResponses } },
    }, async (request) => {
      const row = await resolve(request.params.id);
      const paragraph = await view.paragraph(row.id, request.params.number);
      if (!paragraph) throw new NotFoundError(`document ${row.id.slice(0, 12)} has no paragraph ${request.params.number}`);
      const [footnotes, neighbours, facts] = await Promise.all([
        view.footnotes(row.id, { paragraphIdx: paragraph.idx }),
        view.neighbours(row.id, paragraph.idx),
        deps.storage.facts.list({ document: row.id }),
      ]);
      return {
        document: { id: row.id, source: row.source, symbol: row.symbol, date: row.date, title: row.title },
        paragraph: {
          index: paragraph.idx, number: paragraph.number, numbered: paragraph.numbered,
          section: paragraph.section_id ? { id: paragraph.section_id, title: paragraph.section_title } : null,
          text: paragraph.text, start: paragraph.start_offset, end: paragraph.end_offset, ...neighbours,
        },
        footnotes: footnotes.map(({ number, marker, text }) => ({ number, marker, text })),
        facts: facts.filter((fact) => fact.paragraph === paragraph.number),
      };
    });
  };
}
