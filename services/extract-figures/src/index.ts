import type { StageDefinition } from '@palermo/pipeline';
import type { StageDeps } from '@palermo/storage';
import { createExtractFiguresHandler } from './extract-figures.handler.ts';

/** The extract-figures stage: structure in, typed facts with provenance out. */
export const extractFiguresStage: StageDefinition<'extract-figures', StageDeps> = { stage: 'extract-figures', createHandler: createExtractFiguresHandler };
export { extractFacts, EXTRACTOR_VERSION } from './core/extract-facts.ts';
