import type { Qualifier } from '@palermo/contracts';

/** A qualifier found next to a number, and where its words start. */
export interface QualifierMatch {
  qualifier: Qualifier;
  start: number;
}

// Tested on folded text (no accents, lower case). Longer phrases come before the phrases they contain.
const BEFORE: [RegExp, Qualifier][] = [
  [/(?:ne depassant pas|n'excedant pas|ne pouvant depasser|ne pouvant exceder)\s+(?:les? |la )?$/, 'up_to'],
  [/(?:pas moins d(?:e |')|un minimum d(?:e |')|minimum d(?:e |'))\s*$/, 'at_least'],
  [/(?:un peu|legerement|bien|nettement|largement) plus d(?:e |')\s*$/, 'more_than'],
  [/(?:plus|davantage) d(?:e |')\s*$/, 'more_than'],
  [/(?:depassant|depassent|depasse|excedant|excede|superieure?s? a|au-dela de|en sus de)\s+(?:les? |la )?$/, 'more_than'],
  [/(?:pres d(?:e |')|environ|quelques?|approximativement|a peu pres|(?<!s'articul(?:e|ent|ait) )autour d(?:e |')|de l'ordre d(?:e |')|aux alentours d(?:e |')|estimee?s? a)\s*$/, 'about'],
  [/au moins\s+$/, 'at_least'],
  [/(?:jusqu'a|jusqu'au|au maximum|au plus|un maximum d(?:e |')|maximum d(?:e |')|plafond d(?:e |')|plafonnee?s? a)\s*$/, 'up_to'],
  [/(?:moins d(?:e |')|inferieure?s? a|en deca d(?:e |'))\s*$/, 'less_than'],
];

const AFTER: [RegExp, Qualifier][] = [
  [/^[^.;:()]{0,30}?\b(?:au maximum|au plus)\b/, 'up_to'],
  [/^[^.;:()]{0,30}?\bau minimum\b/, 'at_least'],
];

/** The qualifier written just before a number ("plus de", "près de", "jusqu'à"...), on folded text. */
export function qualifierBefore(folded: string, numberStart: number): QualifierMatch | null {
  const window = folded.slice(Math.max(0, numberStart - 40), numberStart);
  for (const [pattern, qualifier] of BEFORE) {
    const m = pattern.exec(window);
    if (m) return { qualifier, start: numberStart - window.length + m.index };
  }
  return null;
}

/** A qualifier written after the figure ("10 condamnations par an au maximum"), on folded text. */
export function qualifierAfter(folded: string, figureEnd: number): Qualifier | null {
  const window = folded.slice(figureEnd, figureEnd + 60);
  for (const [pattern, qualifier] of AFTER) if (pattern.test(window)) return qualifier;
  return null;
}
