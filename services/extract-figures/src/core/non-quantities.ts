import type { LanguageProfile } from './language-profile.ts';
import { FRENCH } from './profile-fr.ts';
import { allMatches } from './matches.ts';
import { fold } from './text-fold.ts';

/** A span of text whose digits are identifiers, not quantities. */
export interface MaskedSpan {
  start: number;
  end: number;
  reason: string;
}

interface MaskRule {
  reason: string;
  pattern: RegExp;
  folded?: boolean; // match on the folded text (case and accents ignored)
}

// Each rule names why its digits can never be a fact, so a reviewer can audit a miss.
const RULES: readonly MaskRule[] = [
  { reason: 'url', pattern: /(?:https?:\/\/|www\.)[^\s>)]+/g },
  { reason: 'document_symbol', pattern: /\b[A-Z][A-Za-z.]*\d*(?:\/[A-Za-z0-9.]+)+(?:-[A-Z]+(?:\/[A-Za-z0-9.]+)+)*/g },
  { reason: 'document_symbol', pattern: /\b(?:Add|Rev|Corr)\.\d+/g },
  { reason: 'code', pattern: /\b[A-Z][A-Za-z0-9]*-\d+(?:\/\d+)?\b/g }, // COVID-19, A41-16, I-24/7
  { reason: 'job_number', pattern: /\b[A-Z]\.\d{2}-\d{5}\b/g },
  { reason: 'resolution', pattern: /\b\d+(?:\/\d+)+(?:\/[A-Z]+)?\b/g }, // 76/186, 5/2, 2011/36/UE
  { reason: 'resolution', pattern: /\b\d{3,4}\s*\(\d{4}\)/g }, // 2272 (2016)
  { reason: 'numbered_reference', pattern: /\bn[°º]s?\s*\d+|\bnos?\.?\s+\d+\b/g },
  { reason: 'treaty_series', pattern: /\bvol\.\s*\d+|\bp{1,2}\.\s*\d+(?:-\d+)?/g },
  { reason: 'sdg_target', pattern: /(?<![\d,])\b\d{1,2}\.\d{1,2}\b(?![\d.]|[ \u00A0\u202F]*(?:millions?|milliards?|billions?|thousand|mille|%|per ?cent|pour ?cent))/g },
  { reason: 'phone', pattern: /\+\d{1,3}[ .-]?\(?\d{1,4}\)?(?:[ .-]?\d{2,4}){2,4}/g },
  // "Protocole2 ", "victimes.3": a marker glued to a word (or its punctuation), never to another number.
  // (The lookahead for a digit first spares the lookbehind at every other position.)
  { reason: 'footnote_marker', pattern: /(?=\d)(?<=[\p{L})»"][.,;:]?)\d{1,2}(?=[\s.,;:]|$)(?![ \u00A0\u202F]?\d)/gu },
  { reason: 'paragraph_number', pattern: /^\s*\d+[.,]\s/g },
];

const PROFILE_RULES = new Map<LanguageProfile, readonly MaskRule[]>();

function rulesOf(profile: LanguageProfile): readonly MaskRule[] {
  let rules = PROFILE_RULES.get(profile);
  if (!rules) {
    rules = [...RULES, ...profile.masks];
    PROFILE_RULES.set(profile, rules);
  }
  return rules;
}

/** Finds spans (document symbols, resolution and article numbers, SDG targets...) whose digits are not quantities. */
export function findNonQuantitySpans(text: string, profile: LanguageProfile = FRENCH, folded = fold(text)): MaskedSpan[] {
  const spans: MaskedSpan[] = [];
  for (const rule of rulesOf(profile)) {
    for (const m of allMatches(rule.pattern, rule.folded ? folded : text)) {
      spans.push({ start: m.index, end: m.index + m[0].length, reason: rule.reason });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** True when [start, end) overlaps any of the spans. */
export function overlapsAny(start: number, end: number, spans: readonly { start: number; end: number }[]): boolean {
  return spans.some((s) => start < s.end && end > s.start);
}
