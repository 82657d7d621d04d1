import type { StageDefinition } from '@palermo/pipeline';
import type { StageDeps } from '@palermo/storage';
import { createIndexHandler } from './index.handler.ts';

/** The index stage: paragraphs into the search index, the document marked done. */
export const indexStage: StageDefinition<'index', StageDeps> = { stage: 'index', createHandler: createIndexHandler };
