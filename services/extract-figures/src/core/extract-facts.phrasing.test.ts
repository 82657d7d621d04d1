// Phrasings the first rules missed (issue 10): counts of abstract things with readable subjects,
// ranges whose first bound borrows the unit and thousands of the second, totals of parties said
// with "ratifié par", negated bounds without "pas", and qualifiers that do not cross into a percentage.
import type { FactDraft } from '@palermo/contracts';
import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract-facts.ts';
import { paragraphsDocument } from './test-support/one-paragraph.ts';

const read = (language: string, ...texts: string[]) => extractFacts(paragraphsDocument(texts, language)).facts;
const pick = (facts: FactDraft[], ...keys: (keyof FactDraft)[]) => facts.map((f) => keys.map((k) => f[k]));

describe('counts of abstract things', () => {
  it('reads areas, objectives, reports, questions and documents, with a noun phrase for subject', () => {
    const facts = read('fr',
      "Le plan s'articule autour de six domaines prioritaires : la prévention et la protection.",
      "L'un des 23 objectifs de ce pacte (l'objectif 10) porte sur la traite.",
      'Le Groupe de travail s’est penché sur deux questions liées à ce problème ; la Rapporteuse a établi deux rapports.',
      "Les cibles : trois cibles appellent à éliminer la traite. Les deux premiers documents seront publiés en octobre 2012.",
    );
    expect(pick(facts, 'value', 'unit', 'subject')).toEqual([
      [6, 'areas', 'domaines prioritaires'], [23, 'objectives', 'objectifs'], [2, 'questions', 'questions'],
      [2, 'reports', 'rapports'], [3, 'targets', 'cibles'], [2, 'documents', 'premiers documents'],
    ]);
  });

  it('ends a subject before a verb or a participle whose complement is cut off, as the seeds phrase them', () => {
    const facts = read('fr',
      'En 2016, 55 pour cent des 42 subventions octroyées par le Fonds sont destinées à des projets.',
      'Au total, 4 663 victimes bénéficieront de services essentiels dans les cinq zones concernées.',
      'Le nombre de condamnations pour traite de personnes dans le monde a diminué de 27 % en 2020 par rapport à 2019.',
      'Les représentants étaient présents aux trois réunions tenues jusqu’à ce jour.',
      'Le fonds a accordé un financement à 24 projets d’organisations non gouvernementales mis en œuvre dans 19 pays.',
      'Des contributions ont été reçues de 35 États Membres et de 34 organisations du secteur privé.',
    );
    expect(pick(facts, 'value', 'subject')).toEqual([
      [55, 'des 42 subventions'], [42, 'subventions'], [4663, 'victimes'], [5, 'zones concernées'], [27, null], [3, 'réunions'],
      [24, "projets d’organisations non gouvernementales"], [19, 'pays'], [35, 'États Membres'], [34, 'organisations du secteur privé'],
    ]);
  });

  it('reads them in English, but not a capitalised heading of a table', () => {
    const facts = read('en', 'The plan covers four thematic areas and 17 goals.', '18 1 16 Reports for: the Security Council');
    expect(pick(facts, 'value', 'unit', 'subject')).toEqual([[4, 'areas', 'thematic areas'], [17, 'objectives', 'goals']]);
  });

  it('reads English "one" as a number, "a" and "an" not', () => {
    const facts = read('en', 'Pledges came from six governments and one private sector donor; a donor also gave one year of support.');
    expect(pick(facts, 'kind', 'value', 'unit')).toEqual([['count', 6, 'governments'], ['count', 1, 'donors'], ['duration', 1, 'years']]);
  });

  it('reads the noun after "à N le nombre de", but not a difference ("de 15 le nombre de")', () => {
    const facts = read('fr', 'On évalue à 21 millions le nombre de victimes dont plus de 5 millions d’enfants.', 'Le rapport réduit de 15 le nombre de documents.');
    expect(pick(facts, 'value', 'unit', 'subject')).toEqual([[21000000, 'victims', 'victimes'], [5000000, 'children', 'enfants']]);
  });

  it('reads an ordinal before a noun as no count', () => {
    const facts = read('fr', 'À sa trente et unième session et à sa soixante-dix-huitième session, la Commission a adopté le texte.');
    expect(facts).toEqual([]);
  });
});

describe('ranges', () => {
  it('lends the thousands of the second bound to the first: "de 10 à 30 000 €"', () => {
    const facts = read('fr', 'La subvention pourra s’élever de 10 à 30 000 € par projet.');
    expect(pick(facts, 'kind', 'value', 'value_max', 'currency', 'qualifier')).toEqual([['money', 10000, 30000, 'EUR', 'range']]);
  });

  it('reads "from ... to ..." as a range, but a change ("est passé de", "rose from") as two figures', () => {
    expect(pick(read('en', 'Sentences range from 5 to 15 years.'), 'value', 'value_max', 'unit')).toEqual([[5, 15, 'years']]);
    const change = read('fr', 'Le nombre de projets est passé de 150 à 181 projets en 2020.');
    expect(pick(change, 'value', 'value_max', 'qualifier')).toEqual([[181, null, 'exact']]);
    const rose = read('en', 'The number of victims rose from 10 to 30,000 victims.');
    expect(pick(rose, 'value', 'value_max')).toEqual([[30000, null]]);
  });

  it('keeps a lower bound that would pass the upper one as written', () => {
    const facts = read('fr', 'Les subventions vont de 500 à 1 000 euros.');
    expect(pick(facts, 'value', 'value_max')).toEqual([[500, 1000]]);
  });
});

