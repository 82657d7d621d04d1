import { STATE_NAMES } from './state-names.ts';
import { fold } from './text-fold.ts';

/** A State named in a text, with its canonical short name (`l'Inde` → `Inde`). */
export interface StateMention {
  start: number; // the name itself, article excluded
  end: number;
  state: string;
}

// OCR may turn "É" into "E" (folded away) and a hyphen into a space: keys ignore both.
function keyOf(name: string): string {
  return fold(name).replace(/-/g, ' ');
}

const CANONICAL = new Map<string, string>();
for (const row of STATE_NAMES) {
  const canonical = row[0];
  if (!canonical) continue;
  for (const name of row) CANONICAL.set(keyOf(name), canonical);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Longest names first so that "Guinée-Bissau" wins over "Guinée".
const NAMES = [...CANONICAL.keys()].sort((a, b) => b.length - a.length);
const PATTERN = new RegExp(`(?<![\\p{L}-])(${NAMES.map((n) => escape(n).replace(/ /g, '[- ]')).join('|')})(?![\\p{L}-])`, 'gu');

/** Finds the States a text names, in order, normalised to their canonical short names. */
export function findStates(text: string): StateMention[] {
  const folded = fold(text);
  const found: StateMention[] = [];
  for (const m of folded.matchAll(PATTERN)) {
    const state = CANONICAL.get(m[0].replace(/-/g, ' '));
    if (!state) continue;
    // "dollars des États-Unis" is a currency, not a State.
    if (/dollars? des $/.test(folded.slice(Math.max(0, m.index - 12), m.index))) continue;
    found.push({ start: m.index, end: m.index + m[0].length, state });
  }
  return found;
}

/** Normalises a State name as written ("l'Inde", "la Micronésie (États fédérés de)") to its canonical name. */
export function normaliseStateName(written: string): string | null {
  const bare = written.trim().replace(/^(?:les?|la|l['’]|I['’])\s*/i, '');
  const [first] = findStates(bare);
  return first?.state ?? null;
}
