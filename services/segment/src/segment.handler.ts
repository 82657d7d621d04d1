import { CleanedText, STAGE_VERSIONS } from '@palermo/contracts';
import { MissingInputError, type StageHandler } from '@palermo/pipeline';
import type { StageDeps } from '@palermo/storage';
import { segmentText } from './core/segment-text.ts';
import { withHint } from './core/with-hint.ts';

// Outputs stored at this version are done; an older one is redone (palermo reprocess).
const VERSION = STAGE_VERSIONS.segment;

/** Finds a document's metadata, sections, numbered paragraphs and footnotes. */
export function createSegmentHandler({ storage }: StageDeps): StageHandler<'segment'> {
  return async ({ documentId }, ctx) => {
    if (await storage.outputs.isDone(documentId, 'segment', VERSION)) return { status: 'skipped', documentId };
    const cleaned = await storage.outputs.get(documentId, 'clean', CleanedText);
    if (!cleaned) throw new MissingInputError(`document ${documentId} has no clean text`);
    const segmented = withHint(segmentText(cleaned.text, cleaned.removed), await storage.symbols.hintForDocument(documentId));
    for (const warning of segmented.warnings) ctx.log.warn({ warning }, 'segmentation warning');
    await storage.outputs.put(documentId, 'segment', VERSION, segmented);
    return {
      status: 'done',
      documentId,
      counts: { sections: segmented.sections.length, paragraphs: segmented.paragraphs.length, footnotes: segmented.footnotes.length, warnings: segmented.warnings.length },
    };
  };
}