describe('totals of parties', () => {
  it('reads "ratifié par 178 parties" and "149 l’ont ratifié" as totals, a few ratifications as none', () => {
    const facts = read('fr', 'En mai 2020, il avait été ratifié par 178 parties.', "En mai 2020, 112 pays en étaient signataires et 149 l'ont ratifié.", 'En 2021, deux États l’ont ratifié.');
    expect(pick(facts.filter((f) => f.kind === 'treaty_parties'), 'value', 'as_of', 'flags')).toEqual([
      [178, '2020-05', ['instrument_from_context']], [149, '2020-05', ['instrument_from_context']],
    ]);
  });

  it('reads "ratified by 178 parties" in English', () => {
    expect(pick(read('en', 'By May 2020 the Protocol had been ratified by 178 parties.'), 'kind', 'value', 'instrument')).toEqual([['treaty_parties', 178, 'trafficking_protocol']]);
  });
});

describe('qualifiers', () => {
  it('reads "ne peut être inférieur à" as a floor and "pouvant atteindre" as a ceiling', () => {
    const facts = read('fr', 'Le montant ne peut être inférieur à 3 000 € ; un financement pouvant atteindre 22,4 millions de dollars.');
    expect(pick(facts, 'value', 'qualifier')).toEqual([[3000, 'at_least'], [22400000, 'up_to']]);
  });

  it('does not carry the qualifier of an age into the percentage after it', () => {
    const facts = read('fr', '72 % étaient des femmes de moins de 25 ans et 25 % étaient âgées de moins de 18 ans.');
    expect(pick(facts, 'value', 'qualifier')).toEqual([[72, 'exact'], [25, 'exact']]);
  });

  it('reads "US $750,000" as US dollars', () => {
    expect(pick(read('en', 'G/TIP intends to award US $750,000 as grants.'), 'value', 'currency')).toEqual([[750000, 'USD']]);
  });
});

describe('periods', () => {
  it('gives a figure the year its own phrase names after it, over the year the sentence opened with', () => {
    const facts = read('en', 'In 2014 the Department estimated that there were 10,000 potential victims of modern slavery in the UK in 2013, and 3% in 2004.');
    expect(pick(facts, 'value', 'period')).toEqual([[10000, '2013'], [3, '2004']]);
  });

  it('gives any amount the period its own phrase gives ("during the period 2004-2015")', () => {
    const facts = read('en', '321 projects were funded at a total of EUR 158.5 million during the period 2004-2015.');
    expect(pick(facts.filter((f) => f.kind === 'money'), 'value', 'period')).toEqual([[158500000, '2004/2015']]);
  });

  it('keeps the year stated before when a clause lies between the figure and the next year', () => {
    const facts = read('en', 'In 2014, 45 per cent of victims were women, according to a report published in 2016.');
    expect(pick(facts, 'value', 'period')).toEqual([[45, '2014']]);
  });
});

describe('the trafficking victims fund, as the press names it', () => {
  it('reads "Fonds fiduciaire", "d’affectation volontaire ... victimes du trafic" and UNVTF, with what the fund did', () => {
    const facts = read('fr',
      'La Belgique annonce une contribution de 2 millions d’euros au Fonds fiduciaire des Nations Unies pour les victimes de la traite des êtres humains.',
      'Le Fonds d’affectation volontaire des Nations unies pour les victimes du trafic des êtres humains a remis 300.000 dollars américains à des organisations.',
      'Depuis sa création en 2010, l’UNVTF a accordé plus de 6 millions de dollars de subventions.',
    );
    expect(pick(facts.filter((f) => f.kind === 'money'), 'value', 'fund', 'measure')).toEqual([
      [2000000, 'trafficking_victims_trust_fund', 'pledged'], [300000, 'trafficking_victims_trust_fund', 'distributed'],
      [6000000, 'trafficking_victims_trust_fund', 'grants_awarded'],
    ]);
  });
});

describe('an amount whose currency is elided', () => {
  it('takes the currency of the amounts around it, and says so', () => {
    const facts = read('fr', "Les arriérés (53,9 millions d'euros), le Fonds de réserve (82,6 millions) et le bâtiment (10 millions d'euros).");
    expect(pick(facts, 'value', 'currency', 'flags')).toEqual([
      [53900000, 'EUR', []], [82600000, 'EUR', ['currency_from_context']], [10000000, 'EUR', []],
    ]);
  });

  it('leaves a figure followed by a noun, or between two currencies, alone', () => {
    const facts = read('fr', "Un coût de 53,9 millions d'euros pour 82,6 millions d'habitants, puis 2 millions (hors taxes) et 10 millions de dollars.");
    expect(pick(facts.filter((f) => f.kind === 'money'), 'value')).toEqual([[53900000], [10000000]]);
  });
});
