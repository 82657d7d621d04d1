import type { LanguageProfile } from './language-profile.ts';
import { FRENCH } from './profile-fr.ts';
import { allMatches, runStartBefore } from './matches.ts';
import { fold } from './text-fold.ts';

/** A number found in a text: its span (scale word included) and its value. */
export interface NumberMention {
  start: number;
  end: number;
  value: number;
  raw: string;
  written: 'digits' | 'words';
  scale: number; // 1, or the value of the scale word that multiplied it ("9,8 millions": 1e6)
  glued: boolean; // no space between the number and the word before or after it (lost in extraction)
}

// Floating-point products such as 9.8 * 1e6 are rounded back to what the text printed.
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

const GROUP_SPACES = /[ \u00A0\u202F\u2009\u2007'’]/g;
const DOT_GROUPS = /^\d{1,3}(?:\.\d{3})+$/;
const COMMA_GROUPS = /^\d{1,3}(?:,\d{3})+$/;

/**
 * Parses digits with every thousands separator (space, no-break and narrow no-break spaces,
 * apostrophe, dot, comma) and either decimal mark. A mark is read as the language prints it; a
 * reading that depends on a guess (a lone "1,500" in French, "1.500" in English) is refused, and so is
 * a decimal in the other language's mark unless a scale word follows ("1.5 millions").
 */
export function parseDigits(raw: string, profile: LanguageProfile, options: { scaled?: boolean } = {}): number | null {
  const compact = raw.replace(GROUP_SPACES, '');
  if (!/^\d[\d.,]*$/.test(compact) || /[.,]$/.test(compact)) return null;
  const decimal = profile.numbers.decimal;
  const other = decimal === ',' ? '.' : ',';
  const dots = (compact.match(/\./g) ?? []).length;
  const commas = (compact.match(/,/g) ?? []).length;
  let grouping: string | null = null;
  let mark: string | null = null;
  if (dots > 0 && commas > 0) {
    // "1.234,5" or "1,234.5": the last mark is the decimal one, and may appear once.
    mark = compact.lastIndexOf('.') > compact.lastIndexOf(',') ? '.' : ',';
    grouping = mark === '.' ? ',' : '.';
    if ((mark === '.' ? dots : commas) !== 1) return null;
  } else if (dots + commas > 0) {
    const used = dots > 0 ? '.' : ',';
    const count = dots + commas;
    const groupsOfThree = (used === '.' ? DOT_GROUPS : COMMA_GROUPS).test(compact);
    if (count > 1) {
      if (!groupsOfThree) return null;
      grouping = used;
    } else if (groupsOfThree) {
      // "300.000" in French, "25,000" in English; the same with the language's decimal mark is a guess.
      if (used !== other) return null;
      grouping = used;
    } else {
      // "9,8" in French, "1.5" in English; the other mark as a decimal only before a scale word.
      if (used !== decimal && !options.scaled) return null;
      mark = used;
    }
  }
  let normalised = grouping ? compact.split(grouping).join('') : compact;
  if (mark) normalised = normalised.replace(mark, '.');
  if (!/^\d+(?:\.\d+)?$/.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** Parses digits as French texts print them: `1 352`, `80 000`, `300.000`, `9,8`. */
export function parseFrenchDigits(raw: string): number | null {
  return parseDigits(raw, FRENCH);
}

/** Parses a number written in words (`quatre-vingt-dix`, `trois cent mille`, `one hundred and five`). */
export function parseNumberWords(words: string, profile: LanguageProfile): number | null {
  const { numbers } = profile;
  const tokens = fold(words).split(/[\s-]+/).filter((t) => t.length > 0 && !numbers.joiners.includes(t));
  if (tokens.length === 0) return null;
  let total = 0;
  let current = 0;
  let previous = '';
  for (const token of tokens) {
    const unit = numbers.words[token];
    const scale = numbers.scales[token];
    if (unit !== undefined) {
      current += unit;
    } else if (numbers.hundreds.includes(token)) {
      current = (current === 0 ? 1 : current) * 100;
    } else if (scale !== undefined) {
      if (scale === 1e3) {
        total += (current === 0 ? 1 : current) * scale;
      } else {
        // "deux millions trois cent mille": the millions take everything said so far.
        total = (total + (current === 0 ? 1 : current)) * scale;
      }
      current = 0;
    } else if (numbers.articles.includes(token)) {
      current += 1; // "a million", "a hundred"
    } else {
      return null;
    }
    // "quatre-vingt(s)" multiplies instead of adding.
    if (numbers.frenchTens && (token === 'vingt' || token === 'vingts') && previous === 'quatre') current += 80 - 24;
    previous = token;
  }
  return total + current;
}

/** Parses a number written in French words (`quatre-vingt-dix`, `trois cent mille`, `un million`). */
export function parseFrenchNumberWords(words: string): number | null {
  return parseNumberWords(words, FRENCH);
}

// A run of digits with any thousands grouping, then any decimal part. What is around it is checked in code.
const DIGITS = /(?<![\d/\\.,-])(\d{1,3}(?:(?:[ \u00A0\u202F\u2009\u2007]|['’]|[.,])\d{3})+(?![\d])|\d+)(?:[.,]\d+)?(?![\d/]|[.,]\d|-\d)/gu;
const ORDINAL_SUFFIX = /^(?:e|er|ere|re|eme|emes|es|st|nd|rd|th|h|km|kg|m|x|d)$/;

interface ScaleWord { value: number; length: number }

function scaleAfter(folded: string, end: number, profile: LanguageProfile): ScaleWord | null {
  const m = /^[ \u00A0\u202F]*([a-z]+)/.exec(folded.slice(end, end + 16));
  const value = m?.[1] ? profile.numbers.scales[m[1]] : undefined;
  return m && value !== undefined ? { value, length: m[0].length } : null;
}

// Glued to the word before ("de1 352"): only after a lower-case word; "A41", "CO2" or "COVID19" are codes.
function gluedBefore(text: string, start: number): boolean | null {
  const from = runStartBefore(text, start, 20);
  if (from === start) return false;
  const before = text.slice(from, start);
  return before === before.toLowerCase() ? true : null;
}

// Glued to the word after ("352victimes"): only a word of three letters or more that is not a suffix.
function gluedAfter(folded: string, end: number): boolean | null {
  const after = /^([a-z]+)/.exec(folded.slice(end, end + 30))?.[1];
  if (!after) return /^\p{L}/u.test(folded.slice(end, end + 1)) ? null : false;
  return after.length >= 3 && !ORDINAL_SUFFIX.test(after) ? true : null;
}

function findDigitNumbers(text: string, folded: string, profile: LanguageProfile): NumberMention[] {
  const found: NumberMention[] = [];
  for (const m of allMatches(DIGITS, text)) {
    const start = m.index;
    let end = start + m[0].length;
    // "2 000 000" whose first group was refused ("A2 000 000") must not come back as "000 000";
    // "2016 150" may be one number or two: neither is read.
    if (/\d[ \u00A0\u202F\u2009\u2007'’]$/.test(text.slice(Math.max(0, start - 2), start)) && /^\d{3}(?!\d)/.test(m[0])) continue;
    const before = gluedBefore(text, start);
    const scale = scaleAfter(folded, end, profile);
    const after = scale ? false : gluedAfter(folded, end);
    if (before === null || after === null) continue;
    let value = parseDigits(m[0], profile, { scaled: scale !== null });
    if (value === null) continue;
    if (scale) {
      value = tidy(value * scale.value);
      end += scale.length;
    }
    found.push({ start, end, value, raw: text.slice(start, end), written: 'digits', scale: scale?.value ?? 1, glued: before || after });
  }
  return found;
}

const TOKENS = new Map<LanguageProfile, RegExp>();

// Number words, joiners and articles only: the sentence is scanned once by one regex, never tokenised.
function tokenPattern(profile: LanguageProfile): RegExp {
  let pattern = TOKENS.get(profile);
  if (!pattern) {
    const { numbers } = profile;
    const words = [...new Set([...Object.keys(numbers.words), ...numbers.hundreds, ...Object.keys(numbers.scales), ...numbers.joiners, ...numbers.articles])];
    // "Not after a letter" as a consumed character, not a lookbehind: the same words, found faster.
    pattern = new RegExp(`(?:^|[^a-z])(${words.sort((a, b) => b.length - a.length).join('|')})(?![a-z])`, 'g');
    TOKENS.set(profile, pattern);
  }
  return pattern;
}

interface Token { word: string; start: number; end: number }

// Helpers at module level, not closures: tsx (keepNames) names every closure each time it is made.
function isNumberWord(w: string, numbers: LanguageProfile['numbers']): boolean {
  return w in numbers.words || numbers.hundreds.includes(w) || w in numbers.scales;
}

function isTens(w: string, numbers: LanguageProfile['numbers']): boolean {
  return (numbers.words[w] ?? 0) >= 20 && (numbers.words[w] ?? 0) % 10 === 0;
}

function adjacent(folded: string, a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && /^[ -]$/.test(folded.slice(a.end, b.start));
}

function findWordNumbers(text: string, folded: string, profile: LanguageProfile): NumberMention[] {
  const { numbers } = profile;
  // Pushed into an array literal, not built by map(): an empty map() result has another elements
  // kind than a full one, and code optimised for one is thrown away when the other comes.
  const tokens: Token[] = [];
  for (const m of allMatches(tokenPattern(profile), folded)) {
    const word = m[1] ?? '';
    const end = m.index + m[0].length;
    tokens.push({ word, start: end - word.length, end });
  }
  if (tokens.length === 0) return [];
  const found: NumberMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const run: Token[] = [];
    let j = i;
    while (j < tokens.length) {
      const t = tokens[j];
      if (!t) break;
      const prev = run[run.length - 1];
      if (prev && !adjacent(folded, prev, t)) break;
      const nextToken = tokens[j + 1];
      const next = adjacent(folded, t, nextToken) ? nextToken?.word ?? '' : '';
      // "pour cent", "per cent" is a percent sign, not a hundred.
      if (numbers.hundreds.includes(t.word) && run.length === 0 && numbers.percentBefore.some((w) => folded.endsWith(`${w} `, t.start))) break;
      if (numbers.joiners.includes(t.word)) {
        // "vingt et un", "one hundred and five": a joiner inside a number, never between two numbers.
        const joins = prev !== undefined && (numbers.frenchTens
          ? isTens(prev.word, numbers) && /^(?:un|une|onze)$/.test(next)
          : (numbers.hundreds.includes(prev.word) || prev.word in numbers.scales) && next in numbers.words);
        if (!joins) break;
        run.push(t);
        j++;
        continue;
      }
      // "a million", "a hundred": the article counts as one before a scale word only.
      const article = run.length === 0 && numbers.articles.includes(t.word) && !(t.word in numbers.words);
      if (article && (next in numbers.scales || numbers.hundreds.includes(next))) {
        run.push(t);
        j++;
        continue;
      }
      if (!isNumberWord(t.word, numbers)) break;
      run.push(t);
      j++;
    }
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !last) {
      i++;
      continue;
    }
    // A lone "un", "une", "one" is an article; only "un million" and the like are amounts.
    const loneArticle = run.every((t) => numbers.articles.includes(t.word));
    if (!loneArticle) {
      const raw = text.slice(first.start, last.end);
      const value = parseNumberWords(raw, profile);
      const scale = Math.max(1, ...run.map((t) => numbers.scales[t.word] ?? 1));
      if (value !== null) found.push({ start: first.start, end: last.end, value, raw, written: 'words', scale, glued: false });
    }
    i = j;
  }
  return found;
}

/** Finds every number written in digits or in words of the language, with any scale word that follows. */
export function findNumbers(text: string, profile: LanguageProfile = FRENCH, folded = fold(text)): NumberMention[] {
  const all = [...findDigitNumbers(text, folded, profile), ...findWordNumbers(text, folded, profile)];
  all.sort((a, b) => a.start - b.start);
  // A digit number already took its scale word ("9,8 millions"): drop the word-number inside it.
  return all.filter((n) => !all.some((o) => o !== n && o.start <= n.start && o.end >= n.end && o.end - o.start > n.end - n.start));
}
