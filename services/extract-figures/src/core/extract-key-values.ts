import type { FactDraft } from '@palermo/contracts';
import { draftFact } from './fact-draft.ts';
import type { Quantity } from './quantities.ts';
import { resolveInstrument, type DocumentState, type SentenceUnit } from './sentence-unit.ts';

/**
 * Figures in key–value form, as treaty status pages print them: "Parties : 182", "Signataires : 117",
 * "Signatories: 117". The key must open its line (or sentence) so that prose such as "les parties :"
 * followed by a list is not read as a count.
 */
export function extractKeyValues(unit: SentenceUnit, state: DocumentState, taken: ReadonlySet<Quantity>): { facts: FactDraft[]; used: Set<Quantity> } {
  const facts: FactDraft[] = [];
  const used = new Set<Quantity>();
  for (const q of unit.quantities) {
    if (taken.has(q) || !Number.isInteger(q.value) || q.qualifier !== 'exact') continue;
    // The key opens its line, or follows a separator: "Status: Signatories: 117, Parties: 114."
    const key = unit.folded.slice(Math.max(0, q.start - 40), q.start);
    const rule = unit.profile.keyValue.find((r) => r.key.test(key));
    if (!rule) continue;
    // The figure must end its line: "Parties : 182 (2023)" is fine, "Parties : 182 États..." is prose.
    if (!/^[^\S\n]*(?:\(|$|\n|[;,.])/.test(unit.folded.slice(q.end, q.end + 3))) continue;
    used.add(q);
    const flags: string[] = [];
    let confidence = 0.85;
    let instrument: FactDraft['instrument'] = null;
    if (rule.kind === 'treaty_parties') {
      const named = unit.instruments.find((m) => m.end <= q.start);
      const resolved = resolveInstrument(named ?? { start: q.start, end: q.start, instrument: 'protocol_ref' }, unit, state);
      instrument = resolved.instrument;
      if (!named && !state.lastProtocol && !state.lastConvention) {
        flags.push('instrument_from_context');
        confidence -= 0.15;
      }
    }
    facts.push(draftFact(unit, {
      kind: rule.kind, value: q.value, unit: rule.unit, instrument, qualifier: 'exact',
      as_of: unit.time.asOf ?? unit.paragraphAsOf ?? state.report.reportDate,
      as_of_rule: unit.time.asOf ? 'sentence' : unit.paragraphAsOf ? 'paragraph' : state.report.reportDate ? 'report' : null,
      subject: rule.kind === 'treaty_parties' ? 'States parties' : rule.unit, flags, confidence, localSpan: [q.start, q.end],
    }));
  }
  return { facts, used };
}
