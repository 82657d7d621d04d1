/** The five stages, in pipeline order. Each is a BullMQ queue and a folder under `services/`. */
export const STAGES = ['fetch', 'clean', 'segment', 'extract-figures', 'index'] as const;
export type StageName = (typeof STAGES)[number];
/** The stages that work on a stored document (every stage but fetch). */
export type DocumentStage = Exclude<StageName, 'fetch'>;

/**
 * Bumped when any stage's output would change for the same input: job ids and the
 * "already done" checks are keyed on it, so a bump reprocesses every document once.
 */
export const PIPELINE_VERSION = 1;

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

/** `<stage>-<key>-<version>`: deterministic, no `:` (BullMQ reserves it), no clock. */
export function jobIdFor(stage: StageName, key: string, version = PIPELINE_VERSION): string {
  return `${stage}-${key}-${version}`;
}
