/** One word of a search, in the forms the two word-level indexes hold. */
export interface SearchWord {
  word: string; // lowercased as typed
  exactForms: string[]; // the word and its plural/feminine forms, accents as typed
  foldedForms: string[]; // the same with accents removed
}

const MAX_WORDS = 8;

/** Removes accents the way PostgreSQL's unaccent does for French (œ and æ spelt out). */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae').replace(/Æ/g, 'AE');
}

/**
 * The inflections a French noun or adjective takes in number and gender (`traité`, `traités`,
 * `traitée`, `traitées`): enough to match a word as written without a stemmer, which would fold
 * `traite` and `traité` (and `traitement`) together.
 */
export function lightForms(word: string): string[] {
  if (/^\d+$/.test(word)) return [word];
  const base = word.length > 3 && /[sx]$/.test(word) ? word.slice(0, -1) : word;
  return [...new Set([base, `${base}s`, `${base}e`, `${base}es`, word])];
}

/**
 * The words of a query: letters and digits, lowercased; elisions (`l'`, `d'`) and one-letter
 * words dropped; at most MAX_WORDS.
 */
export function searchWords(query: string): SearchWord[] {
  const words = query.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const unique = [...new Set(words.filter((word) => word.length > 1))].slice(0, MAX_WORDS);
  return unique.map((word) => {
    const exactForms = lightForms(word);
    return { word, exactForms, foldedForms: [...new Set(exactForms.map(foldAccents))] };
  });
}

/** A tsquery text matching any of the forms; safe because forms hold only letters and digits. */
export function anyOf(forms: readonly string[]): string {
  return forms.map((form) => `'${form}'`).join(' | ');
}

const MARK_START = '\u0002';
const MARK_END = '\u0003';

/** ts_headline options: unprintable markers, so the text can be escaped before marks go in. */
export const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

/** A headline as safe HTML: the text escaped, the matches in <mark>. */
export function headlineToHtml(headline: string): string {
  const escaped = headline.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
  return escaped.replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>');
}
