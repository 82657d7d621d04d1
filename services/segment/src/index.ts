import type { StageDefinition } from '@palermo/pipeline';
import type { StageDeps } from '@palermo/storage';
import { createSegmentHandler } from './segment.handler.ts';

/** The segment stage: clean text in, the document's structure out. */
export const segmentStage: StageDefinition<'segment', StageDeps> = { stage: 'segment', createHandler: createSegmentHandler };
export { segmentText } from './core/segment-text.ts';
