// How many of each language's commonest short words a folded text holds, all languages in one
// pass: one regex over every list, each match credited to the languages whose list has the word.
// Six regexes, one per language, read the text six times: with the script test beside them, a fifth
// of the extractor's time.

type Lists = Readonly<Record<string, readonly string[]>>;
interface Counter { pattern: RegExp; languagesOf: Map<string, number[]>; languages: string[] } // languages by index
const COUNTERS = new WeakMap<Lists, Counter>();

function counterFor(lists: Lists): Counter {
  let counter = COUNTERS.get(lists);
  if (!counter) {
    const languages = Object.keys(lists);
    const languagesOf = new Map<string, number[]>();
    languages.forEach((language, index) => {
      for (const word of lists[language]!) languagesOf.set(word, [...(languagesOf.get(word) ?? []), index]);
    });
    // Longest first (the lookahead would reject a shorter word's end anyway, after a retry); "not
    // after a letter" is a consumed character, not a lookbehind: the same matches, found faster.
    const words = [...languagesOf.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
    const pattern = new RegExp(`(?:^|[^a-z])(${words.join('|')})(?![a-z])`, 'g');
    counter = { pattern, languagesOf, languages };
    COUNTERS.set(lists, counter);
  }
  return counter;
}

/** Each language's count of whole words of its list in `folded` (lower case, no accents). */
export function countStopwords(folded: string, lists: Lists): Map<string, number> {
  const { pattern, languagesOf, languages } = counterFor(lists);
  const counts = new Array<number>(languages.length).fill(0);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
    for (const index of languagesOf.get(match[1]!) ?? []) counts[index]! += 1;
  }
  return new Map(languages.map((language, index) => [language, counts[index]!]));
}
