import type { Edit } from './traced-text.ts';

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Writes a footnote number in superscript digits, the form the segmenter reads as a marker. */
export function toSuperscript(n: number): string {
  return [...String(n)].map((d) => SUPERSCRIPTS[Number(d)] ?? d).join('');
}

// Words after which a number is a number of the text ("from 13 to 15", "resolution 68/192",
// "paragraphe 3"), never a footnote marker set after a space.
const NUMBER_WORDS = new Set([
  'from', 'to', 'of', 'and', 'or', 'no', 'nos', 'vol', 'para', 'paras', 'paragraph', 'paragraphs', 'resolution', 'resolutions',
  'decision', 'decisions', 'article', 'articles', 'art', 'chapter', 'chap', 'sect', 'section', 'annex', 'page', 'pages', 'p', 'pp',
  'between', 'since', 'until', 'on', 'in', 'at', 'by', 'than', 'some', 'about', 'over', 'under', 'nearly', 'almost', 'least', 'the',
  'target', 'goal', 'item', 'items', 'rule', 'session', 'de', 'du', 'des', 'le', 'la', 'les', 'au', 'aux', 'à', 'et', 'ou', 'en',
  'sur', 'par', 'entre', 'depuis', 'résolution', 'résolutions', 'décision', 'décisions', 'paragraphe', 'paragraphes', 'alinéa',
  'annexe', 'cible', 'objectif', 'point', 'points', 'règle', 'chapitre', 'n', 'sept', 'plus', 'moins', 'environ', 'dont', 'soit',
]);
// What follows a number of the text: a month, a unit, a per cent sign.
const NUMBER_FOLLOWERS =
  /^\s*(?:%|per cent|pour cent|January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|millions?|milliards?|billions?|thousand|mille|years?|ans?|années|months?|mois|days?|jours?|weeks?|semaines|hours?|heures|times|fois|km|kg|USD|dollars?|euros?)\b/u;
const CLOSING = /[\p{L}\p{M})\]»”"'’.,;:!?]/u;

interface Candidate {
  start: number; // where the marker's digits start
  end: number;
  gapStart: number; // where the space before a spaced marker starts (= start when glued)
  // How surely this is a marker: glued to its word (3), spaced before punctuation or after a
  // comma (2), spaced between two words (1), the way a count "eu 10 condamnations" also reads.
  score: number;
}

// Symbol parts ("Add.1", "Rev.2") and abbreviations ("No.5") end with a full stop a figure follows.
const ABBREVIATION = /(?:^|[^\p{L}])(?:Add|Rev|Corr|Amend|Suppl|No|no|vol|para|paras|p|pp|n|chap|sect|art)\.$/u;

/** Where the digits of `n` may stand as a footnote marker in `text`. */
function candidates(text: string, n: number): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(new RegExp(`(?<![\\d/\\-–])${n}(?![\\d/\\-–°]|[.,]\\d)`, 'g'))) {
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 20);
    // A marker is followed by a space, a line end or punctuation, never by a letter or a figure.
    if (!/^(?:$|[\s.,;:)\]»”"'’!?])/u.test(after)) continue;
    const before = text[start - 1] ?? '';
    if (CLOSING.test(before)) {
      // "Development,1 and", "pornography7 and", "2020,33 and"; not "8.7", "Add.1", nor "2,33 %".
      const afterFigure = /\d/.test(text[start - 2] ?? '');
      if (before === '.' && (afterFigure || ABBREVIATION.test(text.slice(Math.max(0, start - 8), start)))) continue;
      if (before === ',' && afterFigure && NUMBER_FOLLOWERS.test(after)) continue;
      found.push({ start, end, gapStart: start, score: 3 });
      continue;
    }
    if (before !== ' ' && before !== '\n') continue;
    // "1. Le présent rapport" at the start of a line is a paragraph number.
    if (before === '\n' && /^[.,]\s/.test(after)) continue;
    const previous = text[start - 2] ?? '';
    const word = /[\p{L}]+\.?$/u.exec(text.slice(Math.max(0, start - 30), start - 1))?.[0]?.replace(/\.$/, '').toLowerCase() ?? '';
    if (NUMBER_FOLLOWERS.test(after)) continue;
    const closesPhrase = /^(?:$|[.,;:)\]»”"'’!?]|\n)/u.test(after);
    if (/\d/.test(previous)) {
      // "en 2016 6, l'Office", "2022-2024 16 vise"; but "1 352 victimes" is one number.
      if (closesPhrase) found.push({ start, end, gapStart: start - 1, score: 2 });
      else if (String(n).length < 3 && /^ \p{Ll}/u.test(after)) found.push({ start, end, gapStart: start - 1, score: 1 });
      continue;
    }
    // "which 12 States": a figure before a capitalised word counts something.
    if (!CLOSING.test(previous) || NUMBER_WORDS.has(word) || /^ \p{Lu}/u.test(after)) continue;
    found.push({ start, end, gapStart: start - 1, score: closesPhrase || /[,;]/.test(previous) ? 2 : 1 });
  }
  return found;
}

/** The surest increasing chain of markers, at most one per note, as each note's pick (or null). */
function bestChain(options: readonly Candidate[][]): (Candidate | null)[] {
  // best[i][j]: the best score of a chain over notes 0..i ending with note i's candidate j.
  const best: { score: number; from: [number, number] | null }[][] = [];
  options.forEach((list, i) => {
    best[i] = list.map((c) => {
      let top: { score: number; from: [number, number] | null } = { score: c.score, from: null };
      for (let k = 0; k < i; k++) {
        (best[k] ?? []).forEach((b, j) => {
          const previous = options[k]?.[j];
          if (previous && previous.end <= c.gapStart && b.score + c.score > top.score) top = { score: b.score + c.score, from: [k, j] };
        });
      }
      return top;
    });
  });
  let end: [number, number] | null = null;
  let top = 0;
  best.forEach((row, i) => row.forEach((b, j) => {
    if (b.score > top) [top, end] = [b.score, [i, j]];
  }));
  const picks: (Candidate | null)[] = options.map(() => null);
  while (end) {
    const [i, j]: [number, number] = end;
    picks[i] = options[i]?.[j] ?? null;
    end = best[i]?.[j]?.from ?? null;
  }
  return picks;
}

/**
 * Finds the inline markers of a page's footnotes, set as plain digits after words
 * ("Development,1 and", "Persons,35 and", "personnes 1 de"), in the notes' order, and rewrites
 * each as superscript digits glued to the word before it. A number of the text ("30 July",
 * "from 13 to 15 May", "resolution 68/192", "Add.1") is never taken for a marker, and where a
 * count could be read as one, the surest reading of all the page's markers together wins.
 */
export function markFootnoteMarkers(text: string, numbers: readonly number[]): { text: string; found: number[]; edits: Edit[] } {
  const picks = bestChain(numbers.map((n) => candidates(text, n)));
  let out = '';
  let cursor = 0;
  const found: number[] = [];
  const edits: Edit[] = [];
  picks.forEach((pick, i) => {
    const n = numbers[i];
    if (!pick || n === undefined) return;
    out += text.slice(cursor, pick.gapStart) + toSuperscript(n);
    edits.push({ start: pick.gapStart, end: pick.end, after: toSuperscript(n) });
    cursor = pick.end;
    found.push(n);
  });
  return { text: out + text.slice(cursor), found, edits };
}
