import type { Fund, Instrument, Qualifier } from '@palermo/contracts';

/**
 * Everything the extractor needs to know about one language, as data: the words for numbers,
 * scales, months, qualifiers, units, currencies, measures, instruments, funds and States, and the
 * phrasings of treaty counts and actions. The readers (numbers, dates, quantities, money, counts...)
 * are written once and take a profile, so French and English share one machinery. Every pattern
 * runs on folded text (lower case, no accents: see text-fold.ts).
 */
export interface LanguageProfile {
  language: 'fr' | 'en';
  numbers: {
    /** The decimal mark this language prints; the other mark groups thousands. */
    decimal: ',' | '.';
    scales: Readonly<Record<string, number>>; // "million", "milliard", "billion"
    words: Readonly<Record<string, number>>; // units and tens: "deux", "twenty"
    hundreds: readonly string[]; // "cent", "hundred"
    joiners: readonly string[]; // words allowed inside a number in words: "et", "and"
    articles: readonly string[]; // "un", "une", "a", "an": alone they are articles, not amounts
    /** Words before "cent" that make it a percent sign ("pour cent"), not a hundred. */
    percentBefore: readonly string[];
    /** Multiplicative tens: French "quatre-vingt(s)" is 80, not 4 + 20. */
    frenchTens: boolean;
  };
  /** A percent sign right after a figure. */
  percentAfter: RegExp;
  qualifiersBefore: ReadonlyArray<[RegExp, Qualifier]>;
  qualifiersAfter: ReadonlyArray<[RegExp, Qualifier]>;
  /** "entre 5 et 7", "between 5 and 7": the words before the first bound and between the bounds. */
  rangeBefore: RegExp;
  rangeBetween: RegExp; // matches the link between the bounds, then any currency sign of the second
  /** "de 10 à 30 000 €", "from 10 to 15 years": the words before the first bound and between the bounds. */
  rangeFrom: RegExp;
  rangeTo: RegExp;
  /** A verb of change before "de"/"from": "est passé de 150 à 181" is two values, not a range. */
  changeBefore: RegExp;
  /** Words between coordinated figures that share a qualifier ("et", "and"). */
  coordination: RegExp;
  counts: {
    units: ReadonlyArray<[string, string]>; // noun → unit
    adjectives: readonly string[];
    /** What links a scale word to its noun: "2 millions de victimes", "2 million victims". */
    scaledLink: string;
    /** The noun named after the figure by "le nombre de": "on évalue à 21 millions le nombre de victimes". */
    numberOfAfter: RegExp;
  };
  durations: {
    units: Readonly<Record<string, string>>;
    modifiers: string; // words allowed between number and unit: "prochaines", "consecutive"
    frequencyBefore: RegExp; // "toutes les deux semaines"
    ageBefore: RegExp; // "âgés de 18 ans"
    half: RegExp; // right after the unit: "six ans et demi", "two years and a half" add one half
  };
  currencies: {
    after: RegExp; // group 1: the currency words right after an amount
    before: RegExp; // group 1: a symbol or code right before an amount
    /** `usDollars`: the document is a United Nations text or names US dollars, so a bare "dollars" is USD. */
    code: (word: string, context: string, usDollars: boolean) => { currency: string | null; ambiguous: boolean } | null;
  };
  money: {
    measures: ReadonlyArray<[RegExp, string]>;
    sinceCreation: RegExp;
    pledgedAfter: RegExp;
    maxGrantNouns: RegExp;
    receivedWords: RegExp;
  };
  dates: {
    months: Readonly<Record<string, number>>;
    /** Words of the forms the date reader knows (see dates.ts). */
    words: DateWords;
  };
  time: {
    asOfBefore: RegExp;
    opensSentence: RegExp;
    sinceBefore: RegExp;
    inBefore: RegExp;
    reportingPeriod: RegExp;
    reportingPeriodIntro: RegExp;
    /** "au cours de la dernière décennie", "over the past decade": ten years up to the report's year. */
    lastDecade: RegExp;
  };
  masks: ReadonlyArray<{ reason: string; pattern: RegExp; folded?: boolean }>;
  instruments: {
    explicit: ReadonlyArray<[RegExp, Instrument]>;
    protocolRef: RegExp;
    conventionRef: RegExp;
    convention: string; // the Convention's full name, folded: naming it inside a protocol's name sets "la Convention"
  };
  funds: { named: ReadonlyArray<[RegExp, Fund]>; reference: RegExp };
  states: {
    /** Rows of names, canonical first; each with its ISO 3166-1 alpha-3 code. */
    names: ReadonlyArray<{ code: string; names: readonly string[] }>;
    articles: RegExp; // "l'", "la", "the"
    notBefore: RegExp; // "dollars des" before "États-Unis": a currency, not a State
    notAfter: RegExp; // "dollars" after "United States"
  };
  treaty: {
    statesPartiesAfter: RegExp;
    barePartiesAfter: RegExp;
    joinedAfter: RegExp;
    namedAfter: RegExp;
    countBefore: RegExp;
    raisedTo: RegExp;
    countAfter: RegExp;
    /** "ratifié par 178 parties": the words before the figure, and the noun after it. */
    ratifiedBy: RegExp;
    ratifiedByNoun: RegExp;
    /** "149 l'ont ratifié", "47 États européens l'avaient ratifiée": the figure ratified the instrument named before. */
    ratifiedIt: RegExp;
    ellipsisStates: RegExp;
    ellipsisJoin: RegExp;
    ellipsisLead: RegExp;
    actions: ReadonlyArray<[RegExp, 'ratification' | 'accession' | 'acceptance' | 'approval' | 'succession' | null]>;
    listForward: RegExp;
    pronounBefore: RegExp;
  };
  subjects: {
    stopAfter: RegExp; shareOf: RegExp; determiners: RegExp; trailingLinks: RegExp;
    /** A participle left hanging when its complement is cut off: "questions liées (à ce problème)". */
    danglingParticiple: RegExp;
    /** The word after it that makes it hang, as written: "liées à", not "privé a versé". */
    participleComplement: RegExp;
    /** An auxiliary: "a diminué de 27 %" is a verb before the figure, not a noun it measures. */
    auxiliary: RegExp;
  };
  listIntro: RegExp;
  /** "Parties : 182", "Signatories: 117": key–value figures as treaty status pages print them; keys end where the value starts. */
  keyValue: ReadonlyArray<{ key: RegExp; kind: 'treaty_parties' | 'count'; unit: string }>;
  /** A few very common words of the language, to tell which language a text is in. */
  stopwords: readonly string[];
}

/** The words of the date forms a language writes. */
export interface DateWords {
  from: string; // "du", "from"
  to: string; // "au", "to"
  between: string; // "entre", "between"
  and: string; // "et", "and"
  monthTo: string; // "a|au|-", "to|-"
  firstDay: string; // "1er"
  dayOrdinal: string; // "st|nd|rd|th" after a day, English only
  of: string; // optional "de"/"d'" between month and year, "of" in English
  article: string; // "le", "the"
  quarter: Readonly<Record<string, number>>; // "premier trimestre" → 1
  quarterWord: string;
  semester: Readonly<Record<string, number>>;
  semesterWord: string;
  decade: string; // "annees", "the"
  end: string; // "fin", "end of"
  start: string; // "debut", "beginning of"
  mid: string; // "mi-", "mid-"
  yearWord: string; // "l'annee", "the year"
}
