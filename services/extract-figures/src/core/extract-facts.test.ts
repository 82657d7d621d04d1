import type { FactDraft, SegmentedDocument } from '@palermo/contracts';
import { describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION, extractFacts } from './extract-facts.ts';
import { paragraphsFromText } from './test-support/paragraphs-from-text.ts';

const run = (text: string, reportDate: string | null = null) => extractFacts(paragraphsFromText(text), { reportDate }).facts;
const ofKind = (facts: FactDraft[], kind: FactDraft['kind']) => facts.filter((f) => f.kind === kind);

describe('extractFacts: treaty parties', () => {
  it('reads elliptical phrasing and an explicit date', () => {
    const facts = run("1. Au 1er décembre 2020, la Convention des Nations Unies contre la criminalité transnationale organisée comptait 190 États parties, le Protocole relatif à la traite des personnes 178 et le Protocole contre le trafic illicite de migrants 150.");
    expect(ofKind(facts, 'treaty_parties').map((f) => [f.instrument, f.value, f.as_of, f.as_of_rule])).toEqual([
      ['organized_crime_convention', 190, '2020-12-01', 'sentence'],
      ['trafficking_protocol', 178, '2020-12-01', 'sentence'],
      ['migrants_protocol', 150, '2020-12-01', 'sentence'],
    ]);
  });

  it('falls back to the paragraph, then to the report date', () => {
    const paragraph = run("1. En mars 2019, la situation était stable. Le Protocole relatif à la traite des personnes comptait 175 États parties.");
    expect(ofKind(paragraph, 'treaty_parties')[0]).toMatchObject({ value: 175, as_of: '2019-03', as_of_rule: 'paragraph' });
    const report = run('1. Le Protocole relatif à la traite des personnes compte 176 États parties.', '2019-07-01');
    expect(ofKind(report, 'treaty_parties')[0]).toMatchObject({ value: 176, as_of: '2019-07-01', as_of_rule: 'report' });
  });

  it('resolves a bare "le Protocole" to the protocol named before', () => {
    const facts = run("1. Le Protocole contre le trafic illicite de migrants est important.\n\n2. À la date du 5 mai 2021, le nombre d'États parties au Protocole s'élevait à 150.");
    expect(ofKind(facts, 'treaty_parties')[0]).toMatchObject({ instrument: 'migrants_protocol', value: 150, as_of: '2021-05-05', paragraph: 2 });
  });

  it('does not take stakeholders or parties to a conflict for States parties', () => {
    const facts = run('1. En mai 2016, 127 parties prenantes ont adopté la Charte. Six parties ont été désignées dans la Convention relative aux droits de l’enfant.');
    expect(ofKind(facts, 'treaty_parties')).toEqual([]);
  });
});

describe('extractFacts: treaty actions', () => {
  it('reads actions with their own dates, pronouns included, and normalises names', () => {
    const facts = run("1. Au cours de la période considérée, l'Ouganda a adhéré au Protocole relatif à la traite des personnes le 12 mars 2019 et les Émirats arabes unis l'ont ratifié en 2020.");
    expect(ofKind(facts, 'treaty_action').map((f) => [f.state, f.action, f.date])).toEqual([
      ['Ouganda', 'accession', '2019-03-12'],
      ['Émirats arabes unis', 'ratification', '2020'],
    ]);
  });

  it('flags a count that disagrees with the list it announces', () => {
    const facts = run('1. Au cours de la période considérée, trois États ont adhéré au Protocole : Andorre (21 septembre 2022) et le Bhoutan (20 février 2023).');
    const count = ofKind(facts, 'count')[0];
    expect(count).toMatchObject({ value: 3, unit: 'States' });
    expect(count?.flags).toContain('count_mismatch');
    for (const action of ofKind(facts, 'treaty_action')) expect(action.flags).toContain('count_mismatch');
  });

  it('accepts a count that agrees with its list', () => {
    const facts = run('1. Deux États ont adhéré au Protocole : Andorre (21 septembre 2022) et le Bhoutan (20 février 2023).');
    expect(facts.flatMap((f) => f.flags)).not.toContain('count_mismatch');
  });
});

describe('extractFacts: money', () => {
  it('reads measures, currencies and ranges', () => {
    // A United Nations document (its header names the organ): its bare "dollars" are US dollars.
    const facts = run([
      'Assemblée générale',
      "1. Le fonds de contributions volontaires des Nations Unies en faveur des victimes de la traite des personnes a reçu en 2019 environ 800 000 dollars. Des annonces de contributions d'un montant de 300 000 euros ont été faites. Son budget est compris entre 1 et 2 millions de dollars.",
      '2. Le Fonds de contributions volontaires des Nations Unies pour la lutte contre les formes contemporaines d’esclavage a octroyé 500 000 francs CFA.',
    ].join('\n\n'));
    expect(ofKind(facts, 'money').map((f) => [f.value, f.value_max, f.currency, f.fund, f.measure, f.qualifier, f.period])).toEqual([
      [800000, null, 'USD', 'trafficking_victims_trust_fund', 'received_in_period', 'about', '2019'],
      [300000, null, 'EUR', 'trafficking_victims_trust_fund', 'pledged', 'exact', null],
      [1e6, 2e6, 'USD', 'trafficking_victims_trust_fund', 'budget', 'range', null],
      // notes/FACT-CONTRACT.md: a CFA franc whose zone the text does not name is not guessed, it is flagged.
      [500000, null, null, 'contemporary_slavery_fund', 'grants_awarded', 'exact', null],
    ]);
    expect(ofKind(facts, 'money')[3]?.flags).toContain('ambiguous_currency');
  });
});

