import type { StageDefinition } from '@palermo/pipeline';
import type { StageDeps } from '@palermo/storage';
import { createFetchHandler } from './fetch.handler.ts';

/** The fetch stage: sources in, raw bytes and their text out. */
export const fetchStage: StageDefinition<'fetch', StageDeps> = { stage: 'fetch', createHandler: createFetchHandler };
export * from './errors.ts';
export { detectMediaType } from './core/detect-media-type.ts';
export { extractPdfText } from './pdf/extract-pdf-text.ts';
export { requestUrl, type UrlLimits, type Validators } from './sources/read-url-source.ts';
export { readFileSource } from './sources/read-file-source.ts';
