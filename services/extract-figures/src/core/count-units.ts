import type { LanguageProfile } from './language-profile.ts';
import { FRENCH } from './profile-fr.ts';

interface CompiledUnits {
  pattern: RegExp;
  scaled: RegExp;
  unitOf: Map<string, string>;
}

const COMPILED = new Map<LanguageProfile, CompiledUnits>();

/**
 * Units of abstract things (issue 10). Their nouns also head tables and titles ("16 Reports for:"),
 * so they count only when written in lower case, as running text writes them.
 */
export const ABSTRACT_UNITS: ReadonlySet<string> = new Set([
  'areas', 'objectives', 'targets', 'recommendations', 'reports', 'questions', 'sessions', 'documents', 'principles', 'findings', 'pillars',
]);
const INCLUSIVE_MARKS = /\(e\)|[·.•]/g;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Inclusive writing ("survivant(e)s", "victime·s", "survivant·e·s") is matched as the plain plural.
function nounPattern(noun: string): string {
  const m = /^(.*[a-z])(e?)s$/.exec(noun);
  if (!m?.[1] || noun.includes(' ')) return escape(noun);
  const [, stem, e] = m;
  return e ? `${escape(stem)}(?:[·.•]?e)[·.•]?s` : `${escape(stem)}(?:\\(e\\)|[·.•]e)?[·.•]?s`;
}

function compiled(profile: LanguageProfile): CompiledUnits {
  let c = COMPILED.get(profile);
  if (!c) {
    const nouns = [...profile.counts.units].map(([w]) => w).sort((a, b) => b.length - a.length).map(nounPattern).join('|');
    const adjectives = profile.counts.adjectives.join('|');
    c = {
      // A line break ends the phrase: "182\nSignataires" is a figure, then a heading.
      // Up to two adjectives: "183 new criminal cases", "11 grandes constatations".
      pattern: new RegExp(`^[^\\S\\n]*(?:(?:${adjectives})[^\\S\\n]+){0,2}(${nouns})(?![a-z])`),
      // "2 millions de victimes", "2 million victims": after a scale word the noun comes with its link.
      scaled: new RegExp(`^[^\\S\\n]+${profile.counts.scaledLink}(${nouns})(?![a-z])`),
      unitOf: new Map(profile.counts.units),
    };
    COMPILED.set(profile, c);
  }
  return c;
}

/**
 * The count unit named right after a number (`34 projets` → projects, `12 survivant(e)s` → survivors), on
 * folded text; `phraseStart` is where the noun phrase starts, its adjectives included ("183 new criminal cases").
 */
export function countUnitAfter(folded: string, numberEnd: number, scaled = false, profile: LanguageProfile = FRENCH): { unit: string; nounStart: number; nounEnd: number; phraseStart: number } | null {
  const { pattern, scaled: scaledPattern, unitOf } = compiled(profile);
  const window = folded.slice(numberEnd, numberEnd + 60);
  const linked = scaled ? scaledPattern.exec(window) : null;
  const m = linked ?? pattern.exec(window);
  const noun = m?.[1];
  const unit = noun ? unitOf.get(noun) ?? unitOf.get(noun.replace(INCLUSIVE_MARKS, '')) : undefined;
  if (!m || !noun || !unit) return null;
  const nounStart = numberEnd + m[0].length - noun.length;
  // After a scale word the phrase is the noun ("2 millions de victimes"); else it starts after the spaces.
  const phraseStart = linked ? nounStart : numberEnd + (/^[^\S\n]*/.exec(window)?.[0].length ?? 0);
  return { unit, nounStart, nounEnd: numberEnd + m[0].length, phraseStart };
}