describe('extractFacts: provenance', () => {
  it('gives absolute spans, the whole sentence, section and footnote', () => {
    const doc = paragraphsFromText('II. Fonds\n\n7. Premier point. Le programme a aidé 45 pays dans le monde¹.\n\n¹ Selon 12 États Membres.');
    const { facts } = extractFacts(doc);
    const [count, note] = facts;
    expect(count).toMatchObject({ kind: 'count', value: 45, unit: 'countries', paragraph: 7, section: 'II', footnote: null, quote: 'Le programme a aidé 45 pays dans le monde.' });
    expect(count && doc.text.slice(count.span[0], count.span[1])).toBe('45');
    expect(note).toMatchObject({ kind: 'count', value: 12, footnote: 1, paragraph: 7 });
    expect(note && doc.text.slice(note.span[0], note.span[1])).toBe('12');
  });

  it('reports a failing paragraph and keeps the facts of the others', () => {
    const doc: SegmentedDocument = paragraphsFromText('1. Le programme a aidé 45 pays.\n\n2. Texte cassé.\n\n3. Il a formé 300 praticiens.');
    const broken = doc.paragraphs[1];
    if (broken) Object.defineProperty(broken, 'text', { get: () => { throw new Error('unreadable paragraph'); } });
    const { facts, errors } = extractFacts(doc);
    expect(errors).toEqual([{ paragraph: 2, message: 'unreadable paragraph' }]);
    expect(facts.map((f) => f.value)).toEqual([45, 300]);
  });

  it('has a version', () => {
    expect(EXTRACTOR_VERSION).toBe('2.2.0');
  });
});

describe('extractFacts: phrasings beyond the seeds', () => {
  const doc = [
    'Au 31 décembre 2022, 181 États étaient parties au Protocole relatif à la traite des personnes.',
    'Au 1er juin 2021, la Convention comptait 190 Parties, le Protocole relatif à la traite des personnes 178, le Protocole relatif aux migrants 150 et le Protocole relatif aux armes à feu 121.',
    "Le nombre d'États parties à la Convention est passé de 147 à 190.",
    'Le Protocole de 2014 relatif à la convention sur le travail forcé compte 60 ratifications.',
    'À ce jour, 178 États ont ratifié le Protocole relatif à la traite des personnes ou y ont adhéré.',
    "Le Fonds a reçu 2,5 millions d'euros et US$ 1,2 million en 2021.",
    'Selon les estimations, entre 2 et 3 millions de victimes seraient concernées, dont soixante-dix pour cent de femmes.',
    'Le 1er décembre 2020, le Tchad a adhéré au Protocole relatif à la traite des personnes.',
    'Le Groupe se réunit toutes les deux semaines.',
  ].map((s, i) => `${i + 1}. ${s}`).join('\n\n');
  const facts = run(doc, '2023-07-23');
  const at = (paragraph: number) => facts.filter((f) => f.paragraph === paragraph);

  it('reads totals of States parties however they are phrased', () => {
    expect(at(1)[0]).toMatchObject({ kind: 'treaty_parties', value: 181, instrument: 'trafficking_protocol', as_of: '2022-12-31' });
    expect(at(2).map((f) => [f.instrument, f.value])).toEqual([
      ['organized_crime_convention', 190], ['trafficking_protocol', 178], ['migrants_protocol', 150], ['firearms_protocol', 121],
    ]);
    expect(at(3).map((f) => [f.kind, f.value])).toEqual([['treaty_parties', 190]]);
    expect(at(4)[0]).toMatchObject({ kind: 'treaty_parties', value: 60, instrument: 'forced_labour_protocol', as_of: '2023-07-23', as_of_rule: 'report' });
    expect(at(5)[0]).toMatchObject({ kind: 'treaty_parties', value: 178, instrument: 'trafficking_protocol' });
  });

  it('shares the measure between coordinated amounts', () => {
    expect(at(6).map((f) => [f.value, f.currency, f.measure, f.period])).toEqual([
      [2.5e6, 'EUR', 'received_in_period', '2021'], [1.2e6, 'USD', 'received_in_period', '2021'],
    ]);
  });

  it('reads scaled counts with "de" and percentages in words', () => {
    expect(at(7).map((f) => [f.kind, f.value, f.value_max, f.unit, f.qualifier])).toEqual([
      ['count', 2e6, 3e6, 'victims', 'range'], ['percentage', 70, null, 'percent', 'exact'],
    ]);
  });

  it('dates an action from the date before its State', () => {
    expect(at(8)[0]).toMatchObject({ kind: 'treaty_action', state: 'Tchad', action: 'accession', date: '2020-12-01' });
  });

  it('does not take a frequency for a duration', () => {
    expect(at(9)).toEqual([]);
  });
});
