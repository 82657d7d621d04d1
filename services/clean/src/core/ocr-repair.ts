import type { Correction } from '@palermo/contracts';
import type { FrenchLexicon } from './french-lexicon.ts';
import { FUNCTION_WORDS, LATE_CONFUSIONS, OCR_CONFUSIONS, PREFIXES } from './ocr-confusions.ts';
import { countWords, wordRuns, wordsIn } from './letter-classes.ts';
import { textAnswers } from './text-answers.ts';
import { applyEdits, type TextEdit } from './text-edits.ts';

const VOWEL_START = /^[aeiouyhéèêëàâîïôûAEIOUYÉÈÊÀÂÎÔ]/;

// Reports quote English titles; their words must not be "repaired" into French.
const ENGLISH_STOPWORDS = new Set(['the', 'of', 'and', 'to', 'from', 'with', 'by', 'for', 'at', 'is', 'are', 'this', 'that', 'its', 'their', 'against', 'between', 'into', 'in', 'how', 'what', 'who', 'which', 'be', 'or']);

const QUOTE_REACH = 2_000; // how far after a span its closing quotation mark is looked for

/** Whether the words around a span are English or unknown: then lexicon guesses are unsafe. */
type ForeignContext = (start: number, end: number) => boolean;

/**
 * The test of foreign context for one text. The quoted passage a span sits in is scanned once
 * for English words, not once for every span inside it: on a long quotation that was most of
 * the cost of repairing a text. The checks are the same, the cheap ones asked first.
 */
function foreignContextOf(text: string, lexicon: FrenchLexicon): ForeignContext {
  const quotedEnglish = new Map<string, boolean>();
  const englishQuote = (start: number, end: number): boolean => {
    // Searches stay within a window around the span: unbounded ones made a long text without
    // quotation marks quadratic (every word scanned back to the start and on to the end).
    const from = Math.max(0, start - 399);
    const found = text.slice(from, start + 1).lastIndexOf('«');
    const open = found < 0 ? -1 : from + found;
    if (open < 0 || text.slice(open, start).includes('»')) return false;
    const close = text.slice(end, end + QUOTE_REACH).indexOf('»');
    const until = close < 0 ? end : end + close;
    const key = `${open}:${until}`;
    let english = quotedEnglish.get(key);
    if (english === undefined) {
      english = wordsIn(text, open, until).some((w) => ENGLISH_STOPWORDS.has(w.toLowerCase()));
      quotedEnglish.set(key, english);
    }
    return english;
  };
  return (start, end) => {
    const before = wordsIn(text, Math.max(0, start - 60), start).slice(-3);
    const after = wordsIn(text, end, end + 60).slice(0, 3);
    const around = [...before, ...after];
    if (around.some((w) => ENGLISH_STOPWORDS.has(w.toLowerCase()))) return true;
    // Names are missing from the list, so only unknown lowercase words speak for another language.
    const unknown = around.filter((w) => /^\p{Ll}/u.test(w) && w.length > 1 && !lexicon.knows(w)).length;
    return unknown >= 3 || englishQuote(start, end);
  };
}

const OCR_SIGNATURES_PER_1000_WORDS = 2;

/**
 * Repairs the damage OCR does to French text, driven by the lexicon: l' read as I' or |',
 * à read as a or &, glued and broken words, look-alike letters (ceuvre, fagon), missing capital
 * accents (Etats), damaged list markers and paragraph numbers. Each change is recorded.
 */
