import { PIPELINE_VERSION, SegmentedDocument, STAGE_VERSIONS } from '@palermo/contracts';
import { MissingInputError, type StageHandler } from '@palermo/pipeline';
import type { StageDeps, Storage } from '@palermo/storage';
import { flagFallingParties } from './core/flag-falling-parties.ts';

// Paragraphs indexed at this version are done; an older index is rebuilt (palermo reprocess).
const VERSION = STAGE_VERSIONS.index;

// Serialises the cross-document check, so two documents indexed at once see each other's facts.
const SERIES_LOCK = 7_370_002;

/** Re-flags States-parties figures that fall as dates advance, across every indexed document. */
async function recheckPartiesSeries(tx: Pick<Storage, 'db' | 'facts'>): Promise<void> {
  await tx.db.query('select pg_advisory_xact_lock($1)', [SERIES_LOCK]);
  const stored = await tx.facts.listWithIds('treaty_parties');
  const changes = flagFallingParties(stored.map(({ id, fact }) => ({ id, instrument: fact.instrument, value: fact.value, as_of: fact.as_of, flags: fact.flags })));
  for (const [id, flags] of changes) await tx.facts.setFlags(id, flags);
}

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
    if (await storage.outputs.isDone(documentId, 'index', VERSION)) {
      await announce(documentId);
      return { status: 'skipped', documentId };
    }
    const segmented = await storage.outputs.get(documentId, 'segment', SegmentedDocument);
    if (!segmented) throw new MissingInputError(`document ${documentId} has no segmented text`);
    await storage.transaction(async (tx) => {
      await tx.paragraphs.replaceForDocument(documentId, segmented.paragraphs, segmented.footnotes);
      await recheckPartiesSeries(tx);
      await tx.outputs.put(documentId, 'index', VERSION, { paragraphs: segmented.paragraphs.length, footnotes: segmented.footnotes.length });
    });
    await announce(documentId);
    return { status: 'done', documentId, counts: { paragraphs: segmented.paragraphs.length, footnotes: segmented.footnotes.length } };
  };
}
