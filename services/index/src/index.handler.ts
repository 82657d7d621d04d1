import { PIPELINE_VERSION, SegmentedDocument } from '@palermo/contracts';
import { MissingInputError, type StageHandler } from '@palermo/pipeline';
import type { StageDeps } from '@palermo/storage';

/**
 * Makes a document's paragraphs and footnotes searchable (French, accents folded), then announces
 * `document.indexed`. The event goes out on a skip too: if a crash came between the commit and
 * the publication, the retried job skips the work but still publishes, so delivery is at least
 * once (consumers key on documentId and pipelineVersion).
 */
export function createIndexHandler({ storage, events }: StageDeps): StageHandler<'index'> {
  const announce = async (documentId: string): Promise<void> => {
    const [facts, paragraphs] = await Promise.all([storage.facts.countForDocument(documentId), storage.paragraphs.count(documentId)]);
    await events.publish({ type: 'document.indexed', documentId, pipelineVersion: PIPELINE_VERSION, facts, paragraphs, at: new Date().toISOString() });
  };
  return async ({ documentId }) => {
    if (await storage.outputs.isDone(documentId, 'index', PIPELINE_VERSION)) {
      await announce(documentId);
      return { status: 'skipped', documentId };
    }
    const segmented = await storage.outputs.get(documentId, 'segment', SegmentedDocument);
    if (!segmented) throw new MissingInputError(`document ${documentId} has no segmented text`);
    await storage.transaction(async (tx) => {
      await tx.paragraphs.replaceForDocument(documentId, segmented.paragraphs, segmented.footnotes);
      await tx.outputs.put(documentId, 'index', PIPELINE_VERSION, { paragraphs: segmented.paragraphs.length, footnotes: segmented.footnotes.length });
    });
    await announce(documentId);
    return { status: 'done', documentId, counts: { paragraphs: segmented.paragraphs.length, footnotes: segmented.footnotes.length } };
  };
}