export function repairOcr(
  text: string,
  lexicon: FrenchLexicon,
  earlier: readonly Correction[] = [],
  options: { force?: boolean } = {},
): { text: string; corrections: Correction[] } {
  let state = { text, corrections: [...earlier] };
  let signatures = 0;
  for (const pass of [markerPass, elisionPass, spacingPass]) {
    const edits = pass(state.text, lexicon);
    signatures += edits.length;
    state = applyEdits(state.text, edits, state.corrections);
  }
  // Lexicon guesses (split, join, look-alike letters, à) are only safe where the text is known to
  // come from OCR: clean text quotes English titles and names the list lacks. The pattern rules
  // above never fire on clean text, so how often they fired tells which kind of text this is.
  // Words are counted only as far as the answer needs: past this many, the text is not damaged.
  const most = Math.floor((signatures * 1000) / OCR_SIGNATURES_PER_1000_WORDS);
  const damaged = options.force ?? countWords(text, most + 1) <= most;
  if (!damaged) return state;
  for (const pass of [wordPass, brokenWordPass, loneLetterPass, prepositionPass]) {
    state = applyEdits(state.text, pass(state.text, lexicon), state.corrections);
  }
  return state;
}

// A pattern that opens on a lookbehind is tried at every position of the text; the patterns below
// open on their literal and look behind it afterwards, which finds the same matches far faster.
function regexEdits(text: string, pattern: RegExp, rule: string, replace: (m: RegExpExecArray) => string | null): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const m of text.matchAll(pattern)) {
    const after = replace(m);
    if (after !== null) edits.push({ start: m.index, end: m.index + m[0].length, after, rule });
  }
  return edits;
}

function atSentenceStart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 4), index);
  return index === 0 || /(?:^|\n|[.!?]\s|\n\s*)$/.test(before);
}

/** Damaged list markers "c¢)" and "€)", chapter numerals "[11." and paragraph numbers "4,". */
function markerPass(text: string): TextEdit[] {
  return [
    ...regexEdits(text, /¢(?<=\b[a-z]¢)\)/g, 'list-marker', () => ')'),
    ...regexEdits(text, /€(?<=(?:^|\s)€)\)/gm, 'list-marker', () => 'e)'),
    ...regexEdits(text, /^[[|]([1Il|]{1,2})\.(?=\s)/gm, 'roman-numeral', (m) => `${'I'.repeat((m[1]?.length ?? 0) + 1)}.`),
    ...regexEdits(text, /^(\d{1,3}),\s+(?=\p{Lu})/gmu, 'paragraph-number', (m) => `${m[1]}. `),
  ];
}

