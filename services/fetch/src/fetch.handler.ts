import { createHash } from 'node:crypto';
import { PIPELINE_VERSION, STAGE_VERSIONS, type FetchedText, type MediaType, type SourceRef } from '@palermo/contracts';
import { fileRoots, MissingInputError, type StageContext, type StageHandler } from '@palermo/pipeline';
import { sourceLabel, type StageDeps } from '@palermo/storage';
import { decodeText } from './core/decode-text.ts';
import { detectMediaType } from './core/detect-media-type.ts';
import { htmlToText } from './core/html-to-text.ts';
import { HtmlNestingError } from './core/html-depth.ts';
import { textFenceBreach, type TextFences } from './core/text-fences.ts';
import { EmptyDocumentError, NoTextError, TextLimitError, UnsupportedTypeError } from './errors.ts';
import { extractPdfText } from './pdf/extract-pdf-text.ts';
import { readFileSource } from './sources/read-file-source.ts';
import { readUrlSource } from './sources/read-url-source.ts';

// Text stored at this version is done; an older one is read again from the stored bytes.
const VERSION = STAGE_VERSIONS.fetch;

/** Reads one ingestion's source, stores its bytes once (keyed by SHA-256) and the text read from them. */
export function createFetchHandler({ storage, env }: StageDeps): StageHandler<'fetch'> {
  const roots = fileRoots(env);

  const readSource = (source: SourceRef): Promise<Uint8Array> =>
    source.type === 'file'
      ? readFileSource(source.path, roots, env.FETCH_MAX_BYTES, env.FETCH_TIMEOUT_MS)
      : readUrlSource(source.url, { timeoutMs: env.FETCH_TIMEOUT_MS, maxBytes: env.FETCH_MAX_BYTES, allowPrivate: env.FETCH_ALLOW_PRIVATE });
  const fences = { maxChars: env.TEXT_MAX_CHARS, maxLineChars: env.TEXT_MAX_LINE_CHARS };

  const readText = async (bytes: Uint8Array, mediaType: MediaType, label: string, documentId: string, log: StageContext['log']): Promise<FetchedText> => {
    if (mediaType === 'application/pdf') {
      const limits = {
        maxBytes: env.PDF_MAX_BYTES,
        maxPages: env.PDF_MAX_PAGES,
        timeoutMs: env.PDF_TIMEOUT_MS,
        maxMemoryMb: env.PDF_MAX_MEMORY_MB,
        processes: env.PDF_PARSER_PROCESSES,
        maxDocumentsPerProcess: env.PDF_PARSER_MAX_DOCUMENTS,
        engine: env.PDF_ENGINE,
      };
      const { notice, ...read } = await extractPdfText(bytes, limits, label, documentId);
      if (notice) log.warn({ documentId, source: label }, notice);
      const pdf = { mediaType, ...read };
      const breach = textFenceBreach(pdf.text, fences);
      if (breach) throw new TextLimitError(`${label}: ${breach}`, documentId);
      return pdf;
    }
    return readPlainText(bytes, mediaType, label, documentId, fences);
  };

  return async (payload, ctx) => {
    const ingestion = await storage.ingestions.get(payload.ingestionId);
    if (!ingestion) throw new MissingInputError(`ingestion ${payload.ingestionId} is not in storage`);
    const label = sourceLabel(ingestion.source);
    const prefetched = ingestion.contentSha256 ? await storage.documents.bytes(ingestion.contentSha256) : null;
    const bytes = prefetched ?? (await readSource(ingestion.source));
    if (bytes.byteLength === 0) throw new EmptyDocumentError(`${label}: the file is empty`);
    const mediaType = detectMediaType(bytes, label);
    if (!mediaType) throw new UnsupportedTypeError(`${label}: unsupported content (not text, Markdown, HTML or PDF)`);
    const documentId = createHash('sha256').update(bytes).digest('hex');

    await storage.documents.upsert({ id: documentId, bytes, mediaType, source: label, pipelineVersion: PIPELINE_VERSION });
    // Where the document goes from here is the routing table's and storage's business: a
    // document already read moves on if it waits at fetch, and stays where it is otherwise (a
    // failed one resumes through `palermo retry` or the sweep).
    if (await storage.outputs.isDone(documentId, 'fetch', VERSION)) {
      ctx.log.info({ documentId, source: label }, 'already stored');
      return { status: 'skipped', documentId };
    }

    const fetched = await readText(bytes, mediaType, label, documentId, ctx.log);
    if (fetched.nulRemoved) ctx.log.warn({ documentId, source: label, nulRemoved: fetched.nulRemoved }, 'NUL characters removed from the text');
    await storage.outputs.put(documentId, 'fetch', VERSION, fetched);
    return { status: 'done', documentId, counts: { bytes: bytes.byteLength, characters: fetched.text.length, nulRemoved: fetched.nulRemoved ?? 0 } };
  };
}

/**
 * Text, Markdown or HTML bytes as text, inside the fences. Reading is deterministic: whatever
 * fails here fails the same way on every attempt, so it fails permanently, naming the document.
 */
function readPlainText(bytes: Uint8Array, mediaType: MediaType, label: string, documentId: string, fences: TextFences): FetchedText {
  const decoded = decodeText(bytes);
  // HTML is fenced on its size before parsing (markup often comes on one long line) and on the
  // text's lines after; plain text and Markdown on both at once.
  const fence = (text: string, limits: TextFences): void => {
    const breach = textFenceBreach(text, limits);
    if (breach) throw new TextLimitError(`${label}: ${breach}`, documentId);
  };
  let text = decoded.text;
  if (mediaType === 'text/html') {
    fence(text, { ...fences, maxLineChars: Number.POSITIVE_INFINITY });
    try {
      text = htmlToText(text);
    } catch (error) {
      if (error instanceof HtmlNestingError) throw new TextLimitError(`${label}: ${error.message}, more than the limit of ${error.limit}; refused`, documentId);
      throw new TextLimitError(`${label}: the HTML could not be read (${(error as Error).message})`, documentId);
    }
  }
  fence(text, fences);
  if (text.trim().length === 0) throw new NoTextError(`${label}: no text in the document`, documentId);
  // The NULs' offsets point into the decoded text, which is the stored text unless HTML was
  // parsed out of it (the HTML parser ignores NULs in any case): only the count is kept then.
  const corrections = mediaType === 'text/html' || decoded.corrections.length === 0 ? {} : { corrections: decoded.corrections };
  return { mediaType, text, pageCount: null, encoding: decoded.encoding, nulRemoved: decoded.nulRemoved, ...corrections };
}

