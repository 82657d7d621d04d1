import type { Instrument } from '@palermo/contracts';
import type { LanguageProfile } from './language-profile.ts';
import { FRENCH } from './profile-fr.ts';
import { allMatches } from './matches.ts';
import { overlapsAny } from './non-quantities.ts';
import { fold } from './text-fold.ts';

/** An instrument named in a text; `explicit` is false for a bare "le Protocole" resolved from context. */
export interface InstrumentMention {
  start: number;
  end: number;
  instrument: Instrument | 'protocol_ref' | 'convention_ref';
}

type Pattern = readonly [RegExp, InstrumentMention['instrument']];
const PATTERNS = new Map<LanguageProfile, readonly Pattern[]>();

// Explicit names first, then the bare references.
function patternsOf(profile: LanguageProfile): readonly Pattern[] {
  let patterns = PATTERNS.get(profile);
  if (!patterns) {
    patterns = [...profile.instruments.explicit, [profile.instruments.protocolRef, 'protocol_ref'], [profile.instruments.conventionRef, 'convention_ref']];
    PATTERNS.set(profile, patterns);
  }
  return patterns;
}

/** Finds the instruments a text names, explicit names first, then bare "le Protocole"/"the Convention". */
export function findInstruments(text: string, profile: LanguageProfile = FRENCH, folded = fold(text)): InstrumentMention[] {
  const found: InstrumentMention[] = [];
  // Every instrument's name holds one of these words: most sentences are skipped at once.
  if (!/protocol|convention/.test(folded)) return found;
  for (const [pattern, instrument] of patternsOf(profile)) {
    for (const m of allMatches(pattern, folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!overlapsAny(start, end, found)) found.push({ start, end, instrument });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** True when the mention names an instrument instead of referring back to one. */
export function isExplicit(mention: InstrumentMention): mention is InstrumentMention & { instrument: Instrument } {
  return mention.instrument !== 'protocol_ref' && mention.instrument !== 'convention_ref';
}
