import { Fact, SegmentedDocument, STAGE_VERSIONS, type ExtractionReport } from '@palermo/contracts';
import { MissingInputError, type StageHandler } from '@palermo/pipeline';
import type { StageDeps } from '@palermo/storage';
import { EXTRACTOR_VERSION, extractFacts } from './core/extract-facts.ts';

// Outputs stored at this version are done; an older one is redone (palermo reprocess).
const VERSION = STAGE_VERSIONS['extract-figures'];

/** Extracts a document's facts and replaces the stored ones in one transaction. */
export function createExtractFiguresHandler({ storage }: StageDeps): StageHandler<'extract-figures'> {
  return async ({ documentId }, ctx) => {
    if (await storage.outputs.isDone(documentId, 'extract-figures', VERSION)) return { status: 'skipped', documentId };
    const [segmented, document] = await Promise.all([
      storage.outputs.get(documentId, 'segment', SegmentedDocument),
      storage.documents.get(documentId),
    ]);
    if (!segmented || !document) throw new MissingInputError(`document ${documentId} has no segmented text`);
    const { facts, errors, warnings } = extractFacts(segmented, { reportDate: segmented.metadata.date });
    // One paragraph's failure is reported and the rest kept: the extractor catches per paragraph.
    for (const error of errors) ctx.log.error({ documentId, paragraph: error.paragraph }, `extraction error: ${error.message}`);
    // An unread or mixed language is reported, not guessed.
    for (const warning of warnings) ctx.log.warn({ documentId, language: segmented.metadata.language }, warning);
    const stored = facts.map((draft) => Fact.parse({ ...draft, document: documentId, source: document.source, extractor_version: EXTRACTOR_VERSION }));
    await storage.transaction(async (tx) => {
      await tx.facts.replaceForDocument(documentId, stored);
      const report: ExtractionReport = { facts: stored.length, errors, warnings, extractorVersion: EXTRACTOR_VERSION };
      await tx.outputs.put(documentId, 'extract-figures', VERSION, report);
    });
    return { status: 'done', documentId, counts: { facts: stored.length, errors: errors.length, warnings: warnings.length } };
  };
}
