import type { LanguageProfile } from './language-profile.ts';
import { FRENCH } from './profile-fr.ts';

interface CompiledUnits {
  pattern: RegExp;
  scaled: RegExp;
  unitOf: Map<string, string>;
}

const COMPILED = new Map<LanguageProfile, CompiledUnits>();
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
      pattern: new RegExp(`^[^\\S\\n]*(?:(?:${adjectives})[^\\S\\n]+)?(${nouns})(?![a-z])`),
      // "2 millions de victimes", "2 million victims": after a scale word the noun comes with its link.
      scaled: new RegExp(`^[^\\S\\n]+${profile.counts.scaledLink}(${nouns})(?![a-z])`),
      unitOf: new Map(profile.counts.units),
    };
    COMPILED.set(profile, c);
  }
  return c;
}

/** The count unit named right after a number (`34 projets` → projects, `12 survivant(e)s` → survivors), on folded text. */
export function countUnitAfter(folded: string, numberEnd: number, scaled = false, profile: LanguageProfile = FRENCH): { unit: string; nounStart: number; nounEnd: number } | null {
  const { pattern, scaled: scaledPattern, unitOf } = compiled(profile);
  const window = folded.slice(numberEnd, numberEnd + 60);
  const m = (scaled ? scaledPattern.exec(window) : null) ?? pattern.exec(window);
  const noun = m?.[1];
  const unit = noun ? unitOf.get(noun) ?? unitOf.get(noun.replace(INCLUSIVE_MARKS, '')) : undefined;
  if (!m || !noun || !unit) return null;
  return { unit, nounStart: numberEnd + m[0].length - noun.length, nounEnd: numberEnd + m[0].length };
}
