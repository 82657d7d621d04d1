import type { Fund } from '@palermo/contracts';
import type { LanguageProfile } from './language-profile.ts';
import { FRENCH } from './profile-fr.ts';
import { allMatches } from './matches.ts';
import { fold } from './text-fold.ts';

/** A fund named (or referred back to, `fund: null`) in a text. */
export interface FundMention {
  start: number;
  end: number;
  fund: Fund | null;
}

/** Finds named funds and references back to a fund ("le Fonds", "the Fund") in a text. */
export function findFunds(text: string, profile: LanguageProfile = FRENCH, folded = fold(text)): FundMention[] {
  const found: FundMention[] = [];
  // Every name holds one of these (UNVTF is the trafficking victims' fund).
  if (!/fonds|fund|unvtf/.test(folded)) return found;
  for (const [pattern, fund] of profile.funds.named) {
    for (const m of allMatches(pattern, folded)) found.push({ start: m.index, end: m.index + m[0].length, fund });
  }
  const reference = profile.funds.reference;
  for (const m of allMatches(reference, folded)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!found.some((f) => start < f.end && end > f.start)) found.push({ start, end, fund: null });
  }
  return found.sort((a, b) => a.start - b.start);
}
