// French as it is written in the wild (glued numbers, dot decimals, every separator, periods,
// negated qualifiers, inclusive writing, unclear currencies) and the same fact kinds from English.
import type { FactDraft } from '@palermo/contracts';
import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract-facts.ts';
import { paragraphsDocument } from './test-support/one-paragraph.ts';

const read = (language: string, ...texts: string[]) => extractFacts(paragraphsDocument(texts, language));
const pick = (facts: FactDraft[], ...keys: (keyof FactDraft)[]) => facts.map((f) => keys.map((k) => f[k]));

describe('French in the wild', () => {
  it('reads numbers glued to the word before, dot decimals with a scale word, and every thousands separator', () => {
    const { facts } = read('fr',
      'Le Fonds a reçu2 000 000 dollars des États-Unis en 2021.',
      'Le Fonds a reçu 1.5 millions de dollars des États-Unis en 2022.',
      "Le programme a aidé 12\u202F500 victimes, 3.400 enfants, 7'200 femmes et 1\u00A0352 migrants.",
    );
    expect(pick(facts, 'kind', 'value', 'currency', 'unit')).toEqual([
      ['money', 2e6, 'USD', null], ['money', 1.5e6, 'USD', null],
      ['count', 12500, null, 'victims'], ['count', 3400, null, 'children'], ['count', 7200, null, 'women'], ['count', 1352, null, 'migrants'],
    ]);
    // A glued number is read, with a little less confidence.
    expect(facts[0]!.confidence).toBeLessThan(facts[1]!.confidence);
  });

  it('reads "zéro" and refuses a lone comma group whose reading is a guess', () => {
    expect(pick(read('fr', 'Zéro victime a été identifiée.').facts, 'kind', 'value')).toEqual([['count', 0]]);
    expect(read('fr', 'Le projet a touché 1,500 personnes.').facts).toEqual([]);
  });

  it('gives each qualifier its meaning, negated and comparative forms included', () => {
    const { facts } = read('fr',
      'Pas plus de 30 pays, plus que 40 projets, au plus 12 ONG, presque 50 victimes, pas moins de 7 États et en dessous de 9 affaires ont été recensés.',
    );
    expect(pick(facts, 'value', 'qualifier')).toEqual([[30, 'at_most'], [40, 'more_than'], [12, 'at_most'], [50, 'almost'], [7, 'at_least'], [9, 'less_than']]);
  });

  it('stores a period as a period, never as its last day, and never as an as-of date', () => {
    const { facts } = read('fr',
      'Entre le 4 et le 22 janvier 2026, le Fonds a reçu 300 000 euros.',
      'De janvier à avril 2019, le Fonds a reçu 200 000 dollars.',
      'Au premier trimestre 2023, le Fonds a financé 12 projets.',
      'Au second semestre de 2022, 40 victimes ont été aidées.',
      'Dans les années 1990, 15 pays ont été touchés.',
    );
    expect(pick(facts, 'value', 'period', 'period_start', 'period_end', 'as_of')).toEqual([
      [300000, '2026-01-04/2026-01-22', '2026-01-04', '2026-01-22', null],
      [200000, '2019-01/2019-04', '2019-01', '2019-04', null],
      [12, '2023-01/2023-03', '2023-01', '2023-03', null],
      [40, '2022-07/2022-12', '2022-07', '2022-12', null],
      [15, '1990/1999', '1990', '1999', null],
    ]);
  });

  it('reads "fin", "début" and "mi-" a year as a point known to the year, never as the whole year or its last day', () => {
    const { facts } = read('fr',
      'Fin 2022, le Fonds avait reçu 3 millions de dollars des États-Unis.',
      'À la mi-2023, 40 victimes avaient été aidées.',
      "Au début de l'année 2020, 14 pays étaient concernés.",
      'Depuis la mi-2015, 12 projets ont été financés.',
    );
    expect(pick(facts, 'value', 'as_of', 'period')).toEqual([[3e6, '2022', null], [40, '2023', null], [14, '2020', null], [12, null, '2015/..']]);
    const english = read('en', 'By the end of 2022, the Fund had received USD 3 million.', 'In mid-2023, 40 victims had been assisted.').facts;
    expect(pick(english, 'value', 'as_of', 'period')).toEqual([[3e6, '2022', null], [40, '2023', null]]);
  });

  it('reads "la dernière décennie" as the ten years up to the report, and leaves it unread without a report date', () => {
    const text = 'Au cours de la dernière décennie, le Fonds a financé 120 projets.';
    const dated = extractFacts(paragraphsDocument([text], 'fr'), { reportDate: '2023-07-24' }).facts;
    expect(pick(dated, 'value', 'period', 'period_start', 'period_end')).toEqual([[120, '2013/2023', '2013', '2023']]);
    expect(pick(read('fr', text).facts, 'value', 'period')).toEqual([[120, null]]);
    const english = extractFacts(paragraphsDocument(['Over the past decade, the Fund has supported 150 projects.'], 'en'), { reportDate: '2023-07-24' }).facts;
    expect(pick(english, 'value', 'period')).toEqual([[150, '2013/2023']]);
  });

  it('reads durations with an article and every unit, with a readable subject', () => {
    const { facts } = read('fr', "Le projet durera un an, avec un délai d'une semaine, puis trois mois et 48 heures.");
    expect(pick(facts.filter((f) => f.kind === 'duration'), 'value', 'unit')).toEqual([[1, 'years'], [1, 'weeks'], [3, 'months'], [48, 'hours']]);
    expect(facts.find((f) => f.unit === 'weeks')?.subject).toBe('délai');
  });

  it('reads every unit of time a report uses, a half included, with no adverb or article for subject', () => {
    const { facts } = read('fr',
      "Le mandat est d'une durée de 6 ans et demi, puis d'un an et demi ; le projet a duré deux semestres, trois trimestres, deux décennies, 15 jours et 30 minutes.",
    );
    expect(pick(facts, 'value', 'value_max', 'unit', 'subject')).toEqual([
      [6.5, null, 'years', 'durée'], [1.5, null, 'years', null], [2, null, 'semesters', null], [3, null, 'quarters', null],
      [2, null, 'decades', null], [15, null, 'days', null], [30, null, 'minutes', null],
    ]);
    expect(pick(read('en', 'The mandate lasts for two years and a half, renewable for 36 hours.').facts, 'value', 'unit')).toEqual([[2.5, 'years'], [36, 'hours']]);
  });

  it('never labels a dollar of unclear country, or an unnamed CFA franc, as a sure currency', () => {
    // Outside a United Nations document, a bare "dollars" is not assumed to be the US dollar.
    expect(pick(read('fr', 'Le projet a coûté 700 dollars.').facts, 'currency', 'flags')).toEqual([[null, ['ambiguous_currency']]]);
    const { facts } = read('fr',
      'Le Canada a versé 50 000 dollars au Fonds.',
      'Le Fonds a octroyé 5 000 francs CFA.',
      'Le Fonds a reçu 2 000 dollars canadiens et 3 000 livres sterling.',
    );
    expect(pick(facts, 'value', 'currency', 'flags')).toEqual([
      [50000, null, ['ambiguous_currency']], [5000, null, ['ambiguous_currency']], [2000, 'CAD', []], [3000, 'GBP', []],
    ]);
  });

  it('reads four-digit amounts without a space, and ranges whose bounds each carry the unit', () => {
    const { facts } = read('fr', 'En 2021, le Fonds a reçu 2500 euros, puis entre 5 000 euros et 10 000 euros.');
    expect(pick(facts, 'value', 'value_max', 'currency', 'qualifier')).toEqual([[2500, null, 'EUR', 'exact'], [5000, 10000, 'EUR', 'range']]);
  });

  it('reads inclusive writing and key–value figures of treaty status pages', () => {
    const inclusive = read('fr', 'Le Fonds a aidé 12 survivant(e)s et 30 victime·s.').facts;
    expect(pick(inclusive, 'value', 'unit')).toEqual([[12, 'survivors'], [30, 'victims']]);
    const status = read('fr', 'Protocole visant à prévenir, réprimer et punir la traite des personnes', 'Parties : 182', 'Signataires : 117').facts;
    expect(pick(status, 'kind', 'value', 'unit', 'instrument')).toEqual([
      ['treaty_parties', 182, 'States', 'trafficking_protocol'], ['count', 117, 'signatories', null],
    ]);
  });
});

