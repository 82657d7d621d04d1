import type { FactDraft } from '@palermo/contracts';
import { describe, expect, it } from 'vitest';
import type { LabelledFact } from './eval-label.ts';
import { matchFacts, regressions, scoreFacts } from './score-facts.ts';

function fact(fields: Partial<FactDraft>): FactDraft {
  return {
    kind: 'count', value: null, value_max: null, unit: null, currency: null, instrument: null, fund: null, measure: null,
    qualifier: 'exact', as_of: null, as_of_rule: null, period: null, state: null, action: null, date: null, subject: null,
    paragraph: 1, footnote: null, section: null, span: [0, 1], quote: 'x', confidence: 0.9, flags: [],
    period_start: null, period_end: null, state_code: null, language: 'fr', ...fields,
  };
}

describe('matchFacts', () => {
  it('matches on paragraph, kind and value, or State for treaty actions', () => {
    const predictions = [
      fact({ value: 34, unit: 'projects' }),
      fact({ kind: 'treaty_action', state: 'Andorre', action: 'accession' }),
      fact({ value: 12, paragraph: 2 }),
    ];
    const labels: LabelledFact[] = [
      { kind: 'count', paragraph: 1, value: 34, unit: 'projects' },
      { kind: 'treaty_action', paragraph: 1, state: 'Andorre', action: 'ratification' },
      { kind: 'count', paragraph: 1, value: 12 },
    ];
    const { pairs, missed, spurious } = matchFacts(predictions, labels);
    expect(pairs).toHaveLength(2);
    expect(missed).toEqual([labels[2]]);
    expect(spurious).toEqual([predictions[2]]);
  });

  it('identifies footnotes by their number', () => {
    const { pairs } = matchFacts([fact({ value: 179, footnote: 9, paragraph: 19 })], [{ kind: 'count', paragraph: 20, footnote: 9, value: 179 }]);
    expect(pairs).toHaveLength(1);
  });
});

describe('scoreFacts', () => {
  it('scores kinds and attributes', () => {
    const scores = scoreFacts(
      [fact({ value: 34, unit: 'projects' }), fact({ value: 30, unit: 'States' }), fact({ value: 7 })],
      [{ kind: 'count', paragraph: 1, value: 34, unit: 'projects' }, { kind: 'count', paragraph: 1, value: 30, unit: 'countries' }, { kind: 'money', paragraph: 1, value: 2e6 }],
    );
    expect(scores.kinds.count).toMatchObject({ precision: 0.667, recall: 1 });
    expect(scores.kinds.money).toMatchObject({ precision: 1, recall: 0 });
    expect(scores.attributes.unit).toMatchObject({ precision: 0.5, recall: 0.5 });
  });

  it('lists the figures that fell below a baseline', () => {
    const before = scoreFacts([fact({ value: 1 })], [{ kind: 'count', paragraph: 1, value: 1 }]);
    const after = scoreFacts([], [{ kind: 'count', paragraph: 1, value: 1 }]);
    expect(regressions(after, before)).toEqual(['overall recall: 0 < baseline 1', 'kind count recall: 0 < baseline 1']);
    expect(regressions(before, before)).toEqual([]);
  });
});
