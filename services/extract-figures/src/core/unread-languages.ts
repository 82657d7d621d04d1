// Evidence that a text declared French or English is in a language the extractor does not read:
// the commonest short words of other languages UN texts come in (folded; a word shared with French,
// as "il", counts for both), and scripts other than Latin. The segment stage takes a text it cannot tell for French.
export const UNREAD_STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  es: ['el', 'los', 'las', 'del', 'y', 'con', 'una', 'por', 'para', 'como', 'fue', 'han', 'sus', 'esta', 'este'],
  pt: ['os', 'da', 'do', 'das', 'dos', 'em', 'na', 'com', 'uma', 'foram', 'pela', 'pelo', 'ao', 'nao'],
  it: ['il', 'di', 'che', 'della', 'delle', 'degli', 'dei', 'nel', 'nella', 'gli', 'alla', 'sono', 'hanno', 'anche'],
  de: ['der', 'die', 'das', 'und', 'den', 'dem', 'ist', 'nicht', 'mit', 'von', 'zu', 'auf', 'im', 'eine', 'wurden', 'wird', 'sich'],
};
const SCRIPTS: ReadonlyArray<[string, RegExp]> = [['ru', /\p{Script=Cyrillic}/gu], ['ar', /\p{Script=Arabic}/gu], ['zh', /\p{Script=Han}/gu]];
const ANY_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Han}]/u;
// The blocks those scripts live in (and the planes past the BMP up to Han's last): a class of few
// ranges that a Latin text never meets, so the Unicode property test runs only where it might hold.
// eslint-disable-next-line no-misleading-character-class -- ranges of code points: some ends are combining marks, nothing is combined
const SCRIPT_BLOCKS = /[\u0400-\u08FF\u1C80-\u1C8F\u2DE0-\u2DFF\u2E80-\u9FFF\uA640-\uA69F\uF900-\uFAFF\uFB50-\uFEFF\u{10000}-\u{3FFFF}]/gu;

/** Whether `text` holds a Cyrillic, Arabic or Han character. */
export function hasUnreadScript(text: string): boolean {
  SCRIPT_BLOCKS.lastIndex = 0;
  for (let match = SCRIPT_BLOCKS.exec(text); match; match = SCRIPT_BLOCKS.exec(text)) {
    if (ANY_SCRIPT.test(match[0])) return true;
  }
  return false;
}

/**
 * The unread language a text is written in, when the evidence outweighs its declared language's
 * common words: `counts` holds each language's (countStopwords over UNREAD_STOPWORDS and the
 * declared one's list), `ownStopwords` the declared language's; `text` is unfolded, for the script.
 */
export function unreadLanguageOf(text: string, counts: ReadonlyMap<string, number>, ownStopwords: number): string | null {
  // Counted only when one such character is there: a match per letter of a Latin text cost more
  // than the rest of the language check.
  if (hasUnreadScript(text)) {
    const letters = text.length - text.replace(/\p{L}/gu, '').length;
    for (const [language, script] of SCRIPTS) {
      if (letters >= 100 && text.length - text.replace(script, '').length > letters / 2) return language;
    }
  }
  let best: { language: string; count: number } | null = null;
  for (const language of Object.keys(UNREAD_STOPWORDS)) {
    const count = counts.get(language) ?? 0;
    if (!best || count > best.count) best = { language, count };
  }
  return best && best.count >= 8 && best.count > ownStopwords * 2 ? best.language : null;
}