describe('English', () => {
  const { facts, warnings } = read('en',
    'As at 1 March 2026, there were 182 States parties to the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children.',
    'In 2023, the United Nations Voluntary Trust Fund for Victims of Trafficking in Persons received contributions of USD 2 million and awarded grants of up to US$ 25,000 to more than 30 non-governmental organizations in nearly 40 countries. Between 2021 and 2022, the Fund disbursed $9.8 million.',
    'Andorra acceded to the Protocol on 21 September 2022 and Bhutan ratified it on 20 February 2023.',
    'UNODC identified 11,954 victims and 11 954 cases; some 1.5 million people were affected, and at least five hundred and two persons were trained. About 45 per cent of victims were women.',
  );
  const of = (kind: FactDraft['kind']) => facts.filter((f) => f.kind === kind);

  it('reads the document in English, without a warning', () => {
    expect(warnings).toEqual([]);
    expect(new Set(facts.map((f) => f.language))).toEqual(new Set(['en']));
  });

  it('reads States parties with the instrument by its English name and the as-at date', () => {
    expect(pick(of('treaty_parties'), 'value', 'instrument', 'as_of')).toEqual([[182, 'trafficking_protocol', '2026-03-01']]);
  });

  it('reads money, funds, measures, qualifiers and periods', () => {
    expect(pick(of('money'), 'value', 'currency', 'fund', 'measure', 'qualifier', 'period')).toEqual([
      [2e6, 'USD', 'trafficking_victims_trust_fund', 'received_in_period', 'exact', '2023'],
      [25000, 'USD', 'trafficking_victims_trust_fund', 'max_grant', 'up_to', null],
      [9.8e6, 'USD', 'trafficking_victims_trust_fund', 'distributed', 'exact', '2021/2022'],
    ]);
  });

  it('reads treaty actions of States named in English, with their ISO code', () => {
    expect(pick(of('treaty_action'), 'state', 'state_code', 'action', 'date')).toEqual([
      ['Andorra', 'AND', 'accession', '2022-09-21'], ['Bhutan', 'BTN', 'ratification', '2023-02-20'],
    ]);
  });

  it('reads counts in digits and words, and percentages', () => {
    expect(pick(of('count'), 'value', 'unit', 'qualifier')).toEqual([
      [30, 'NGOs', 'more_than'], [40, 'countries', 'almost'], [11954, 'victims', 'exact'], [11954, 'cases', 'exact'],
      [1.5e6, 'people', 'about'], [502, 'people', 'at_least'],
    ]);
    expect(pick(of('percentage'), 'value', 'qualifier')).toEqual([[45, 'about']]);
  });
});

