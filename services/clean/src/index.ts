import type { StageDefinition } from '@palermo/pipeline';
import type { StageDeps } from '@palermo/storage';
import { createCleanHandler } from './clean.handler.ts';

/** The clean stage: raw text in, clean text and the record of every change out. */
export const cleanStage: StageDefinition<'clean', StageDeps> = { stage: 'clean', createHandler: createCleanHandler };
export { cleanText } from './core/clean-text.ts';
