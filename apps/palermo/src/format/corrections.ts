// How `palermo document` lists the changes reading made to the source's characters.
import type { Correction } from '@palermo/contracts';

const CORRECTIONS_PER_RULE = 20;

/**
 * Every change made to the source's characters, by rule, each rule's first ones listed: a French
 * report's hundreds of apostrophes must not push its few OCR repairs off the page.
 */
export function renderCorrections(corrections: readonly Correction[]): string[] {
  const byRule = new Map<string, Correction[]>();
  for (const c of corrections) byRule.set(c.rule, [...(byRule.get(c.rule) ?? []), c]);
  const counts = [...byRule.entries()].map(([rule, list]) => `${rule} ${list.length}`).join(', ');
  const lines = ['', `Corrections (${corrections.length}${counts ? `: ${counts}` : ''})`];
  for (const [rule, list] of byRule) {
    for (const c of list.slice(0, CORRECTIONS_PER_RULE)) lines.push(`  @${c.offset}  ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}  (${rule})`);
    if (list.length > CORRECTIONS_PER_RULE) lines.push(`  … ${list.length - CORRECTIONS_PER_RULE} more ${rule} (--format json lists all)`);
  }
  return lines;
}
