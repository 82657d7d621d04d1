import type { Instrument } from '@palermo/contracts';
import { fold } from './text-fold.ts';

/** An instrument named in a text; `explicit` is false for a bare "le Protocole" resolved from context. */
export interface InstrumentMention {
  start: number;
  end: number;
  instrument: Instrument | 'protocol_ref' | 'convention_ref';
}

const UNTOC = "convention des nations unies contre la criminalite transnationale organisee";
// OCR leaves "&" for "à" and glues "latraite": tolerated here, where a miss would lose a headline figure.
const ADDITIONAL = `(?:additionnel(?:le)?s? )?(?:[a&] la ${UNTOC},? )?`;

// Protocols first: their long names contain the Convention's name, which must not count twice.
const EXPLICIT: [RegExp, Instrument][] = [
  [new RegExp(`protocole ${ADDITIONAL}(?:visant [a&] prevenir, reprimer et punir la ?traite|relatif [a&] ?la ?traite|contre la ?traite)(?: des personnes| d'etres humains)?(?:, en particulier des femmes et des enfants)?(?:,? additionnel a la ${UNTOC})?`, 'g'), 'trafficking_protocol'],
  [/trafficking in persons protocol/g, 'trafficking_protocol'],
  [new RegExp(`protocole ${ADDITIONAL}(?:contre le trafic illicite de migrants(?: par terre, air et mer)?|relatif aux migrants|relatif au trafic illicite de migrants)(?:,? additionnels? a la ${UNTOC})?`, 'g'), 'migrants_protocol'],
  [new RegExp(`protocole ${ADDITIONAL}(?:contre la fabrication et le trafic illicites d'armes a feu[^,;.]*|relatif aux armes a feu)`, 'g'), 'firearms_protocol'],
  [/(?:son )?protocole de 2014(?: relatif a la convention sur le travail force)?/g, 'forced_labour_protocol'],
  [/protocoles? facultatifs?/g, 'other'],
  [new RegExp(`${UNTOC}|convention contre la criminalite (?:transnationale )?organisee`, 'g'), 'organized_crime_convention'],
  [/convention des nations unies contre la corruption/g, 'corruption_convention'],
  [/convention (?:\(n° ?\d+\) )?(?:de (?:l'oit |l'asean |19\d\d )|du conseil de l'europe|relative aux droits|sur l'elimination|supplementaire|pour la repression|sur (?:le travail|les pires|l'abolition)|\(n° ?\d+\))[^,;.]*/g, 'other'],
];

const REFERENCES: [RegExp, InstrumentMention['instrument']][] = [
  [/\bprotocole\b(?! facultatif)/g, 'protocol_ref'],
  [/\bconvention\b/g, 'convention_ref'],
];

/** Finds the instruments a text names, explicit names first, then bare "le Protocole"/"la Convention". */
export function findInstruments(text: string): InstrumentMention[] {
  const folded = fold(text);
  const found: InstrumentMention[] = [];
  const free = (s: number, e: number) => !found.some((f) => s < f.end && e > f.start);
  for (const [pattern, instrument] of [...EXPLICIT, ...REFERENCES]) {
    pattern.lastIndex = 0;
    for (const m of folded.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (free(start, end)) found.push({ start, end, instrument });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** True when the mention names an instrument instead of referring back to one. */
export function isExplicit(mention: InstrumentMention): mention is InstrumentMention & { instrument: Instrument } {
  return mention.instrument !== 'protocol_ref' && mention.instrument !== 'convention_ref';
}
