// The headline figures analysts re-type by hand, read from the real seed reports: if one of these
// breaks, the product's main promise (the time series of States parties and of the Trust Fund) breaks.
import type { FactDraft, SegmentedDocument } from '@palermo/contracts';
import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract-facts.ts';
import { repaired2012Document, seedDocument } from './test-support/seed-documents.ts';

function factsOf(doc: SegmentedDocument): FactDraft[] {
  const { facts, errors } = extractFacts(doc);
  expect(errors).toEqual([]);
  return facts;
}

function only(facts: FactDraft[], match: Partial<FactDraft>): FactDraft {
  const found = facts.filter((f) => Object.entries(match).every(([k, v]) => f[k as keyof FactDraft] === v));
  expect(found, JSON.stringify(match)).toHaveLength(1);
  return found[0] as FactDraft;
}

function expectSpanOn(doc: SegmentedDocument, fact: FactDraft, figure: string): void {
  expect(doc.text.slice(fact.span[0], fact.span[1])).toContain(figure);
  expect(doc.text.slice(fact.span[0], fact.span[1]).length).toBeGreaterThan(0);
  expect(fact.quote.length).toBeGreaterThan(figure.length);
  expect(doc.text).toContain(fact.quote);
}

describe('2016 report (000)', () => {
  const doc = seedDocument(2016);
  const facts = factsOf(doc);

  it('reads 170 States parties to the Protocol and 187 to the Convention as of 8 November 2016', () => {
    const protocol = only(facts, { kind: 'treaty_parties', instrument: 'trafficking_protocol' });
    expect(protocol).toMatchObject({ value: 170, unit: 'States', as_of: '2016-11-08', as_of_rule: 'sentence', paragraph: 19, section: 'III.A' });
    expect(protocol.quote).toBe('Au 8 novembre 2016, la Convention comptait 187 États parties et le Protocole 170.');
    expectSpanOn(doc, protocol, '170');
    const convention = only(facts, { kind: 'treaty_parties', instrument: 'organized_crime_convention' });
    expect(convention).toMatchObject({ value: 187, as_of: '2016-11-08', paragraph: 19 });
    expectSpanOn(doc, convention, '187');
  });

  it('reads the Trust Fund grants of 2 million dollars', () => {
    const grants = only(facts, { kind: 'money', value: 2e6 });
    expect(grants).toMatchObject({ currency: 'USD', fund: 'trafficking_victims_trust_fund', measure: 'grants_awarded', qualifier: 'exact', paragraph: 34 });
    expectSpanOn(doc, grants, '2 millions');
  });

  it('reads the States that became parties during the period', () => {
    const joined = facts.filter((f) => f.kind === 'treaty_action').map((f) => [f.state, f.instrument, f.date]);
    expect(joined).toEqual([
      ['République de Corée', 'organized_crime_convention', '2015-11-05'],
      ['République populaire démocratique de Corée', 'organized_crime_convention', '2016-06-17'],
      ['République de Corée', 'trafficking_protocol', '2015-11-05'],
      ['Maldives', 'trafficking_protocol', '2016-09-14'],
    ]);
  });

  it('reads the Fund counts, the case-law database and the shares of countries', () => {
    expect(only(facts, { kind: 'count', value: 34 })).toMatchObject({ unit: 'projects', paragraph: 34 });
    expect(only(facts, { kind: 'count', value: 2500 })).toMatchObject({ unit: 'victims', qualifier: 'about' });
    expect(only(facts, { kind: 'count', value: 1352 })).toMatchObject({ unit: 'cases', as_of: '2016-11-08' });
    expect(only(facts, { kind: 'count', value: 94 })).toMatchObject({ unit: 'jurisdictions' });
    expect(only(facts, { kind: 'percentage', value: 60 })).toMatchObject({ qualifier: 'about', paragraph: 4 });
    expect(only(facts, { kind: 'count', value: 179 })).toMatchObject({ footnote: 9, paragraph: 20, unit: 'States' });
  });

  it('reads durations in words', () => {
    expect(only(facts, { kind: 'duration', value: 11 })).toMatchObject({ unit: 'months', paragraph: 44 });
    expect(facts.filter((f) => f.kind === 'duration' && f.value === 6).map((f) => f.paragraph)).toEqual([36, 47]);
  });

  it('never reports symbols, resolutions, SDG targets or convention numbers', () => {
    const values = new Set(facts.map((f) => f.value));
    for (const v of [2272, 70, 59, 361, 1373, 5.2, 8.7, 16.2, 29, 182, 105, 2016, 2015]) expect(values.has(v), String(v)).toBe(false);
  });

  it('gives every numeric fact a span that contains its figure', () => {
    for (const f of facts) {
      expect(f.span[1]).toBeGreaterThan(f.span[0]);
      expect(f.quote).toContain(doc.text.slice(f.span[0], f.span[1]));
    }
  });
});

