import type { FactDraft } from '@palermo/contracts';
import type { SentenceUnit } from './sentence-unit.ts';
import { findStates } from './states.ts';


/**
 * Checks a count of States against the list it announces ("trois États ont adhéré au Protocole :
 * Andorre, le Bhoutan et le Pakistan"); on a mismatch, flags the count and the facts of the listed
 * States with `count_mismatch`. Mutates the facts it is given.
 */
export function crossCheckCounts(unit: SentenceUnit, facts: FactDraft[]): void {
  const counts = facts.filter((f) => f.kind === 'count' && (f.unit === 'States' || f.unit === 'countries') && f.value !== null);
  for (const count of counts) {
    const localEnd = count.span[1] - unit.start;
    const intro = unit.profile.listIntro.exec(unit.folded.slice(localEnd));
    if (!intro) continue;
    const listStart = localEnd + intro[0].length;
    // A number in the announced phrase itself ("les 49 États Membres suivants") would start another count.
    if (unit.quantities.some((q) => q.start >= localEnd && q.start < listStart)) continue;
    const nextFigure = unit.quantities.find((q) => q.start >= listStart);
    const listEnd = nextFigure ? nextFigure.start : unit.text.length;
    const listed = findStates(unit.text.slice(listStart, listEnd), unit.profile);
    if (listed.length < 2 || listed.length === count.value) continue;
    const absStart = unit.start + listStart;
    const absEnd = unit.start + listEnd;
    count.flags.push('count_mismatch');
    for (const f of facts) {
      if (f.kind === 'treaty_action' && f.span[0] >= absStart && f.span[1] <= absEnd) f.flags.push('count_mismatch');
    }
  }
}
