// The commonest short words of each language the UN publishes its reports in (of those we read).
const STOP_WORDS: Record<string, ReadonlySet<string>> = {
  fr: new Set(['le', 'la', 'les', 'des', 'du', 'et', 'à', 'un', 'une', 'que', 'qui', 'dans', 'pour', 'par', 'sur', 'est', 'au', 'aux', 'ont', 'ces']),
  en: new Set(['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'by', 'as', 'are', 'which', 'its', 'this', 'be', 'has', 'have', 'were']),
  es: new Set(['el', 'los', 'las', 'del', 'y', 'con', 'una', 'por', 'para', 'se', 'lo', 'su', 'sus', 'como', 'al', 'es', 'fue', 'han', 'sobre', 'entre']),
};

// Each word's languages, so that a word is looked up once (it was looked up in every list, with an
// array of the lists made afresh for every word of the text).
const LANGUAGES_OF = new Map<string, string[]>();
for (const [language, words] of Object.entries(STOP_WORDS)) for (const word of words) LANGUAGES_OF.set(word, [...(LANGUAGES_OF.get(word) ?? []), language]);
const LONGEST = Math.max(...[...LANGUAGES_OF.keys()].map((word) => word.length));
const WORD = /\p{L}+/gu;

/**
 * Tells the language of a text ("fr", "en", "es") by counting its commonest short words; a text
 * too short to tell is taken for French, the language the corpus is read in first.
 */
export function detectLanguage(text: string): string {
  const counts = new Map<string, number>(Object.keys(STOP_WORDS).map((l) => [l, 0]));
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    const languages = m[0].length <= LONGEST ? LANGUAGES_OF.get(m[0]) : undefined;
    if (languages) for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const [best, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['fr', 0];
  return count >= 5 ? best : 'fr';
}
