const POLL_MS = 250;
const POLL_MS_PER_UNFINISHED = 0.25;
const POLL_MAX_MS = 2000;

/**
 * How long a wait (`ingest --wait`, `reprocess --wait`) sleeps before its next poll: a quarter of
 * a second, longer while many are unfinished (a poll reads each of them), at most two seconds.
 */
export function pollInterval(unfinished: number): number {
  return Math.min(POLL_MAX_MS, POLL_MS + unfinished * POLL_MS_PER_UNFINISHED);
}
