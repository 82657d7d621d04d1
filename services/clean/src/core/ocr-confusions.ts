/**
 * Character confusions that OCR makes on French text, tried in this order on words the lexicon
 * does not know; a candidate is kept only when the lexicon knows it. The words come from the
 * lexicon; this table only says which letters look alike.
 */
export const OCR_CONFUSIONS: readonly (readonly [string, string])[] = [
  ['é', 'è'],
  ['ée', 'è'],
  ['éé', 'è'],
  ['eé', 'è'],
  ['é', 'ê'],
  ['e', 'é'],
  ['e', 'è'],
  ['e', 'ê'],
  ['a', 'â'],
  ['a', 'à'],
  ['i', 'î'],
  ['o', 'ô'],
  ['u', 'û'],
  ['u', 'ù'],
  ['é', 'ô'],
  ['b', 'ô'],
  ['cg', 'ç'],
  ['g', 'ç'],
  ['c', 'ç'],
  ['g', 'q'],
  ['gj', 'aj'],
  ['ceu', 'œu'],
  ['cau', 'œu'],
  ['oau', 'œu'],
  ['ca', 'œu'],
  ['oa', 'œ'],
  ['rn', 'm'],
];

/** Tried only after splitting, as "ala" is "a la" far more often than "alla". */
export const LATE_CONFUSIONS: readonly (readonly [string, string])[] = [['l', 'll']];

/** Short closed-class words: a glued form that splits into one of them is an OCR artefact. */
export const FUNCTION_WORDS = new Set([
  'a', 'à', 'au', 'aux', 'de', 'des', 'du', 'la', 'le', 'les', 'un', 'une', 'et', 'en', 'sur', 'par',
  'pour', 'dans', 'avec', 'sans', 'ses', 'sa', 'son', 'ce', 'ces', 'cet', 'cette', 'qui', 'que', 'il',
  'elle', 'ils', 'elles', 'ne', 'pas', 'plus', 'se', 'leur', 'leurs', 'tout', 'tous', 'toute', 'fois',
]);

/** Learned prefixes: "microfinancement" is one word the list lacks, not "micro" + "financement". */
export const PREFIXES = new Set([
  'micro', 'macro', 'inter', 'intra', 'extra', 'multi', 'pluri', 'trans', 'super', 'hyper', 'sous',
  'anti', 'auto', 'contre', 'socio', 'télé', 'semi', 'ultra', 'post', 'poly', 'mono', 'cyber', 'géo',
]);
