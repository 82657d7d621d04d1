/** What one blank-line-separated block of cleaned text is. */
export type Block =
  | { kind: 'numbered'; number: number; body: string; raw: string; label?: string }
  | { kind: 'table'; rows: string[][]; raw: string }
  | { kind: 'bare-roman'; value: number; numeral: string; raw: string }
  | { kind: 'annex'; label: string; raw: string }
  | { kind: 'sub-item'; raw: string }
  | { kind: 'roman'; value: number; numeral: string; title: string; raw: string }
  | { kind: 'lost-numeral'; title: string; raw: string }
  | { kind: 'letter'; letter: string; title: string; raw: string }
  | { kind: 'footnote'; marker: string; number: number; body: string; raw: string }
  | { kind: 'closing'; raw: string }
  | { kind: 'text'; raw: string };

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The integer a run of superscript digits stands for ("¹²" is 12). */
export function superscriptValue(marker: string): number {
  return Number([...marker].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join(''));
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** The value of a roman numeral, or NaN when it is not one. */
export function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN[numeral[i] ?? ''];
    const next = ROMAN[numeral[i + 1] ?? ''] ?? 0;
    if (value === undefined) return Number.NaN;
    total += value < next ? -value : value;
  }
  return total;
}

/** Writes n as a roman numeral (chapters of a report stay well below 90). */
export function toRoman(n: number): string {
  const table: [number, string][] = [[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = n;
  let out = '';
  for (const [value, numeral] of table) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/** A heading is short and does not end like a sentence. */
export function headingShaped(text: string, maxLength = 400): boolean {
  return text.length <= maxLength && !/[.;:,]$/.test(text) && !text.includes('\n');
}

/** Classifies one block by its opening: paragraph number, sub-item, heading, footnote, closing line or text. */
export function classifyBlock(raw: string): Block {
  const footnote = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\*{1,3})\s+([\s\S]*)$/.exec(raw);
  if (footnote?.[1] && footnote[2] !== undefined) {
    const marker = footnote[1];
    return { kind: 'footnote', marker, number: marker.startsWith('*') ? 0 : superscriptValue(marker), body: footnote[2], raw };
  }
  // A PDF table: rows of tab-separated cells, one a line.
  if (raw.includes('\t')) return { kind: 'table', rows: raw.split('\n').map((row) => row.split('\t')), raw };
  // A budget fascicle numbers its paragraphs within its section: "17.1", "17.48".
  const prefixed = /^(\d{1,2})\.(\d{1,3})\s+(?=[\p{Lu}(“"‘'«])([\s\S]*)$/u.exec(raw);
  if (prefixed?.[1] && prefixed[2] && prefixed[3] !== undefined) {
    return { kind: 'numbered', number: Number(prefixed[2]), label: `${prefixed[1]}.${prefixed[2]}`, body: prefixed[3], raw };
  }
  // A part of a resolution is announced by its numeral alone, its title on the next line.
  const bare = /^([IVX]{1,5})$/.exec(raw);
  if (bare?.[1] && !Number.isNaN(romanValue(bare[1]))) return { kind: 'bare-roman', value: romanValue(bare[1]), numeral: bare[1], raw };
  const annex = /^(Annex(?:e)?(?: [IVX]+| \d+)?)$/.exec(raw);
  if (annex?.[1]) return { kind: 'annex', label: annex[1], raw };
  const numbered = /^(\d{1,3})\.\s+([\s\S]*)$/.exec(raw);
  if (numbered?.[1] && numbered[2] !== undefined) return { kind: 'numbered', number: Number(numbered[1]), body: numbered[2], raw };
  if (/^\(?(?:[a-z]|[ivx]{1,5})\)\s/.test(raw)) return { kind: 'sub-item', raw };
  // The meeting that adopted a resolution closes it: "69th plenary meeting", "69e séance plénière".
  if (/^\d{1,3}(?:st|nd|rd|th|e|re)\s+(?:\((?:resumed|reprise)\)\s+)?(?:plenary meeting|séance plénière)$/.test(raw)) return { kind: 'closing', raw };
  const roman = /^([IVXL]{1,6})\.\s+(.+)$/.exec(raw);
  if (roman?.[1] && roman[2] && headingShaped(roman[2]) && !Number.isNaN(romanValue(roman[1]))) {
    return { kind: 'roman', value: romanValue(roman[1]), numeral: roman[1], title: roman[2], raw };
  }
  const lost = /^\.\s+(\p{Lu}.*)$/u.exec(raw);
  if (lost?.[1] && headingShaped(lost[1])) return { kind: 'lost-numeral', title: lost[1], raw };
  const letter = /^([A-Z])\.\s+(.+)$/.exec(raw);
  if (letter?.[1] && letter[2] && headingShaped(letter[2])) return { kind: 'letter', letter: letter[1], title: letter[2], raw };
  return { kind: 'text', raw };
}