describe('2023 report (001)', () => {
  const doc = seedDocument(2023);
  const facts = factsOf(doc);

  it('reads 181 States parties to the Protocol', () => {
    const parties = only(facts, { kind: 'treaty_parties' });
    expect(parties).toMatchObject({ value: 181, instrument: 'trafficking_protocol', paragraph: 5, as_of: '2023-05-31' });
    expectSpanOn(doc, parties, '181');
  });

  it('reads the three accessions and checks them against "trois États"', () => {
    const joined = facts.filter((f) => f.kind === 'treaty_action');
    expect(joined.map((f) => [f.state, f.action, f.date, f.instrument])).toEqual([
      ['Andorre', 'accession', '2022-09-21', 'trafficking_protocol'],
      ['Bhoutan', 'accession', '2023-02-20', 'trafficking_protocol'],
      ['Pakistan', 'accession', '2022-11-04', 'trafficking_protocol'],
    ]);
    expect(only(facts, { kind: 'count', value: 3, paragraph: 5 }).flags).not.toContain('count_mismatch');
  });

  it('reads the Trust Fund money figures with measure, qualifier and period', () => {
    const distributed = only(facts, { kind: 'money', value: 6e6 });
    expect(distributed).toMatchObject({ currency: 'USD', fund: 'trafficking_victims_trust_fund', measure: 'distributed', qualifier: 'more_than', period: '2011/..', paragraph: 69 });
    expectSpanOn(doc, distributed, '6 millions');
    expect(only(facts, { kind: 'money', value: 1e6 })).toMatchObject({ currency: 'USD', fund: 'trafficking_victims_trust_fund', measure: 'received_in_period', qualifier: 'exact', period: '2022' });
    expect(only(facts, { kind: 'money', value: 1.5e6 })).toMatchObject({ currency: 'USD', fund: 'trafficking_victims_trust_fund', measure: 'annual_target', qualifier: 'exact' });
    const sinceCreation = only(facts, { kind: 'money', value: 9.8e6 });
    expect(sinceCreation).toMatchObject({ currency: 'USD', fund: 'trafficking_victims_trust_fund', measure: 'received_since_creation', qualifier: 'exact', as_of: '2023-04', paragraph: 70 });
    expectSpanOn(doc, sinceCreation, '9,8 millions');
  });

  it('reads the projects, countries and donors of the Fund', () => {
    expect(only(facts, { kind: 'count', value: 145 })).toMatchObject({ unit: 'projects', qualifier: 'more_than' });
    expect(only(facts, { kind: 'count', value: 60, paragraph: 69 })).toMatchObject({ unit: 'countries', qualifier: 'more_than' });
    expect(only(facts, { kind: 'count', value: 35, paragraph: 70 })).toMatchObject({ unit: 'States' });
    expect(only(facts, { kind: 'count', value: 3500 })).toMatchObject({ unit: 'victims', qualifier: 'more_than' });
    expect(only(facts, { kind: 'percentage', value: 27 })).toMatchObject({ unit: 'percent' });
  });

  it('finds the 49 States of the list the count announces, without a mismatch', () => {
    expect(only(facts, { kind: 'count', value: 49 })).toMatchObject({ unit: 'States', as_of: '2023-05-31', flags: [] });
  });
});

describe('2012 report (002), repaired wording', () => {
  const doc = repaired2012Document();
  const facts = factsOf(doc);

  it('reads 150 States parties to the Protocol', () => {
    const parties = only(facts, { kind: 'treaty_parties' });
    expect(parties).toMatchObject({ value: 150, instrument: 'trafficking_protocol', paragraph: 2, as_of: '2012', as_of_rule: 'sentence' });
    expectSpanOn(doc, parties, '150');
  });

  it('reads the eight ratifications with the year given after each list', () => {
    const joined = facts.filter((f) => f.kind === 'treaty_action').map((f) => [f.state, f.action, f.date]);
    expect(joined).toEqual([
      ['Grèce', 'ratification', '2011'], ['Haïti', 'ratification', '2011'], ['Inde', 'ratification', '2011'],
      ['Micronésie (États fédérés de)', 'ratification', '2011'], ['Maroc', 'ratification', '2011'],
      ['Burundi', 'ratification', '2012'], ['Éthiopie', 'ratification', '2012'], ['Viet Nam', 'ratification', '2012'],
    ]);
  });

  it('reads the 25 000 dollars grant ceiling', () => {
    const ceiling = only(facts, { kind: 'money' });
    expect(ceiling).toMatchObject({ value: 25000, currency: 'USD', fund: 'trafficking_victims_trust_fund', measure: 'max_grant', qualifier: 'up_to', paragraph: 37 });
    expectSpanOn(doc, ceiling, '25 000');
  });

  it('reads the counts of the paragraphs', () => {
    expect(only(facts, { kind: 'count', value: 80 })).toMatchObject({ unit: 'countries', qualifier: 'more_than' });
    expect(only(facts, { kind: 'count', value: 80000 })).toMatchObject({ unit: 'downloads', qualifier: 'more_than' });
    expect(only(facts, { kind: 'count', value: 250 })).toMatchObject({ unit: 'applications', qualifier: 'more_than' });
    expect(only(facts, { kind: 'count', value: 11 })).toMatchObject({ unit: 'NGOs', qualifier: 'exact' });
    expect(only(facts, { kind: 'duration', value: 3 })).toMatchObject({ unit: 'years' });
  });
});

describe('2012 report (002), raw OCR text', () => {
  // The clean stage repairs OCR damage; until it runs, the headline figures must survive residual damage.
  const doc = seedDocument(2012);
  const facts = factsOf(doc);

  it('still reads 150 States parties, the ratifications and the grant ceiling', () => {
    expect(only(facts, { kind: 'treaty_parties' })).toMatchObject({ value: 150, instrument: 'trafficking_protocol' });
    expect(facts.filter((f) => f.kind === 'treaty_action')).toHaveLength(8);
    expect(only(facts, { kind: 'money' })).toMatchObject({ value: 25000, measure: 'max_grant', qualifier: 'up_to' });
  });
});

describe('2008 report (003)', () => {
  it('reads the counts of meetings and events, and no treaty series numbers', () => {
    const facts = factsOf(seedDocument(2008));
    expect(only(facts, { kind: 'count', value: 28 })).toMatchObject({ paragraph: 16 });
    expect(facts.some((f) => f.value === 2237 || f.value === 39574 || f.value === 2241)).toBe(false);
  });
});
