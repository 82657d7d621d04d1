import { FACT_FLAGS, type Fact } from '@palermo/contracts';

/** The flag on a figure that disagrees between two language editions of one document symbol. */
export const TRANSLATION_MISMATCH = FACT_FLAGS.translationMismatch;

/** What the check needs of a stored fact: its row id, the document (edition) it belongs to, the fact. */
export interface EditionFact {
  id: number;
  document: string;
  fact: Pick<Fact, 'language' | 'kind' | 'paragraph' | 'footnote' | 'unit' | 'state_code' | 'value' | 'value_max' | 'currency' | 'instrument' | 'date' | 'flags' | 'span'>;
}

// Facts that say the same thing in two editions share this key: the same kind, in the same
// numbered paragraph (or footnote), of the same unit, or about the same State.
function keyOf(f: EditionFact['fact']): string {
  const who = f.kind === 'treaty_action' ? (f.state_code ?? '?') : (f.unit ?? '');
  return [f.kind, f.paragraph ?? '-', f.footnote ?? '-', who].join('|');
}

// The figure itself: what must be equal in every edition.
function figureOf(f: EditionFact['fact']): string {
  return JSON.stringify([f.value, f.value_max, f.currency, f.instrument, f.date]);
}

function languageOf(groups: Map<string, EditionFact[]>): string | null {
  for (const facts of groups.values()) for (const f of facts) if (f.fact.language) return f.fact.language;
  return null;
}

/**
 * Reconciles the facts of the editions of one symbol one to one: within each key, the n-th fact of
 * one edition is paired with the n-th of another, in the order they appear. A pair whose figures
 * differ is flagged `translation_mismatch` on both sides. When a key holds a different number of
 * facts in two editions, they cannot be paired with confidence and nothing is flagged (a wrong flag
 * is worse than none). Returns the new flags of every fact whose flags change, by id.
 */
export function flagTranslationMismatches(facts: readonly EditionFact[]): Map<number, string[]> {
  const byDocument = new Map<string, Map<string, EditionFact[]>>();
  for (const f of facts) {
    const groups = byDocument.get(f.document) ?? new Map<string, EditionFact[]>();
    const key = keyOf(f.fact);
    groups.set(key, [...(groups.get(key) ?? []), f]);
    byDocument.set(f.document, groups);
  }
  const mismatched = new Set<number>();
  const documents = [...byDocument.keys()];
  for (let i = 0; i < documents.length; i++) {
    for (let j = i + 1; j < documents.length; j++) {
      const a = byDocument.get(documents[i] ?? '');
      const b = byDocument.get(documents[j] ?? '');
      // Two files of one symbol in the same language are copies or revisions, not translations.
      if (!a || !b || languageOf(a) === languageOf(b)) continue;
      for (const [key, left] of a) {
        const right = b.get(key);
        if (!right || right.length !== left.length) continue;
        const order = (x: EditionFact, y: EditionFact) => x.fact.span[0] - y.fact.span[0];
        const l = [...left].sort(order);
        const r = [...right].sort(order);
        l.forEach((fact, n) => {
          const other = r[n];
          if (other && figureOf(fact.fact) !== figureOf(other.fact)) {
            mismatched.add(fact.id);
            mismatched.add(other.id);
          }
        });
      }
    }
  }
  const changes = new Map<number, string[]>();
  for (const f of facts) {
    const has = f.fact.flags.includes(TRANSLATION_MISMATCH);
    const should = mismatched.has(f.id);
    if (has !== should) changes.set(f.id, should ? [...f.fact.flags, TRANSLATION_MISMATCH] : f.fact.flags.filter((flag) => flag !== TRANSLATION_MISMATCH));
  }
  return changes;
}
