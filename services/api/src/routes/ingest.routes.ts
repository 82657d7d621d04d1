import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SourceRef } from '@palermo/contracts';
import { enqueueIngestions } from '@palermo/pipeline';
import { sourceLabel } from '@palermo/storage';
import type { ApiDeps } from '../api-deps.ts';
import { requireAuth } from '../auth/require-auth.ts';
import { ApiError, BadRequestError } from '../errors/api-error.ts';
import { errorResponses } from '../errors/error.schema.ts';
import { safeFileName, uploadProblem } from '../format/upload-types.ts';
import { IngestResponse, IngestUrls } from './ingest.schema.ts';

const MAX_FILES = 20;

/**
 * Reads every uploaded file into memory (each capped at API_MAX_UPLOAD_BYTES), refusing the
 * request at the first bad one: nothing is written or enqueued unless all of them are good.
 */
async function readUploads(request: FastifyRequest): Promise<Array<{ name: string; bytes: Buffer }>> {
  const files: Array<{ name: string; bytes: Buffer }> = [];
  for await (const part of request.files()) {
    const problem = uploadProblem(part.filename, part.mimetype);
    if (problem) throw new ApiError(415, 'unsupported_media_type', problem);
    const bytes = await part.toBuffer(); // throws 413 past the size limit
    if (bytes.length === 0) throw new BadRequestError(`${part.filename}: the file is empty`);
    files.push({ name: part.filename, bytes });
  }
  if (files.length === 0) throw new BadRequestError('no file in the upload; send one or more fields named file');
  return files;
}

/**
 * Keeps an upload where the fetch stage can read it: in API_UPLOAD_DIR (inside FILE_ROOTS), in a
 * folder named by its content hash (the same file uploaded twice is one file) under its own name,
 * so the source people see and refer to ends with the name they uploaded.
 */
async function storeUpload(uploadDir: string, file: { name: string; bytes: Buffer }): Promise<SourceRef> {
  const hash = createHash('sha256').update(file.bytes).digest('hex');
  const folder = join(uploadDir, hash.slice(0, 16));
  await mkdir(folder, { recursive: true });
  const path = join(folder, safeFileName(file.name));
  await writeFile(path, file.bytes);
  return { type: 'file', path };
}

/** POST /ingest: URLs as JSON, or files as multipart; records and enqueues each like `palermo ingest`. */
export function ingestRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(multipart, { limits: { fileSize: deps.config.maxUploadBytes, files: MAX_FILES, fields: 10, parts: MAX_FILES + 10 } });

    app.post('/ingest', {
      onRequest: requireAuth(deps.config),
      schema: {
        summary: 'Ingest reports: URLs (JSON) or uploaded files (multipart)',
        description: 'Either `application/json` with `{ "urls": [...] }`, or `multipart/form-data` with one or more fields named `file` (.pdf, .txt, .md, .html; each at most API_MAX_UPLOAD_BYTES).',
        tags: ['ingest'],
        security: [{ bearer: [] }],
        // Nullish only because a multipart request has no parsed body; JSON must match it.
        body: IngestUrls.nullish(),
        response: { 202: IngestResponse, ...errorResponses },
      },
    }, async (request, reply) => {
      let sources: SourceRef[];
      if (request.isMultipart()) {
        const files = await readUploads(request);
        sources = [];
        for (const file of files) sources.push(await storeUpload(deps.config.uploadDir, file));
      } else {
        if (!request.body) throw new BadRequestError('send { "urls": [...] } as JSON, or files as multipart/form-data');
        sources = request.body.urls.map((url) => ({ type: 'url', url: new URL(url).href }));
      }
      const ingestions = await enqueueIngestions({ ingestions: deps.storage.ingestions, queues: deps.queues }, sources);
      request.log.info({ ingestions: ingestions.length }, 'ingest requested over http');
      return reply.code(202).send({ ingestions: ingestions.map((i) => ({ id: i.id, source: sourceLabel(i.source), status: i.status })) });
    });
  };
}
