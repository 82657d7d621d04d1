// Ordinal words of a UN session, in English and French, up to the nineties.
const EN_UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
};
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const FR_WORDS: Record<string, number> = {
  premier: 1, première: 1, un: 1, une: 1, unième: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40,
  cinquante: 50, soixante: 60,
};

/** The French word an ordinal is made from: "huitième" is "huit", "neuvième" "neuf", "cinquième" "cinq". */
function frenchRoot(word: string): string {
  if (!/ième$/.test(word)) return word;
  const stem = word.replace(/ième$/, '');
  if (stem === 'neuv') return 'neuf';
  if (stem === 'cinqu') return 'cinq';
  return FR_WORDS[stem] !== undefined ? stem : `${stem}e`;
}

/**
 * The number of a session printed in words: "Seventy-eighth session" is 78, "Eighty-first" 81,
 * "Soixante-dix-huitième session" 78; null when the words are not an ordinal.
 */
export function sessionNumber(printed: string): number | null {
  const words = printed
    .toLowerCase()
    .replace(/\s+session$/, '')
    .replace(/^(?:resumed|reprise de la)\s+/, '')
    .split(/[-\s]+/)
    .filter((w) => w.length > 0 && w !== 'et');
  if (words.length === 0) return null;
  const last = words.at(-1) ?? '';
  if (EN_UNITS[last] !== undefined) {
    const tens = words.length === 2 ? EN_TENS[words[0] ?? ''] : 0;
    return words.length <= 2 && tens !== undefined ? tens + (EN_UNITS[last] ?? 0) : null;
  }
  let total = 0;
  for (let i = 0; i < words.length; i++) {
    const word = i === words.length - 1 ? frenchRoot(words[i] ?? '') : (words[i] ?? '');
    const value = FR_WORDS[word];
    if (value === undefined) return null;
    // "quatre-vingt" is four twenties.
    if (value === 4 && /^vingts?/.test(words[i + 1] ?? '')) {
      total += 80;
      i++;
    } else total += value;
  }
  return total > 0 && total < 100 ? total : null;
}
