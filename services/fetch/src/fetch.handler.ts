import { createHash } from 'node:crypto';
import { PIPELINE_VERSION, STAGE_VERSIONS, type FetchedText, type MediaType, type SourceRef } from '@palermo/contracts';
import { fileRoots, MissingInputError, type StageHandler } from '@palermo/pipeline';
import { sourceLabel, type StageDeps } from '@palermo/storage';
import { decodeText } from './core/decode-text.ts';
import { detectMediaType } from './core/detect-media-type.ts';
import { htmlToText } from './core/html-to-text.ts';
import { EmptyDocumentError, NoTextError, UnsupportedTypeError } from './errors.ts';
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
      ? readFileSource(source.path, roots, env.FETCH_MAX_BYTES)
      : readUrlSource(source.url, { timeoutMs: env.FETCH_TIMEOUT_MS, maxBytes: env.FETCH_MAX_BYTES, allowPrivate: env.FETCH_ALLOW_PRIVATE });

  const readText = async (bytes: Uint8Array, mediaType: MediaType, label: string, documentId: string): Promise<FetchedText> => {
    if (mediaType === 'application/pdf') {
      const limits = { maxBytes: env.PDF_MAX_BYTES, maxPages: env.PDF_MAX_PAGES, timeoutMs: env.PDF_TIMEOUT_MS, maxMemoryMb: env.PDF_MAX_MEMORY_MB };
      return { mediaType, ...(await extractPdfText(bytes, limits, label, documentId)) };
    }
    const decoded = decodeText(bytes);
    const text = mediaType === 'text/html' ? htmlToText(decoded) : decoded;
    if (text.trim().length === 0) throw new NoTextError(`${label}: no text in the document`, documentId);
    return { mediaType, text, pageCount: null };
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

    const fetched = await readText(bytes, mediaType, label, documentId);
    await storage.outputs.put(documentId, 'fetch', VERSION, fetched);
    return { status: 'done', documentId, counts: { bytes: bytes.byteLength, characters: fetched.text.length } };
  };
}
