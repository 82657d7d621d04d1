/** The five stages, in pipeline order. Each is a BullMQ queue and a folder under `services/`. */
export const STAGES = ['fetch', 'clean', 'segment', 'extract-figures', 'index'] as const;
export type StageName = (typeof STAGES)[number];
/** The stages that work on a stored document (every stage but fetch). */
export type DocumentStage = Exclude<StageName, 'fetch'>;

/**
 * Each stage's version: bump a stage's number when its code would store a different output for
 * the same input. "Already done" means "done at this stage's current version", so a bump makes
 * that stage (and, through its new output, the stages after it) run again on every document,
 * through `palermo reprocess`, without fetching anything again.
 */
export const STAGE_VERSIONS: Readonly<Record<StageName, number>> = {
  fetch: 5, // 2: issue 9 (justified lines kept whole, raised note lines, continued tables, pdftotext engine); 3: performance-measure tables, source characters as printed; 4: no-break spaces and format characters as printed (pdf.js patched); 5: deliverables tables' heads and nil dashes split into columns, wrapped labels and cells joined by their leading, a head apart from the body; a grouped bar chart's axis and legend
  clean: 6, // 2: issue 9 (titles apart by font size, wrapped running titles, table captions kept); 3: more clause openers, none at the left margin, fascicle numbers, year ranges; 4: a word cut by a soft hyphen at a line end joined; 5: blocks apart by their leading or a chart between, figure numbers open a block; 6: Unicode line and paragraph separators inside a line read as recorded word gaps
  segment: 5, // 2: issue 9 (a draft's sponsor star note beside its sponsor line, symbols as printed); 3: stacked fascicle headings; 4: a title under an agenda item titled "Report of…"; 5: a table row's blank corner kept, its head read once across pages and cells cut by a page break joined, long result headings, figure numbers as headings
  'extract-figures': 2, // 2: issue 10 (French in the wild, English, periods as periods)
  index: 1,
};

/**
 * The version of the whole chain, derived from the stages' (it goes up by one whenever any stage's
 * does): what a document's row and the `document.indexed` event carry, for consumers that key on it.
 */
export const PIPELINE_VERSION = STAGES.reduce((sum, stage) => sum + STAGE_VERSIONS[stage], 0) - STAGES.length + 1;

/** The one routing table: which stage follows which. A stage never names its successor. */
export const NEXT_STAGE: Readonly<Record<StageName, DocumentStage | null>> = {
  fetch: 'clean',
  clean: 'segment',
  segment: 'extract-figures',
  'extract-figures': 'index',
  index: null,
};

/** True when `name` is one of the pipeline's stages. */
export function isStageName(name: string): name is StageName {
  return (STAGES as readonly string[]).includes(name);
}

/**
 * The deduplication id of a stage's work on one key (document or ingestion): while a job with it
 * is waiting, delayed or running, adding another is a no-op; once it finishes, a new one can be
 * added. No `:` (BullMQ reserves it).
 */
export function deduplicationIdFor(stage: StageName, key: string): string {
  return `${stage}-${key}`;
}

/**
 * `<stage>-<key>-<version>-<run>`: unique per enqueue (`run` is random, not a clock), so a
 * finished job kept in Redis for inspection never blocks adding a new one for the same work.
 */
export function jobIdFor(stage: StageName, key: string, run: string): string {
  return `${deduplicationIdFor(stage, key)}-${STAGE_VERSIONS[stage]}-${run}`;
}
