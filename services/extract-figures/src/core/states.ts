import type { LanguageProfile } from './language-profile.ts';
import { FRENCH } from './profile-fr.ts';
import { allMatches } from './matches.ts';
import { fold } from './text-fold.ts';

/** A State named in a text, with its canonical short name (`l'Inde` → `Inde`) and ISO 3166-1 alpha-3 code. */
export interface StateMention {
  start: number; // the name itself, article excluded
  end: number;
  state: string;
  code: string;
}

// OCR may turn "É" into "E" (folded away) and a hyphen into a space: keys ignore both.
function keyOf(name: string): string {
  return fold(name).replace(/-/g, ' ');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface StateIndex {
  canonical: Map<string, { state: string; code: string }>;
  pattern: RegExp;
}

const INDEXES = new Map<LanguageProfile, StateIndex>();

function indexOf(profile: LanguageProfile): StateIndex {
  let index = INDEXES.get(profile);
  if (!index) {
    const canonical = new Map<string, { state: string; code: string }>();
    for (const row of profile.states.names) {
      const name = row.names[0];
      if (!name) continue;
      for (const variant of row.names) if (!canonical.has(keyOf(variant))) canonical.set(keyOf(variant), { state: name, code: row.code });
    }
    // Longest names first so that "Guinée-Bissau" wins over "Guinée".
    const names = [...canonical.keys()].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`(?<![\\p{L}-])(${names.map((n) => escape(n).replace(/ /g, '[- ]')).join('|')})(?![\\p{L}-])`, 'gu');
    index = { canonical, pattern };
    INDEXES.set(profile, index);
  }
  return index;
}

/** Finds the States a text names, in order, normalised to their canonical short names. */
export function findStates(text: string, profile: LanguageProfile = FRENCH, folded = fold(text)): StateMention[] {
  const { canonical, pattern } = indexOf(profile);
  const found: StateMention[] = [];
  for (const m of allMatches(pattern, folded)) {
    const known = canonical.get(m[0].replace(/-/g, ' '));
    if (!known) continue;
    // "dollars des États-Unis", "United States dollars" are a currency, not a State.
    if (profile.states.notBefore.test(folded.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (profile.states.notAfter.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    found.push({ start: m.index, end: m.index + m[0].length, ...known });
  }
  return found;
}

/** Normalises a State name as written ("l'Inde", "the Sudan") to its canonical name. */
export function normaliseStateName(written: string, profile: LanguageProfile = FRENCH): string | null {
  const bare = written.trim().replace(profile.states.articles, '');
  const [first] = findStates(bare, profile);
  return first?.state ?? null;
}

/** The ISO 3166-1 alpha-3 code of a State named in any language the extractor reads, or null. */
export function stateCode(name: string, profile: LanguageProfile = FRENCH): string | null {
  return indexOf(profile).canonical.get(keyOf(name))?.code ?? null;
}
