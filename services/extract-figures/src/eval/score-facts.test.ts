import type { FactDraft } from '@palermo/contracts';
import { describe, expect, it } from 'vitest';
import type { LabelledFact } from './eval-label.ts';
import { attributeAgrees, matchFacts, regressions, scoreFacts, scoreNoFactSentence, sumScores } from './score-facts.ts';

function fact(fields: Partial<FactDraft>): FactDraft {
  return {
    kind: 'count', value: null, value_max: null, unit: null, currency: null, instrument: null, fund: null, measure: null,
    qualifier: 'exact', as_of: null, as_of_rule: null, period: null, state: null, action: null, date: null, subject: null,
    paragraph: 1, footnote: null, section: null, span: [0, 1], quote: 'x', confidence: 0.9, flags: [], ...fields,
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

describe('wrong values', () => {
  const text = 'Le Fonds a reçu 2,5 millions de dollars et 12 projets.';
  const at = (words: string): [number, number] => [text.indexOf(words), text.indexOf(words) + words.length];

  it('counts a fact read at a labelled figure with another value as wrong, not as a miss and a spurious fact', () => {
    const predictions = [fact({ kind: 'money', value: 2, span: at('2,5 millions') }), fact({ value: 12, span: at('12 projets') })];
    const labels: LabelledFact[] = [
      { kind: 'money', paragraph: 1, value: 2.5e6, figure: '2,5 millions de dollars' },
      { kind: 'count', paragraph: 1, value: 7, figure: 'Fonds' },
    ];
    const { pairs, wrong, missed, spurious } = matchFacts(predictions, labels, text);
    expect(pairs).toEqual([]);
    expect(wrong).toEqual([{ prediction: predictions[0], label: labels[0] }]);
    expect(missed).toEqual([labels[1]]);
    expect(spurious).toEqual([predictions[1]]);
    expect(scoreFacts(predictions, labels, text).counts).toMatchObject({ matched: 0, wrong_value: 1, missed: 1, spurious: 1 });
  });

  it('counts a fact of another kind at the figure as wrong', () => {
    const predictions = [fact({ kind: 'count', value: 2.5e6, span: at('2,5 millions') })];
    const { wrong } = matchFacts(predictions, [{ kind: 'money', paragraph: 1, value: 2.5e6, figure: '2,5 millions de dollars' }], text);
    expect(wrong).toHaveLength(1);
  });

  it('without a figure, pairs only the one leftover of a kind in a paragraph', () => {
    const one = matchFacts([fact({ value: 13 })], [{ kind: 'count', paragraph: 1, value: 12 }]);
    expect(one.wrong).toHaveLength(1);
    const two = matchFacts([fact({ value: 13 })], [{ kind: 'count', paragraph: 1, value: 12 }, { kind: 'count', paragraph: 1, value: 14 }]);
    expect(two.wrong).toEqual([]);
    expect(two.missed).toHaveLength(2);
  });
});

describe('attributes', () => {
  it('judges null as a value, flags as a subset, and a field an extractor lacks as null', () => {
    const p = fact({ kind: 'money', currency: null, flags: ['ambiguous_currency', 'low_confidence'] });
    expect(attributeAgrees(p, { kind: 'money', paragraph: 1, currency: null }, 'currency')).toBe(true);
    expect(attributeAgrees(fact({ currency: 'USD' }), { kind: 'money', paragraph: 1, currency: null }, 'currency')).toBe(false);
    expect(attributeAgrees(p, { kind: 'money', paragraph: 1, flags: ['ambiguous_currency'] }, 'flags')).toBe(true);
    expect(attributeAgrees(fact({}), { kind: 'money', paragraph: 1, flags: ['ambiguous_currency'] }, 'flags')).toBe(false);
    expect(attributeAgrees(fact({}), { kind: 'treaty_action', paragraph: 1, state_code: 'IND' }, 'state_code')).toBe(false);
  });

  it('counts matched facts with a wrong attribute and leaves unlabelled attributes unjudged', () => {
    const scores = scoreFacts(
      [fact({ value: 3, unit: 'years', qualifier: 'less_than' }), fact({ value: 4, unit: null })],
      [{ kind: 'count', paragraph: 1, value: 3, qualifier: 'at_least' }, { kind: 'count', paragraph: 1, value: 4 }],
    );
    expect(scores.counts).toMatchObject({ matched: 2, wrong_attribute: 1 });
    expect(scores.attributes.qualifier).toMatchObject({ correct: 0, labelled: 1 });
    expect(scores.attributes.unit).toBeUndefined();
  });
});

describe('no-fact sentences and baselines', () => {
  it('counts every fact of a no-fact sentence as spurious', () => {
    const scores = scoreNoFactSentence([fact({ value: 2019 })]);
    expect(scores.counts).toMatchObject({ no_fact_sentences: 1, no_fact_spurious: 1, spurious: 1 });
    expect(scores.overall.precision).toBe(0);
  });

  it('reports a growing count of wrong values or of facts in no-fact sentences', () => {
    const clean = sumScores([scoreNoFactSentence([]), scoreFacts([], [])]);
    const worse = sumScores([scoreNoFactSentence([fact({})]), scoreFacts([fact({ value: 2 })], [{ kind: 'count', paragraph: 1, value: 1 }])]);
    expect(regressions(worse, clean)).toContain('wrong values: 1 > baseline 0');
    expect(regressions(worse, clean)).toContain('facts in no-fact sentences: 1 > baseline 0');
    expect(regressions(clean, clean)).toEqual([]);
  });
});
