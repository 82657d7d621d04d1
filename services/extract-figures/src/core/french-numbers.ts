import { fold } from './text-fold.ts';

/** A number found in a text: its span (scale word included) and its value. */
export interface NumberMention {
  start: number;
  end: number;
  value: number;
  raw: string;
  written: 'digits' | 'words';
  scale: number; // 1, or the value of the scale word that multiplied it ("9,8 millions": 1e6)
}

const SCALES: Record<string, number> = {
  mille: 1e3,
  million: 1e6,
  millions: 1e6,
  milliard: 1e9,
  milliards: 1e9,
};

const UNITS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
};

const NUMBER_WORDS = new Set([...Object.keys(UNITS), 'cent', 'cents', ...Object.keys(SCALES)]);

// Floating-point products such as 9.8 * 1e6 are rounded back to what the text printed.
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** Parses digits as French texts print them: `1 352`, `80 000`, `300.000`, `9,8`. */
export function parseFrenchDigits(raw: string): number | null {
  const compact = raw.replace(/[\s\u00A0\u202F]/g, '');
  let normalised: string;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(compact)) normalised = compact.replace(/\./g, '').replace(',', '.');
  else if (/^\d+(,\d+)?$/.test(compact)) normalised = compact.replace(',', '.');
  else return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** Parses a number written in French words (`quatre-vingt-dix`, `trois cent mille`, `un million`). */
export function parseFrenchNumberWords(words: string): number | null {
  const tokens = fold(words).split(/[\s-]+/).filter((t) => t.length > 0 && t !== 'et');
  if (tokens.length === 0) return null;
  let total = 0;
  let current = 0;
  let previous = '';
  for (const token of tokens) {
    if (token in UNITS) {
      current += UNITS[token] ?? 0;
    } else if (token === 'cent' || token === 'cents') {
      current = (current === 0 ? 1 : current) * 100;
    } else if (token in SCALES) {
      const scale = SCALES[token] ?? 1;
      if (scale === 1e3) {
        total += (current === 0 ? 1 : current) * scale;
      } else {
        // "deux millions trois cent mille": the millions take everything said so far.
        total = (total + (current === 0 ? 1 : current)) * scale;
      }
      current = 0;
    } else {
      return null;
    }
    // "quatre-vingt(s)" multiplies instead of adding.
    if ((token === 'vingt' || token === 'vingts') && previous === 'quatre') current += 80 - 24;
    previous = token;
  }
  return total + current;
}

const DIGITS = /(?<![\p{L}\d/\\.,-])(\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?!\d)|\d{1,3}(?:\.\d{3})+(?![\d.])|\d+)(,\d+)?(?![\d/]|\.\d|-\d|\p{L})/gu;
const SCALE_AFTER = /^[ \u00A0\u202F]+(milliards?|millions?|mille)\b/;

function findDigitNumbers(text: string, folded: string): NumberMention[] {
  const found: NumberMention[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const start = m.index;
    let end = start + m[0].length;
    let value = parseFrenchDigits(m[0]);
    if (value === null) continue;
    let scale = 1;
    const scaleWord = SCALE_AFTER.exec(folded.slice(end));
    if (scaleWord?.[1]) {
      scale = SCALES[scaleWord[1]] ?? 1;
      value = tidy(value * scale);
      end += scaleWord[0].length;
    }
    found.push({ start, end, value, raw: text.slice(start, end), written: 'digits', scale });
  }
  return found;
}

function findWordNumbers(text: string, folded: string): NumberMention[] {
  const tokens = [...folded.matchAll(/[a-z]+/g)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  const found: NumberMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const run: typeof tokens = [];
    let j = i;
    while (j < tokens.length) {
      const t = tokens[j];
      if (!t) break;
      const prev = run[run.length - 1];
      if (prev && !/^[ -]$/.test(folded.slice(prev.end, t.start))) break;
      // "pour cent" is a percent sign, not a hundred.
      const before = tokens[j - 1];
      if ((t.word === 'cent' || t.word === 'cents') && run.length === 0 && before?.word === 'pour') break;
      if (t.word === 'et' && prev && /^(vingt|trente|quarante|cinquante|soixante)$/.test(prev.word)
        && /^(un|une|onze)$/.test(tokens[j + 1]?.word ?? '')) {
        run.push(t);
        j++;
        continue;
      }
      if (!NUMBER_WORDS.has(t.word)) break;
      run.push(t);
      j++;
    }
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !last) {
      i++;
      continue;
    }
    // A lone "un"/"une" is an article; only "un million" and the like are amounts.
    const loneArticle = run.every((t) => t.word === 'un' || t.word === 'une');
    if (!loneArticle) {
      const raw = text.slice(first.start, last.end);
      const value = parseFrenchNumberWords(raw);
      const scale = Math.max(1, ...run.map((t) => SCALES[t.word] ?? 1));
      if (value !== null) found.push({ start: first.start, end: last.end, value, raw, written: 'words', scale });
    }
    i = j;
  }
  return found;
}

/** Finds every number written in digits or in French words, with any scale word that follows. */
export function findNumbers(text: string): NumberMention[] {
  const folded = fold(text);
  const all = [...findDigitNumbers(text, folded), ...findWordNumbers(text, folded)];
  all.sort((a, b) => a.start - b.start);
  // A digit number already took its scale word ("9,8 millions"): drop the word-number inside it.
  return all.filter((n) => !all.some((o) => o !== n && o.start <= n.start && o.end >= n.end && o.end - o.start > n.end - n.start));
}