describe('languages', () => {
  it('reads nothing of a language it does not know, and says so', () => {
    const { facts, warnings } = read('es', 'El Fondo recibió 2 millones de dólares en 2023 para 40 víctimas.');
    expect(facts).toEqual([]);
    expect(warnings[0]).toMatch(/language "es" is not read/);
  });

  it('reads nothing of a text in another language that was taken for French, and names the language', () => {
    const german = 'Im Jahr 2023 erhielt der Treuhandfonds der Vereinten Nationen für Opfer des Menschenhandels Beiträge in Höhe von 2 Millionen Dollar. Mit diesen Mitteln wurden 40 Projekte in 30 Ländern unterstützt, die mehr als 3 000 Opfern geholfen haben. Die Zahl der Vertragsstaaten des Protokolls stieg auf 182, und die meisten Länder haben Gesetze erlassen, die den Menschenhandel im Einklang mit dem Protokoll unter Strafe stellen.';
    const russian = 'В 2023 году Фонд получил взносы в размере 2 миллионов долларов. На эти средства были поддержаны 40 проектов в 30 странах, которые помогли более чем 3000 жертвам торговли людьми, и число государств-участников Протокола возросло до 182.';
    for (const [text, language] of [[german, 'de'], [russian, 'ru']] as const) {
      const { facts, warnings } = read('fr', text);
      expect(facts).toEqual([]);
      expect(warnings).toEqual([expect.stringMatching(new RegExp(`language "${language}" is not read.*declared "fr"`))]);
    }
  });

  it('reports a text that mixes languages instead of guessing', () => {
    const french = "Le Fonds a reçu des contributions de la part des États et des organisations pour les victimes de la traite, et il a financé des projets dans les pays qui en ont besoin.";
    const english = 'The Fund has received contributions from the States and from the organizations for the victims of trafficking, and it has funded projects in the countries that need them.';
    const { warnings } = read('fr', french, english, english);
    expect(warnings[0]).toMatch(/mixes languages/);
  });
});
