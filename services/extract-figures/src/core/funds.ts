import type { Fund } from '@palermo/contracts';
import { fold } from './text-fold.ts';

/** A fund named (or referred back to, `fund: null`) in a text. */
export interface FundMention {
  start: number;
  end: number;
  fund: Fund | null;
}

const NAMED: [RegExp, Fund][] = [
  [/fonds (?:de contributions volontaires|d'affectation speciale)(?: des nations unies)? (?:en faveur des|pour les) victimes de la traite(?: des (?:personnes|etres humains))?(?:, en particulier (?:des|les) femmes et (?:des|les) enfants)?/g, 'trafficking_victims_trust_fund'],
  [/fonds (?:de contributions volontaires|d'affectation speciale)(?: des nations unies)? (?:pour la lutte contre|sur) les formes contemporaines d'esclavage/g, 'contemporary_slavery_fund'],
  [/fonds d'affectation speciale[^.;]{0,80}?victimes d'(?:exploitation et (?:d')?(?:atteintes|abus) sexuel(?:le)?s|atteintes sexuelles)/g, 'sexual_exploitation_victims_trust_fund'],
];

// "le Fonds", "du fonds", "ce fonds": refers back to the fund last named. UNICEF, UNFPA and the IMF are not funds here.
const REFERENCE = /\b(?:le|du|au|ce|dudit|ledit) fonds\b(?! des nations unies pour (?:l'enfance|la population)| monetaire| mondial| de developpement| publics?)|\bfonds de contributions volontaires\b/g;

/** Finds named funds and references back to a fund ("le Fonds") in a text. */
export function findFunds(text: string): FundMention[] {
  const folded = fold(text);
  const found: FundMention[] = [];
  for (const [pattern, fund] of NAMED) {
    pattern.lastIndex = 0;
    for (const m of folded.matchAll(pattern)) found.push({ start: m.index, end: m.index + m[0].length, fund });
  }
  REFERENCE.lastIndex = 0;
  for (const m of folded.matchAll(REFERENCE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!found.some((f) => start < f.end && end > f.start)) found.push({ start, end, fund: null });
  }
  return found.sort((a, b) => a.start - b.start);
}
