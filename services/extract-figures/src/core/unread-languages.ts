// Evidence that a text declared French or English is in a language the extractor does not read:
// the commonest short words of other languages UN texts come in (folded, none shared with French or
// English), and scripts other than Latin. The segment stage takes a text it cannot tell for French.
const UNREAD_STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  es: ['el', 'los', 'las', 'del', 'y', 'con', 'una', 'por', 'para', 'como', 'fue', 'han', 'sus', 'esta', 'este'],
  pt: ['os', 'da', 'do', 'das', 'dos', 'em', 'na', 'com', 'uma', 'foram', 'pela', 'pelo', 'ao', 'nao'],
  it: ['il', 'di', 'che', 'della', 'delle', 'degli', 'dei', 'nel', 'nella', 'gli', 'alla', 'sono', 'hanno', 'anche'],
  de: ['der', 'die', 'das', 'und', 'den', 'dem', 'ist', 'nicht', 'mit', 'von', 'zu', 'auf', 'im', 'eine', 'wurden', 'wird', 'sich'],
};
const SCRIPTS: ReadonlyArray<[string, RegExp]> = [['ru', /\p{Script=Cyrillic}/gu], ['ar', /\p{Script=Arabic}/gu], ['zh', /\p{Script=Han}/gu]];
const ANY_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Han}]/u;
const PATTERNS = Object.entries(UNREAD_STOPWORDS).map(([language, words]) => [language, new RegExp(`(?:^|[^a-z])(?:${words.join('|')})(?![a-z])`, 'g')] as const);

/**
 * The unread language a text is written in, when the evidence outweighs its declared language's
 * common words (`ownStopwords` of them in `folded`, `text` unfolded for the script), else null.
 */
export function unreadLanguageOf(text: string, folded: string, ownStopwords: number): string | null {
  // Counted only when one such character is there: a match per letter of a Latin text cost more
  // than the rest of the language check.
  if (ANY_SCRIPT.test(text)) {
    const letters = text.length - text.replace(/\p{L}/gu, '').length;
    for (const [language, script] of SCRIPTS) {
      if (letters >= 100 && text.length - text.replace(script, '').length > letters / 2) return language;
    }
  }
  let best: { language: string; count: number } | null = null;
  for (const [language, pattern] of PATTERNS) {
    const count = folded.match(pattern)?.length ?? 0;
    if (!best || count > best.count) best = { language, count };
  }
  return best && best.count >= 8 && best.count > ownStopwords * 2 ? best.language : null;
}
