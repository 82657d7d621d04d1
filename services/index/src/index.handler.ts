import { PIPELINE_VERSION, SegmentedDocument, STAGE_VERSIONS } from '@palermo/contracts';
import { MissingInputError, type StageHandler } from '@palermo/pipeline';
import type { StageDeps, Storage } from '@palermo/storage';
import { flagFallingParties } from './core/flag-falling-parties.ts';
import { flagTranslationMismatches } from './core/flag-translation-mismatch.ts';

// Paragraphs indexed at this version are done; an older index is rebuilt (palermo reprocess).
const VERSION = STAGE_VERSIONS.index;

// Serialises the cross-document check, so two documents indexed at once see each other's facts.
const SERIES_LOCK = 7_370_002;
// Serialises the reconciliation of language editions, for the same reason.
const EDITIONS_LOCK = 7_370_006;

/** Re-flags States-parties figures that fall as dates advance, across every indexed document. */
async function recheckPartiesSeries(tx: Pick<Storage, 'db' | 'facts'>): Promise<void> {
  await tx.db.query('select pg_advisory_xact_lock($1)', [SERIES_LOCK]);
  const changes = flagFallingParties(await tx.facts.listPartiesPoints());
  for (const [id, flags] of changes) await tx.facts.setFlags(id, flags);
}

/**
 * Records the document's symbol and language, then reconciles the facts of every edition of that
 * symbol one to one and flags the figures that disagree (`translation_mismatch`) on both sides.
 */
async function reconcileEditions(tx: Pick<Storage, 'db' | 'facts' | 'editions'>, documentId: string, segmented: SegmentedDocument): Promise<void> {
  const { symbol, language } = segmented.metadata;
  if (!symbol) {
    await tx.editions.forget(documentId);
    return;
  }
  await tx.db.query('select pg_advisory_xact_lock($1)', [EDITIONS_LOCK]);
  await tx.editions.record(documentId, symbol, language);
  const editions = await tx.editions.ofSymbol(symbol);
  const stored = await tx.editions.factsOf(editions.map((e) => e.documentId));
  for (const [id, flags] of flagTranslationMismatches(stored)) await tx.facts.setFlags(id, flags);
}

/**
 * Makes a document's paragraphs and footnotes searchable (French, accents folded), then announces
 * `document.indexed`. The event goes out on a skip too: if a crash came between the commit and
 * the publication, the retried job skips the work but still publishes, so delivery is at least
 * once (consumers key on documentId and pipelineVersion).
 */
export function createIndexHandler({ storage, events }: StageDeps): StageHandler<'index'> {
  // `indexed` is the paragraph count this job just committed; a skip counts the stored rows.
  const announce = async (documentId: string, indexed?: number): Promise<void> => {
    const [facts, paragraphs] = await Promise.all([storage.facts.countForDocument(documentId), indexed ?? storage.paragraphs.count(documentId)]);
    await events.publish({ type: 'document.indexed', documentId, pipelineVersion: PIPELINE_VERSION, facts, paragraphs, at: new Date().toISOString() });
  };
  return async ({ documentId }) => {
    if (await storage.outputs.isDone(documentId, 'index', VERSION)) {
      await announce(documentId);
      return { status: 'skipped', documentId };
    }
    const segmented = await storage.outputs.get(documentId, 'segment', SegmentedDocument);
    if (!segmented) throw new MissingInputError(`document ${documentId} has no segmented text`);
    await storage.transaction(async (tx) => {
      await tx.paragraphs.replaceForDocument(documentId, segmented.paragraphs, segmented.footnotes);
      await recheckPartiesSeries(tx);
      await reconcileEditions(tx, documentId, segmented);
      await tx.outputs.put(documentId, 'index', VERSION, { paragraphs: segmented.paragraphs.length, footnotes: segmented.footnotes.length });
    });
    await announce(documentId, segmented.paragraphs.length);
    return { status: 'done', documentId, counts: { paragraphs: segmented.paragraphs.length, footnotes: segmented.footnotes.length } };
  };
}
