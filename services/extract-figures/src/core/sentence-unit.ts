import type { Fund, Instrument } from '@palermo/contracts';
import { findDates, type DateMention } from './dates.ts';
import { findFunds, type FundMention } from './funds.ts';
import type { LanguageProfile } from './language-profile.ts';
import { findInstruments, isExplicit, type InstrumentMention } from './instruments.ts';
import { findQuantities, type Quantity } from './quantities.ts';
import { fold } from './text-fold.ts';
import { sentenceTime, type ReportDates, type SentenceTime } from './time-frame.ts';

/** Where a sentence sits: the paragraph (or footnote) and section it belongs to. */
export interface SentencePlace {
  paragraph: number | null;
  footnote: number | null;
  section: string | null;
}

/** One sentence with everything the extractors read from it; offsets are local to `text`. */
export interface SentenceUnit extends SentencePlace {
  text: string;
  folded: string;
  profile: LanguageProfile; // the language the sentence is read in
  dates: DateMention[]; // every date and period of the sentence, parentheses included
  start: number; // offset of the sentence in SegmentedDocument.text
  quantities: Quantity[];
  instruments: InstrumentMention[];
  funds: FundMention[];
  time: SentenceTime;
  paragraphAsOf: string | null; // the first explicit as-of date of the enclosing paragraph, if any
}

/** What earlier sentences of the document said, for "le Protocole", "le Fonds" and report dates. */
export interface DocumentState {
  report: ReportDates;
  usDollars: boolean; // a United Nations document, or one naming US dollars: a bare "dollars" is USD
  lastProtocol: Instrument | null;
  lastConvention: Instrument | null;
  lastFund: Fund | null;
  lastFundSection: string | null;
}

const PROTOCOLS: ReadonlySet<Instrument> = new Set(['trafficking_protocol', 'migrants_protocol', 'firearms_protocol', 'forced_labour_protocol']);
const CONVENTIONS: ReadonlySet<Instrument> = new Set(['organized_crime_convention', 'corruption_convention']);

/** Reads one sentence into a unit the extractors share. */
export function readSentence(
  text: string, start: number, place: SentencePlace, report: ReportDates, paragraphAsOf: string | null, profile: LanguageProfile, folded = fold(text),
): SentenceUnit {
  const instruments = findInstruments(text, profile, folded);
  const dates = findDates(text, profile, folded);
  // Every field is written out: a spread followed by more fields is a slow path in V8 (about 1 µs a field).
  return {
    paragraph: place.paragraph,
    footnote: place.footnote,
    section: place.section,
    text,
    folded,
    profile,
    dates,
    start,
    quantities: findQuantities(text, profile, folded, dates),
    instruments,
    funds: findFunds(text, profile, folded),
    time: sentenceTime(text, report, instruments, profile, folded, dates),
    paragraphAsOf,
  };
}

/** Resolves an instrument mention, bare "le Protocole" included, and says whether context decided it. */
export function resolveInstrument(mention: InstrumentMention, unit: SentenceUnit, state: DocumentState): { instrument: Instrument; fromContext: boolean } {
  if (isExplicit(mention)) return { instrument: mention.instrument, fromContext: false };
  const family = mention.instrument === 'protocol_ref' ? PROTOCOLS : CONVENTIONS;
  const earlier = unit.instruments.filter((m) => m.end <= mention.start && isExplicit(m) && family.has(m.instrument as Instrument));
  const last = earlier[earlier.length - 1];
  if (last && isExplicit(last)) return { instrument: last.instrument, fromContext: false };
  const remembered = mention.instrument === 'protocol_ref' ? state.lastProtocol : state.lastConvention;
  if (remembered) return { instrument: remembered, fromContext: false };
  // Reports on trafficking in persons mean the Trafficking Protocol and its Convention when they say no more.
  return { instrument: mention.instrument === 'protocol_ref' ? 'trafficking_protocol' : 'organized_crime_convention', fromContext: true };
}

/** Resolves the fund a figure belongs to: named in the sentence before it, else the fund last named in this section. */
export function resolveFund(unit: SentenceUnit, before: number, state: DocumentState): { fund: Fund | null; fromContext: boolean } {
  const mentions = unit.funds.filter((f) => f.start < before);
  const last = mentions[mentions.length - 1] ?? unit.funds[0];
  if (last?.fund) return { fund: last.fund, fromContext: false };
  // "le Fonds" points back to the fund last named; with no mention at all, only within the same section.
  if (last && state.lastFund) return { fund: state.lastFund, fromContext: false };
  if (state.lastFund && state.lastFundSection === unit.section) return { fund: state.lastFund, fromContext: true };
  return { fund: last ? 'other' : null, fromContext: false };
}

/** Remembers the instruments and funds a sentence named, for the sentences after it. */
export function rememberSentence(unit: SentenceUnit, state: DocumentState): void {
  for (const m of unit.instruments) {
    if (!isExplicit(m)) continue;
    // "le Protocole additionnel à la Convention des Nations Unies contre la criminalité transnationale
    // organisée" names the Convention too: a later "la Convention" means it.
    if (unit.folded.slice(m.start, m.end).includes(unit.profile.instruments.convention)) state.lastConvention = 'organized_crime_convention';
    if (PROTOCOLS.has(m.instrument)) state.lastProtocol = m.instrument;
    if (CONVENTIONS.has(m.instrument)) state.lastConvention = m.instrument;
  }
  for (const f of unit.funds) {
    if (f.fund) {
      state.lastFund = f.fund;
      state.lastFundSection = unit.section;
    }
  }
}