/** The elided article and its apostrophe: I'/|'/[' for l', "d 'une", "d une", gu' for qu'. */
function elisionPass(text: string, lexicon: FrenchLexicon): TextEdit[] {
  return [
    ...regexEdits(text, /(?<![\p{L}\p{N}'])(?:\|I|I\||\|\[|\||\[|I)['"]{1,2} ?(?=\p{L})/gu, 'ocr-l-apostrophe', (m) =>
      atSentenceStart(text, m.index) ? "L'" : "l'",
    ),
    ...regexEdits(text, /'(?<=[\s,;(]')(?=\p{Lu}{2,})/gu, 'ocr-l-apostrophe', () => "l'"),
    // "|e" is "le", but in "|la" the bar is noise before a whole word.
    ...regexEdits(text.includes('|') ? text : '', /(?<![\p{L}'])\|(\p{Ll}+)/gu, 'ocr-l', (m) => {
      const rest = m[1] ?? '';
      return lexicon.knows(`l${rest}`) || !lexicon.knows(rest) ? `l${rest}` : rest;
    }),
    ...regexEdits(text.includes("gu'") ? text : '', /(?<![\p{L}])gu'(?=\p{L})/gu, 'ocr-qu', () => "qu'"),
    // Only where an apostrophe is doubled or spaced at all (a quick test) is the full pattern tried.
    ...regexEdits(
      /'['" ]/.test(text) ? text : '',
      /(?<![\p{L}'])([cdjlmnstCDJLMNST]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)(?:'{2,}|'"|' +|'"+ *)(?=\p{L})/gu,
      'elision-spacing',
      (m) => `${m[1]}'`,
    ),
    ...regexEdits(text, /([dDlLsSnN])(?<![\p{L}\p{N}'.][dDlLsSnN]) (?=\p{L}{2})/gu, 'elision-missing', (m) => {
      const next = text.slice(m.index + 2);
      return VOWEL_START.test(next) ? `${m[1]}'` : null;
    }),
  ];
}

function keepCase(model: string, word: string): string {
  return /^\p{Lu}/u.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

function confusionCandidate(word: string, lexicon: FrenchLexicon, table: readonly (readonly [string, string])[]): string | null {
  const lower = word.toLowerCase();
  for (const [from, to] of table) {
    let at = lower.indexOf(from);
    while (at >= 0) {
      const candidate = lower.slice(0, at) + to + lower.slice(at + from.length);
      if (lexicon.knows(candidate)) return keepCase(word, candidate);
      at = lower.indexOf(from, at + 1);
    }
  }
  return null;
}

/** Splits a glued form into known words, preferring few parts and closed-class words. */
export function splitGlued(word: string, lexicon: FrenchLexicon): string[] | null {
  const lower = word.toLowerCase();
  const n = lower.length;
  const best: ({ cost: number; parts: string[] } | null)[] = new Array<{ cost: number; parts: string[] } | null>(n + 1).fill(null);
  best[0] = { cost: 0, parts: [] };
  const exact = textAnswers(lexicon, 'knowsExactly');
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - 25); start < end; start++) {
      const prior = best[start];
      if (!prior || prior.parts.length >= 4) continue;
      const short = end - start === 1 && lower[start] !== 'a' && lower[start] !== 'à';
      if (short || !exact.knows(lower, start, end)) continue;
      const part = lower.slice(start, end);
      const cost = prior.cost + 10 - (FUNCTION_WORDS.has(part) ? 3 : 0);
      const current = best[end];
      if (!current || cost < current.cost) best[end] = { cost, parts: [...prior.parts, part] };
    }
  }
  const found = best[n];
  if (!found || found.parts.length < 2) return null;
  const parts = found.parts;
  // "a" glued to what follows ("ala", "alafois") is the only one-letter part OCR produces.
  if (parts.slice(1).some((p) => p.length === 1)) return null;
  const first = parts[0] ?? '';
  const closedClass =
    parts.some((p) => FUNCTION_WORDS.has(p)) &&
    parts.every((p) => FUNCTION_WORDS.has(p) || p.length >= 3) &&
    (FUNCTION_WORDS.has(first) || first.length >= 4);
  // Two content words glue only after an inflected ending ("Activitésvisant"); "plateformes"
  // or "database" are single words the list lacks.
  const twoContentWords =
    parts.length === 2 && parts.every((p) => p.length >= 5) && !PREFIXES.has(first) && /(?:s|x|é|ée|ées|ant|ent)$/.test(first);
  if (!closedClass && !twoContentWords) return null;
  // Keep the capital of the original first letter.
  let cursor = 0;
  return parts.map((p) => {
    const original = word.slice(cursor, cursor + p.length);
    cursor += p.length;
    return original;
  });
}

function looksLikeUrlOrCode(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text.slice(end, end + 2);
  return /[./@_\d]/.test(before) || /^[./@_][\p{L}\d]/u.test(after) || /^\d/.test(after);
}

function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase();
}

/** Word-level repairs of forms the lexicon does not know. */
function wordPass(text: string, lexicon: FrenchLexicon): TextEdit[] {
  const edits: TextEdit[] = [];
  const foreignContext = foreignContextOf(text, lexicon);
  const bounds = wordRuns(text, 0, text.length);
  for (let i = 0; i < bounds.length; i += 2) {
    const start = bounds[i] ?? 0;
    const end = bounds[i + 1] ?? 0;
    const word = text.slice(start, end);
    if (word.length < 3 || lexicon.knows(word) || isAcronym(word) || looksLikeUrlOrCode(text, start, end)) continue;
    // Part of a hyphenated compound the lexicon knows as a whole ("quatre-vingt"). A word run
    // ends at no letter, so a hyphen must touch it for the compound to exist.
    if (text[start - 1] === '-' || text[end] === '-') {
      const compound = /[\p{L}-]*$/u.exec(text.slice(Math.max(0, start - 30), start))?.[0] ?? '';
      const rest = /^[\p{L}-]*/u.exec(text.slice(end, end + 30))?.[0] ?? '';
      if ((compound.endsWith('-') || rest.startsWith('-')) && lexicon.knows(compound + word + rest)) continue;
    }
    if (foreignContext(start, end)) continue;
    const fixed = repairWord(word, text, start, lexicon);
    if (fixed) edits.push({ start, end, after: fixed.after, rule: fixed.rule });
  }
  return edits;
}

function repairWord(word: string, text: string, start: number, lexicon: FrenchLexicon): { after: string; rule: string } | null {
  const first = word.charAt(0);
  const tail = word.slice(1);
  if ((first === 'E' || first === 'A') && /^\p{Ll}/u.test(tail)) {
    const accented = (first === 'E' ? 'É' : 'À') + tail;
    if (lexicon.knowsExactly(accented.toLowerCase())) return { after: accented, rule: 'capital-accent' };
  }
  if (first === 'I' && /^\p{Ll}/u.test(tail) && lexicon.knowsExactly(`l${tail}`)) {
    return { after: (atSentenceStart(text, start) ? 'L' : 'l') + tail, rule: 'ocr-l' };
  }
  // A capital inside a sentence marks a name (Lebanon, Strasbourg): the list does not hold names.
  if (/^\p{Lu}/u.test(word) && !atSentenceStart(text, start)) return null;
  const parts = splitGlued(word, lexicon);
  if (parts && parts.some((p) => FUNCTION_WORDS.has(p.toLowerCase()))) return { after: parts.join(' '), rule: 'split-glued-words' };
  if (/^\p{Ll}/u.test(tail)) {
    const confused = confusionCandidate(word, lexicon, OCR_CONFUSIONS);
    if (confused) return { after: confused, rule: 'ocr-letters' };
  }
  if (parts) return { after: parts.join(' '), rule: 'split-glued-words' };
  const elided = /^(qu|[dlsnj])([aeiouyhéèêàâ]\p{L}+)$/iu.exec(word);
  if (elided?.[1] && elided[2] && lexicon.knowsExactly(elided[2])) return { after: `${elided[1]}'${elided[2]}`, rule: 'elision-missing' };
  const doubled = confusionCandidate(word, lexicon, LATE_CONFUSIONS);
  return doubled ? { after: doubled, rule: 'ocr-letters' } : null;
}

/** Rejoins words OCR broke with a space ("international e"). */
function brokenWordPass(text: string, lexicon: FrenchLexicon): TextEdit[] {
  const foreignContext = foreignContextOf(text, lexicon);
  return regexEdits(text, /(?<![\p{L}'])(\p{L}{2,}) (\p{L}{1,3})(?![\p{L})'])/gu, 'broken-word', (m) => {
    const [, left = '', right = ''] = m;
    const joined = left + right;
    if (!lexicon.knowsExactly(joined.toLowerCase()) || isAcronym(left)) return null;
    const strayLetter = right.length === 1 && !['a', 'à', 'y', 'ô', 'o'].includes(right.toLowerCase());
    if (!strayLetter && (lexicon.knows(left) && lexicon.knows(right))) return null;
    return foreignContext(m.index, m.index + m[0].length) ? null : joined;
  });
}

/** A lone "e" before a word is "le" with its l lost ("sur e traitement"). */
function loneLetterPass(text: string): TextEdit[] {
  return regexEdits(text, /e(?<=[\s(]e)(?= \p{L}{2,})/gu, 'ocr-le', () => 'le');
}

const ARTICLE_AFTER_A = new Set(['laquelle', 'lequel', 'lesquels', 'lesquelles', 'jour', 'la', 'sa', 'son', 'ses', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces', 'chaque', 'tout', 'toute', 'tous', 'toutes', 'travers', 'partir', 'savoir', 'moins', 'condition', 'cet']);
const SUBJECT_BEFORE_A = new Set(['il', 'elle', 'on', 'qui', 'y', 'cela', 'ça', 'ne', 'en', 'lui', 'celui-ci', 'celle-ci', 'chacun', 'chacune']);
const NOT_INFINITIVE = new Set(['premier', 'dernier', 'leur', 'hier', 'pour', 'sur', 'plusieurs', 'entier', 'particulier', 'contre', 'entre', 'notre', 'votre', 'autre', 'centre', 'ordre', 'nombre', 'membre', 'cadre', 'titre', 'libre', 'lettre', 'être', 'avoir', 'pouvoir', 'devoir', 'espoir', 'soir', 'avenir', 'plaisir', 'mer', 'fer', 'hiver', 'cher', 'outre', 'propre', 'sembler']);

function looksInfinitive(word: string, lexicon: FrenchLexicon): boolean {
  const w = word.toLowerCase();
  return /(?:er|ir|re|oir)$/.test(w) && !NOT_INFINITIVE.has(w) && lexicon.knowsExactly(w);
}

/** The preposition à read as "a" or "&": decided by the words around it, never after a subject. */
function prepositionPass(text: string, lexicon: FrenchLexicon): TextEdit[] {
  const edits: TextEdit[] = [];
  const foreignContext = foreignContextOf(text, lexicon);
  edits.push(...regexEdits(text, /&(?<=\s&)(?=[\s)])/g, 'a-grave', () => 'à'));
  edits.push(
    ...regexEdits(text, /a(?<=\b[Qq]u'a)(?= (\p{L}+))/gu, 'a-grave', (m) => (looksInfinitive(m[1] ?? '', lexicon) ? 'à' : null)),
  );
  edits.push(...regexEdits(text, /a(?<=\b(?:[Jj]usqu|[Qq]uant|[Gg]râce|[Cc]onformément|[Ff]ace)'?\s?a)(?=\s)/g, 'a-grave', () => 'à'));
  for (const m of text.matchAll(/(?<![\p{L}\p{N}'-])([aA]) (?=(\S+))/gu)) {
    const letter = m[1] ?? '';
    const nextRaw = m[2] ?? '';
    const next = /^[\p{L}\p{N}']+/u.exec(nextRaw)?.[0] ?? '';
    if (next.length === 0 || /^\)/.test(nextRaw)) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const previous = (/([\p{L}'-]+)\s*$/u.exec(before)?.[1] ?? '').toLowerCase();
    if (SUBJECT_BEFORE_A.has(previous) || /(?:^|\s)n'$/.test(before) || previous.endsWith("qu'il") || previous.endsWith("qu'elle")) continue;
    if (letter === 'A') {
      // A capital "A" opening a sentence and followed by a lowercase word is "À" (a verb
      // cannot open a sentence); "A." is a section letter and never reaches here.
      if (atSentenceStart(text, m.index) && /^\p{Ll}/u.test(next)) edits.push({ start: m.index, end: m.index + 1, after: 'À', rule: 'a-grave' });
      continue;
    }
    const lowerNext = next.toLowerCase();
    const wants =
      /^\d/.test(next) ||
      ARTICLE_AFTER_A.has(lowerNext) ||
      /^l'/i.test(next) ||
      looksInfinitive(next, lexicon) ||
      // A verb "a" never follows an infinitive, nor takes a bare plural noun ("appel a propositions").
      looksInfinitive(previous, lexicon) ||
      (/^\p{Ll}+[sx]$/u.test(next) && !/(?:is|us|és|ts|ées)$/.test(lowerNext) && lexicon.knowsExactly(lowerNext)) ||
      (/^\p{Lu}\p{Ll}/u.test(next) && !atSentenceStart(text, m.index));
    if (wants && !foreignContext(m.index, m.index + 1)) edits.push({ start: m.index, end: m.index + 1, after: 'à', rule: 'a-grave' });
  }
  return edits;
}

/** Spaces OCR puts inside brackets: "(ONUDC )". */
function spacingPass(text: string): TextEdit[] {
  return [
    ...(text.includes('( ') ? regexEdits(text, /\( +/g, 'spacing', () => '(') : []),
    ...(text.includes(' )') ? regexEdits(text, / (?<=\S ) *\)/g, 'spacing', () => ')') : []),
  ];
}
