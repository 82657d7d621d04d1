import type { SegmentedDocument } from '@palermo/contracts';
import type { LanguageProfile } from './language-profile.ts';
import { PROFILES, profileFor } from './languages.ts';
import { fold } from './text-fold.ts';
import { unreadLanguageOf } from './unread-languages.ts';

// Below this share of the declared language's common words among all counted, the text is mixed.
const MIXED_BELOW = 0.7;
const SAMPLE_CHARS = 200_000;
// Counted with one regex: on the whole text it runs natively from the first call, where a loop over
// the characters is slow until the JIT has optimised it.
const STOPWORDS = new Map<LanguageProfile, RegExp>();

function stopwordPattern(profile: LanguageProfile): RegExp {
  let pattern = STOPWORDS.get(profile);
  if (!pattern) {
    // "Not after a letter" as a consumed character, not a lookbehind: the same matches, found faster.
    pattern = new RegExp(`(?:^|[^a-z])(?:${profile.stopwords.join('|')})(?![a-z])`, 'g');
    STOPWORDS.set(profile, pattern);
  }
  return pattern;
}

function notRead(language: string): string {
  return `language "${language}" is not read by the extractor (it reads ${Object.keys(PROFILES).join(', ')}): no facts extracted`;
}

/**
 * The profile to read a document with, from the language its metadata declares (the segment stage
 * decides it), and warnings: a language the product does not read, or a text that mixes languages.
 */
export function documentLanguage(doc: Pick<SegmentedDocument, 'metadata' | 'text'>, folded = fold(doc.text)): { profile: LanguageProfile | null; warnings: string[] } {
  const declared = doc.metadata.language;
  const profile = profileFor(declared);
  if (!profile) {
    return { profile: null, warnings: [notRead(declared || 'unknown')] };
  }
  const counts = new Map<string, number>();
  const sample = folded.slice(0, SAMPLE_CHARS);
  for (const p of Object.values(PROFILES)) counts.set(p.language, sample.match(stopwordPattern(p))?.length ?? 0);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const own = counts.get(profile.language) ?? 0;
  // A text the segment stage could not tell (taken for French) may be in a language not read at all.
  const unread = unreadLanguageOf(doc.text.slice(0, SAMPLE_CHARS), sample, own);
  if (unread) return { profile: null, warnings: [`${notRead(unread)} (the text reads as "${unread}", though declared "${declared}")`] };
  const warnings: string[] = [];
  if (total >= 40 && own / total < MIXED_BELOW) {
    const shares = [...counts].map(([l, n]) => `${l} ${Math.round((n / total) * 100)} %`).join(', ');
    warnings.push(`text mixes languages (${shares}); read as "${profile.language}", its declared language: figures in the other language may be missed`);
  }
  return { profile, warnings };
}
