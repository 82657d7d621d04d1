import { FetchedText, PIPELINE_VERSION } from '@palermo/contracts';
import { MissingInputError, type StageHandler } from '@palermo/pipeline';
import type { StageDeps } from '@palermo/storage';
import { cleanText } from './core/clean-text.ts';

/** Cleans a document's text: furniture out, Markdown out, lines joined, OCR repaired. */
export function createCleanHandler({ storage }: StageDeps): StageHandler<'clean'> {
  return async ({ documentId }) => {
    if (await storage.outputs.isDone(documentId, 'clean', PIPELINE_VERSION)) return { status: 'skipped', documentId };
    const fetched = await storage.outputs.get(documentId, 'fetch', FetchedText);
    if (!fetched) throw new MissingInputError(`document ${documentId} has no fetched text`);
    const cleaned = cleanText(fetched.text, { mediaType: fetched.mediaType, ...(fetched.layout ? { layout: fetched.layout } : {}) });
    await storage.outputs.put(documentId, 'clean', PIPELINE_VERSION, cleaned);
    return { status: 'done', documentId, counts: { corrections: cleaned.corrections.length, removedLines: cleaned.removed.length } };
  };
}
