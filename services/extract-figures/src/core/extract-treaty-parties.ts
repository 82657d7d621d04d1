import type { FactDraft } from '@palermo/contracts';
import { draftFact } from './fact-draft.ts';
import type { InstrumentMention } from './instruments.ts';
import type { Quantity } from './quantities.ts';
import { resolveInstrument, type DocumentState, type SentenceUnit } from './sentence-unit.ts';

const TOTAL_THRESHOLD = 40;

function lastBefore(mentions: InstrumentMention[], offset: number, from = 0): InstrumentMention | null {
  const before = mentions.filter((m) => m.end <= offset && m.start >= from);
  return before[before.length - 1] ?? null;
}

function firstAfter(mentions: InstrumentMention[], offset: number, limit: number): InstrumentMention | null {
  return mentions.find((m) => m.start >= offset && m.start <= offset + limit) ?? null;
}

/** Which instrument a parties count belongs to, or null when the quantity is not one. */
function instrumentOf(q: Quantity, unit: SentenceUnit, found: Quantity[]): InstrumentMention | 'unnamed' | null {
  const { folded, instruments } = unit;
  const t = unit.profile.treaty;
  const before = folded.slice(0, q.start);
  const after = folded.slice(q.end);
  // "la Convention comptait 187 États parties"
  if (t.statesPartiesAfter.test(after)) return lastBefore(instruments, q.start) ?? firstAfter(instruments, q.end, 60) ?? 'unnamed';
  if (t.barePartiesAfter.test(after)) {
    // "187 Parties à la Convention" names it after; otherwise the subject just before: "la Convention comptait 187 Parties".
    const following = firstAfter(instruments, q.end, 25);
    if (following && t.namedAfter.test(folded.slice(q.end, following.start))) return following;
    const subject = lastBefore(instruments, q.start);
    if (subject && q.start - subject.end <= 40) return subject;
  }
  if (q.value >= TOTAL_THRESHOLD && t.joinedAfter.test(after)) {
    const joined = firstAfter(instruments, q.end, 60);
    if (joined) return joined;
  }
  // "il avait été ratifié par 178 parties", "149 l'ont ratifié": a total of the instrument named before
  // (or of the one the report is about). A few States ratifying is news, not a total.
  if (q.value >= TOTAL_THRESHOLD && ((t.ratifiedBy.test(before) && t.ratifiedByNoun.test(after)) || t.ratifiedIt.test(after))) {
    return lastBefore(instruments, q.start) ?? 'unnamed';
  }
  // "le nombre d'États parties au Protocole ... est passé à 150"
  const counted = t.countBefore.exec(before);
  if (counted) return firstAfter(instruments, counted.index, 80) ?? 'unnamed';
  // "ce qui porte à 181 le nombre total d'adhérents à ce protocole"
  if (t.raisedTo.test(before) && t.countAfter.test(after)) return firstAfter(instruments, q.end, 90) ?? 'unnamed';
  // Ellipsis after a first count: "... 187 États parties et le Protocole 170", "... et 190 États à la Convention"
  const previous = found[found.length - 1];
  if (previous && t.ellipsisStates.test(folded.slice(q.end, firstAfter(instruments, q.end, 20)?.start ?? q.end))) {
    const named = firstAfter(instruments, q.end, 20);
    if (named && t.ellipsisJoin.test(folded.slice(previous.end, q.start))) return named;
  }
  if (previous) {
    const named = lastBefore(instruments, q.start, previous.end);
    if (named && /^\s*$/.test(folded.slice(named.end, q.start)) && t.ellipsisLead.test(folded.slice(previous.end, named.start))) {
      return named;
    }
  }
  return null;
}

/** Extracts "N States parties to instrument X as of date D" from one sentence. */
export function extractTreatyParties(unit: SentenceUnit, state: DocumentState): { facts: FactDraft[]; used: Set<Quantity> } {
  const facts: FactDraft[] = [];
  const used = new Set<Quantity>();
  const found: Quantity[] = [];
  for (const q of unit.quantities) {
    if (!Number.isInteger(q.value) || q.value > 250) continue; // there are fewer than 200 States
    const mention = instrumentOf(q, unit, found);
    if (!mention) continue;
    found.push(q);
    used.add(q);
    const flags: string[] = [];
    let confidence = 0.95;
    let instrument: FactDraft['instrument'] = 'trafficking_protocol';
    if (mention === 'unnamed') {
      flags.push('instrument_from_context');
      confidence -= 0.15;
      instrument = resolveInstrument({ start: q.start, end: q.start, instrument: 'protocol_ref' }, unit, state).instrument;
    } else {
      const resolved = resolveInstrument(mention, unit, state);
      instrument = resolved.instrument;
      if (resolved.fromContext) {
        flags.push('instrument_from_context');
        confidence -= 0.1;
      }
    }
    const { asOf, rule } = resolveAsOf(unit, state);
    if (rule !== 'sentence') confidence -= rule === 'paragraph' ? 0.05 : 0.1;
    if (!asOf) flags.push('as_of_unknown');
    facts.push(draftFact(unit, {
      kind: 'treaty_parties', value: q.value, unit: 'States', instrument, qualifier: q.qualifier,
      as_of: asOf, as_of_rule: asOf ? rule : null, subject: 'States parties', flags, confidence,
      localSpan: [q.start, q.end],
    }));
  }
  return { facts, used };
}

/** As-of date of a sentence's figures: explicit date, then the sentence's time frame, then paragraph, then report. */
export function resolveAsOf(unit: SentenceUnit, state: DocumentState): { asOf: string | null; rule: 'sentence' | 'paragraph' | 'report' } {
  if (unit.time.asOf) return { asOf: unit.time.asOf, rule: 'sentence' };
  if (unit.time.frame) return { asOf: unit.time.frame, rule: 'sentence' };
  if (unit.paragraphAsOf) return { asOf: unit.paragraphAsOf, rule: 'paragraph' };
  return { asOf: state.report.reportDate, rule: 'report' };
}
