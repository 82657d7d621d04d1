import { CleanedText, PIPELINE_VERSION } from '@palermo/contracts';
import { MissingInputError, type StageHandler } from '@palermo/pipeline';
import type { StageDeps } from '@palermo/storage';
import { segmentText } from './core/segment-text.ts';

/** Finds a document's metadata, sections, numbered paragraphs and footnotes. */
export function createSegmentHandler({ storage }: StageDeps): StageHandler<'segment'> {
  return async ({ documentId }, ctx) => {
    if (await storage.outputs.isDone(documentId, 'segment', PIPELINE_VERSION)) return { status: 'skipped', documentId };
    const cleaned = await storage.outputs.get(documentId, 'clean', CleanedText);
    if (!cleaned) throw new MissingInputError(`document ${documentId} has no clean text`);
    const segmented = segmentText(cleaned.text, cleaned.removed);
    for (const warning of segmented.warnings) ctx.log.warn({ warning }, 'segmentation warning');
    await storage.outputs.put(documentId, 'segment', PIPELINE_VERSION, segmented);
    return {
      status: 'done',
      documentId,
      counts: { sections: segmented.sections.length, paragraphs: segmented.paragraphs.length, footnotes: segmented.footnotes.length, warnings: segmented.warnings.length },
    };
  };
}
