import type { Qualifier } from '@palermo/contracts';
import type { LanguageProfile } from './language-profile.ts';
import { FRENCH } from './profile-fr.ts';

/** A qualifier found next to a number, and where its words start. */
export interface QualifierMatch {
  qualifier: Qualifier;
  start: number;
}

/** The qualifier written just before a number ("plus de", "pas plus de", "nearly"...), on folded text. */
export function qualifierBefore(folded: string, numberStart: number, profile: LanguageProfile = FRENCH): QualifierMatch | null {
  // A currency sign between the qualifier and the digits ("more than $9.8 million") belongs to the amount.
  const sign = /(?:us\$|\$|€|£|usd|eur)[ \u00a0]?$/.exec(folded.slice(Math.max(0, numberStart - 5), numberStart));
  const at = numberStart - (sign?.[0].length ?? 0);
  const window = folded.slice(Math.max(0, at - 40), at);
  for (const [pattern, qualifier] of profile.qualifiersBefore) {
    const m = pattern.exec(window);
    if (m) return { qualifier, start: at - window.length + m.index };
  }
  return null;
}

/** A qualifier written after the figure ("10 condamnations par an au maximum"), on folded text. */
export function qualifierAfter(folded: string, figureEnd: number, profile: LanguageProfile = FRENCH): Qualifier | null {
  const window = folded.slice(figureEnd, figureEnd + 60);
  for (const [pattern, qualifier] of profile.qualifiersAfter) if (pattern.test(window)) return qualifier;
  return null;
}
