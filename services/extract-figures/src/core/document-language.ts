import type { SegmentedDocument } from '@palermo/contracts';
import type { LanguageProfile } from './language-profile.ts';
import { PROFILES, profileFor } from './languages.ts';
import { countStopwords } from './stopword-counts.ts';
import { fold } from './text-fold.ts';
import { UNREAD_STOPWORDS, unreadLanguageOf } from './unread-languages.ts';

// Below this share of the declared language's common words among all counted, the text is mixed.
const MIXED_BELOW = 0.7;
const SAMPLE_CHARS = 200_000;
// The common words of every language, read and unread, counted in one pass (a regex: on the whole
// text it runs natively from the first call, where a loop over the characters is slow until the JIT
// has optimised it).
const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(Object.values(PROFILES).map((p: LanguageProfile) => [p.language, p.stopwords])),
  ...UNREAD_STOPWORDS,
};

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
  const all = countStopwords(folded.slice(0, SAMPLE_CHARS), STOPWORDS);
  // Mixed or not is told among the languages read.
  const counts = new Map(Object.keys(PROFILES).map((language) => [language, all.get(language) ?? 0]));
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const own = counts.get(profile.language) ?? 0;
  // A text the segment stage could not tell (taken for French) may be in a language not read at all.
  const unread = unreadLanguageOf(doc.text.slice(0, SAMPLE_CHARS), all, own);
  if (unread) return { profile: null, warnings: [`${notRead(unread)} (the text reads as "${unread}", though declared "${declared}")`] };
  const warnings: string[] = [];
  if (total >= 40 && own / total < MIXED_BELOW) {
    const shares = [...counts].map(([l, n]) => `${l} ${Math.round((n / total) * 100)} %`).join(', ');
    warnings.push(`text mixes languages (${shares}); read as "${profile.language}", its declared language: figures in the other language may be missed`);
  }
  return { profile, warnings };
}
