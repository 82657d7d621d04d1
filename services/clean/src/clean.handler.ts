import { FetchedText, STAGE_VERSIONS } from '@palermo/contracts';
import { MissingInputError, type StageHandler } from '@palermo/pipeline';
import type { StageDeps } from '@palermo/storage';
import { cleanText } from './core/clean-text.ts';

// Outputs stored at this version are done; an older one is redone (palermo reprocess).
const VERSION = STAGE_VERSIONS.clean;

/** Cleans a document's text: furniture out, Markdown out, lines joined, OCR repaired. */
export function createCleanHandler({ storage }: StageDeps): StageHandler<'clean'> {
  return async ({ documentId }) => {
    if (await storage.outputs.isDone(documentId, 'clean', VERSION)) return { status: 'skipped', documentId };
    const fetched = await storage.outputs.get(documentId, 'fetch', FetchedText);
    if (!fetched) throw new MissingInputError(`document ${documentId} has no fetched text`);
    // The fetch stage's own changes to the characters (control characters) are carried along.
    const cleaned = cleanText(fetched.text, {
      mediaType: fetched.mediaType,
      ...(fetched.layout ? { layout: fetched.layout } : {}),
      ...(fetched.corrections ? { corrections: fetched.corrections } : {}),
    });
    await storage.outputs.put(documentId, 'clean', VERSION, cleaned);
    return { status: 'done', documentId, counts: { corrections: cleaned.corrections.length, removedLines: cleaned.removed.length } };
  };
}
