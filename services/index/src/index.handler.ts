import { PIPELINE_VERSION, SegmentedDocument } from '@palermo/contracts';
import { MissingInputError, type StageHandler } from '@palermo/pipeline';
import type { StageDeps } from '@palermo/storage';

/** Makes a document's paragraphs and footnotes searchable (French, accents folded). */
export function createIndexHandler({ storage }: StageDeps): StageHandler<'index'> {
  return async ({ documentId }) => {
    if (await storage.outputs.isDone(documentId, 'index', PIPELINE_VERSION)) return { status: 'skipped', documentId };
    const segmented = await storage.outputs.get(documentId, 'segment', SegmentedDocument);
    if (!segmented) throw new MissingInputError(`document ${documentId} has no segmented text`);
    await storage.transaction(async (tx) => {
      await tx.paragraphs.replaceForDocument(documentId, segmented.paragraphs, segmented.footnotes);
      await tx.outputs.put(documentId, 'index', PIPELINE_VERSION, { paragraphs: segmented.paragraphs.length, footnotes: segmented.footnotes.length });
    });
    return { status: 'done', documentId, counts: { paragraphs: segmented.paragraphs.length, footnotes: segmented.footnotes.length } };
  };
}
