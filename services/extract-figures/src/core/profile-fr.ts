import type { LanguageProfile } from './language-profile.ts';
import { STATE_NAMES } from './state-names.ts';

const MONTHS = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6,
  juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
};
const UNTOC = 'convention des nations unies contre la criminalite transnationale organisee';
// OCR leaves "&" for "à" and glues "latraite": tolerated here, where a miss would lose a headline figure.
const ADDITIONAL = `(?:additionnel(?:le)?s? )?(?:[a&] la ${UNTOC},? )?`;

/** French, as United Nations reports and the web print it. */
export const FRENCH: LanguageProfile = {
  language: 'fr',
  numbers: {
    decimal: ',',
    scales: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 },
    words: {
      zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
      dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
      vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
    },
    hundreds: ['cent', 'cents'],
    joiners: ['et'],
    articles: ['un', 'une'],
    percentBefore: ['pour'],
    frenchTens: true,
  },
  percentAfter: /^\s*(?:pour ?cent|%|p\. ?100)(?![a-z])/,
  // Longer phrases come before the phrases they contain; negated forms before the bare ones.
  qualifiersBefore: [
    // "ne peut être inférieur à", "pas supérieur à": a negated comparison is a bound.
    [/\bpas (?:etre |plus )?(?:inferieure?s? a|en dessous d(?:e |'))\s*$/, 'at_least'],
    [/\bpas (?:etre )?(?:superieure?s? a|au-dessus d(?:e |'))\s*$/, 'at_most'],
    // "ne peut être inférieur à": the literary negation without "pas".
    [/\bne (?:peut|peuvent|pourra|pourront|doit|doivent|saurait|sauraient) (?:etre )?(?:inferieure?s? a|en dessous d(?:e |'))\s*$/, 'at_least'],
    [/\bne (?:peut|peuvent|pourra|pourront|doit|doivent|saurait|sauraient) (?:etre )?(?:superieure?s? a|au-dessus d(?:e |'))\s*$/, 'at_most'],
    [/(?:ne depassant pas|n'excedant pas|ne pouvant depasser|ne pouvant exceder)\s+(?:les? |la )?$/, 'at_most'],
    [/(?:pas plus d(?:e |')|pas davantage d(?:e |')|au plus|au maximum|tout au plus)\s*$/, 'at_most'],
    [/(?:pas moins d(?:e |')|un minimum d(?:e |')|minimum d(?:e |')|pas en dessous d(?:e |'))\s*$/, 'at_least'],
    [/(?:un peu|legerement|bien|nettement|largement) plus d(?:e |')\s*$/, 'more_than'],
    [/(?:plus|davantage) (?:d(?:e |')|que )\s*$/, 'more_than'],
    [/(?:depassant|depassent|depasse|excedant|excede|superieure?s? a|au-dela d(?:e |')|en sus de)\s+(?:les? |la )?$/, 'more_than'],
    [/(?:presque|quasiment|pas loin d(?:e |')|tout juste moins d(?:e |')|a peine moins d(?:e |'))\s*$/, 'almost'],
    [/(?:pres d(?:e |')|environ|quelques?|approximativement|a peu pres|(?<!s'articul(?:e|ent|ait) )autour d(?:e |')|de l'ordre d(?:e |')|aux alentours d(?:e |')|estimee?s? a)\s*$/, 'about'],
    [/au moins\s+$/, 'at_least'],
    [/(?:jusqu'a|jusqu'au|un maximum d(?:e |')|maximum d(?:e |')|plafond d(?:e |')|plafonnee?s? a|(?:pouvant|pourra|pourront|peut|peuvent) atteindre)\s*$/, 'up_to'],
    [/(?:moins d(?:e |')|inferieure?s? a|en deca d(?:e |')|en dessous d(?:e |'))\s*$/, 'less_than'],
  ],
  qualifiersAfter: [
    [/^[^.;:(),]{0,30}?\b(?:au maximum|au plus)\b/, 'up_to'],
    [/^[^.;:(),]{0,30}?\bau minimum\b/, 'at_least'],
  ],
  rangeBefore: /\bentre\s+$/,
  rangeBetween: /\s(?:et)\s+(?:us\$|\$|€|£|usd|eur)?\s*$/,
  rangeFrom: /\bde\s+$/,
  rangeTo: /\s(?:a)\s+(?:us\$|\$|€|£|usd|eur)?\s*$/,
  changeBefore: /\b(?:pass|augment|diminu|baiss|progress|recul|chut|tomb|redui|port|ramen|relev|grimp|evolu|doubl|tripl|multipli|croi|cru)[a-z]*\s+(?:[a-z']+\s+){0,3}de\s+$/,
  coordination: /^\s+[a-z' -]{1,40}?\s+et\s+$/,
  counts: {
    // Nouns that make a number a count, mapped to the unit the facts carry. Parts of a text (areas,
    // objectives, principles, reports...) are counts too: an analyst may want them.
    units: [
      ['organisations non gouvernementales', 'NGOs'], ['ong', 'NGOs'],
      ['etats membres', 'States'], ['etats', 'States'], ['etat', 'States'], ['pays', 'countries'],
      ['organisations', 'organizations'], ['organismes', 'organizations'], ['entites', 'organizations'],
      ['projets', 'projects'], ['projet', 'projects'], ['victimes', 'victims'], ['victime', 'victims'],
      ['survivants', 'survivors'], ['survivantes', 'survivors'], ['survivant', 'survivors'],
      ['donateurs', 'donors'], ['bailleurs de fonds', 'donors'], ['candidatures', 'applications'],
      ['demandes de subvention', 'applications'], ['propositions', 'proposals'], ['affaires', 'cases'],
      ['cas', 'cases'], ['dossiers', 'cases'], ['juridictions', 'jurisdictions'], ['praticiens', 'people_trained'],
      ['personnes formees', 'people_trained'], ['stagiaires', 'people_trained'], ['subventions', 'grants'],
      ['membres', 'members'], ['parties prenantes', 'stakeholders'], ['parties', 'parties'],
      ['activites', 'activities'], ['ateliers', 'workshops'], ['seminaires', 'workshops'],
      ['telechargements', 'downloads'], ['resumes', 'case_summaries'], ['condamnations', 'convictions'],
      ['auteurs', 'offenders'], ['trafiquants', 'traffickers'], ['personnes', 'people'], ['migrants', 'migrants'],
      ['refugies', 'refugees'], ['enfants', 'children'], ['femmes', 'women'], ['reunions', 'meetings'],
      ['appels', 'calls_for_proposals'], ['operations', 'operations'], ['commissions', 'commissions'],
      ['groupes', 'groups'], ['annonces de contributions', 'pledges'], ['evenements', 'events'],
      ['signataires', 'signatories'], ['protocoles', 'protocols'], ['ministeres', 'ministries'], ['individus', 'people'],
      ['flux', 'flows'],
      ['domaines', 'areas'], ['zones', 'areas'], ['objectifs', 'objectives'], ['cibles', 'targets'], ['recommandations', 'recommendations'],
      ['rapports', 'reports'], ['questions', 'questions'], ['sessions', 'sessions'], ['documents', 'documents'], ['principes', 'principles'],
      ['constatations', 'findings'], ['piliers', 'pillars'],
    ],
    adjectives: ['potentielles', 'potentiels', 'identifiees', 'identifies', 'presumees', 'presumes', 'detectees', 'detectes', 'autres', 'nouveaux', 'nouvelles', 'grandes', 'grands', 'principaux', 'principales', 'premiers', 'premieres', 'derniers', 'dernieres', 'petits', 'petites', 'seuls', 'seules'],
    scaledLink: "(?:de |d')",
    numberOfAfter: /^[^\S\n]+le nombre (?:total )?(?:de |d')/,
  },
  durations: {
    units: {
      an: 'years', ans: 'years', annee: 'years', annees: 'years', mois: 'months', jour: 'days', jours: 'days',
      semaine: 'weeks', semaines: 'weeks', heure: 'hours', heures: 'hours', minute: 'minutes', minutes: 'minutes',
      decennie: 'decades', decennies: 'decades', trimestre: 'quarters', trimestres: 'quarters', semestre: 'semesters', semestres: 'semesters',
    },
    modifiers: '(?:prochain|dernier|premier|plein|entier|consecutif|supplementaire)(?:e|s|es|ve|ves)?',
    frequencyBefore: /\btou(?:te)?s les\s*$/,
    half: /^\s+et demie?\b/,
    ageBefore: /\bages? de\s*$|\bagee?s? de\s*$|\b(?:femmes|hommes|enfants|filles|garcons|jeunes|victimes|personnes) de\s*$/,
  },
  currencies: {
    after: /^[ ]*(?:de |d')?[ ]*(dollars? des etats-unis(?: d'amerique)?|dollars? e\.-u\.|dollars? (?:us|americains?)|dollars? (?:canadiens?|australiens?|neo-zelandais|de hong kong|de singapour|jamaicains?|namibiens?|liberiens?|zimbabweens?|des caraibes orientales)|dollars?|euros?|francs? cfa(?: \(?(?:bceao|beac)\)?)?|f ?cfa|francs? suisses?|livres? sterling|livres? egyptiennes?|yens?|yuans?|renminbis?|roupies?(?: indiennes?)?|couronnes? (?:suedoises?|norvegiennes?|danoises?)|nairas?|rands?|shillings? kenyans?|usd|eur|chf|gbp|xof|xaf|jpy|cad|aud|nok|sek|dkk|cny|inr|us\$|\$|€|£)(?![a-z])/,
    before: /(\bus ?\$|c\$|a\$|\$|usd|eur|€|£|chf|gbp|cad|aud|xof|xaf|jpy|nok|sek|dkk)[ ]?$/,
    code: currencyCodeFr,
  },
  money: {
    measures: [
      [/\bobjectifs?\b|\bcibles? de financement\b/g, 'annual_target'],
      [/\bbudgets?\b|\bbudgetaires?\b/g, 'budget'],
      [/\bannonces? de contributions?\b|\bannoncen?t? une contribution\b|\bpromis\b|\bpromesses?\b/g, 'pledged'],
      [/\bdistribue(?:e|s|es)?\b|\bdecaisse(?:e|s|es)?\b|\bdistribution\b|\bremis(?:e|es)?\b/g, 'distributed'],
      [/\bsubventions?\b|\boctroye(?:e|s|es)?\b|\baccorde(?:e|s|es)?\b|\balloue(?:e|s|es)?\b|\ballocations?\b/g, 'grants_awarded'],
      [/\brecu(?:e|s|es)?\b|\bcontributions?\b|\bverse(?:e|s|es)?\b|\bdons\b|\bcollecte(?:e|s|es)?\b/g, 'received_in_period'],
    ],
    sinceCreation: /depuis (?:sa|leur|son) (?:creation|lancement|mise en place)/,
    pledgedAfter: /^[^,;.]{0,40}?\b(?:d'|de |en )annonces? de contributions?\b/,
    maxGrantNouns: /\bsubventions?\b|\bfinancements?\b|\bdons?\b/,
    receivedWords: /\brecu|\bcontributions?\b/,
  },
  dates: {
    months: MONTHS,
    words: {
      from: 'du', to: 'au', between: 'entre', and: 'et', monthTo: '(?:a|au|-)', firstDay: '1er', dayOrdinal: '', of: "(?:de |d' ?)?",
      article: '(?:le )?',
      quarter: { premier: 1, '1er': 1, deuxieme: 2, second: 2, '2e': 2, troisieme: 3, '3e': 3, quatrieme: 4, '4e': 4, dernier: 4 },
      quarterWord: 'trimestre',
      semester: { premier: 1, '1er': 1, second: 2, deuxieme: 2, '2e': 2, dernier: 2 },
      semesterWord: 'semestre',
      decade: 'annees', end: "(?:a la )?fin (?:de |d')?(?:l'annee )?", start: "(?:au )?debut (?:de |d')?(?:l'annee )?", mid: '(?:la )?mi-', yearWord: "l' ?annee",
    },
  },
  time: {
    asOfBefore: /(?:^|[\s(,])(?:au|a la date du|en date du|a la date de|jusqu'au|a compter du|a la fin d[eu]|a fin)\s*$/,
    opensSentence: /^\s*(?:en|a la fin d[eu]|fin|depuis)?\s*$/,
    sinceBefore: /depuis\s*$/,
    inBefore: /(?:^|\s)(?:en|pendant|durant|au cours de|pour)(?: la periode| l'annee| l'exercice)?\s*$/,
    reportingPeriod: /\b(?:la|de la|sur la) periode (?:consideree|a l'examen|sous examen|couverte|visee|faisant l'objet du present rapport)\b/,
    reportingPeriodIntro: /\bperiode (?:allant|qui s'etend|couverte|comprise|du|de)[^.]{0,220}/g,
    lastDecade: /\b(?:la (?:derniere|precedente) decennie|(?:les|ces) dix dernieres annees)\b/,
  },
  masks: [
    { reason: 'resolution', pattern: /\b(?:resolutions?|decisions?)\s+(?:n[°o]\s*)?\d+(?:\s*\(\d{4}\))?/g, folded: true },
    {
      reason: 'numbered_reference',
      pattern: /\b(?:articles?|art\.|paragraphes?|par\.|alineas?|annexes?|points?|chapitres?|partie|cibles?|objectifs?|axe de travail|axes de travail|prix onu|regles?|principe|sections?|tableau|figure|encadre|recommandation|session|seance)\s+\d+(?:\s*(?:et|,)\s*\d+)*/g,
      folded: true,
    },
    { reason: 'ordinal', pattern: /\b\d+(?:e|er|ere|re|eme|ème|ᵉ|ᵉʳ|es|emes)(?![\p{L}\d])/gu },
    { reason: 'day_of_month', pattern: /\b(?:1er|\d{1,2})\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b/g, folded: true },
    { reason: 'phone', pattern: /(?:\btel\b|\btelephone\b|\bfax\b|\btelecopie\b)[.: ]*\+?[\d ().-]{6,}/g, folded: true },
  ],
  instruments: {
    explicit: [
      [new RegExp(`protocole ${ADDITIONAL}(?:visant [a&] prevenir, reprimer et punir la ?traite|relatif [a&] ?la ?traite|contre la ?traite)(?: des personnes| d'etres humains)?(?:, en particulier des femmes et des enfants)?(?:,? additionnel a la ${UNTOC})?`, 'g'), 'trafficking_protocol'],
      [/trafficking in persons protocol/g, 'trafficking_protocol'],
      [new RegExp(`protocole ${ADDITIONAL}(?:contre le trafic illicite de migrants(?: par terre, air et mer)?|relatif aux migrants|relatif au trafic illicite de migrants)(?:,? additionnels? a la ${UNTOC})?`, 'g'), 'migrants_protocol'],
      [new RegExp(`protocole ${ADDITIONAL}(?:contre la fabrication et le trafic illicites d'armes a feu[^,;.]*|relatif aux armes a feu)`, 'g'), 'firearms_protocol'],
      [/(?:son )?protocole de 2014(?: relatif a la convention sur le travail force)?/g, 'forced_labour_protocol'],
      [/protocoles? facultatifs?/g, 'other'],
      [new RegExp(`${UNTOC}|convention contre la criminalite (?:transnationale )?organisee`, 'g'), 'organized_crime_convention'],
      [/convention des nations unies contre la corruption/g, 'corruption_convention'],
      [/convention (?:\(n° ?\d+\) )?(?:de (?:l'oit |l'asean |19\d\d )|du conseil de l'europe|relative aux droits|sur l'elimination|supplementaire|pour la repression|sur (?:le travail|les pires|l'abolition)|\(n° ?\d+\))[^,;.]*/g, 'other'],
    ],
    protocolRef: /\bprotocole\b(?! facultatif)/g,
    conventionRef: /\bconvention\b/g,
    convention: 'criminalite transnationale organisee',
  },
  funds: {
    named: [
      // Its names as the press writes them too: "Fonds fiduciaire", "d'affectation volontaire", "victimes du trafic", UNVTF.
      [/fonds (?:de contributions volontaires|d'affectation (?:speciale|volontaire)|fiduciaire)(?: des nations unies)? (?:en faveur des|pour les) victimes (?:de la traite|du trafic)(?: des (?:personnes|etres humains))?(?:, en particulier (?:des|les) femmes et (?:des|les) enfants)?|\bunvtf\b/g, 'trafficking_victims_trust_fund'],
      [/fonds (?:de contributions volontaires|d'affectation speciale)(?: des nations unies)? (?:pour la lutte contre|sur) les formes contemporaines d'esclavage/g, 'contemporary_slavery_fund'],
      [/fonds d'affectation speciale[^.;]{0,80}?victimes d'(?:exploitation et (?:d')?(?:atteintes|abus) sexuel(?:le)?s|atteintes sexuelles)/g, 'sexual_exploitation_victims_trust_fund'],
    ],
    // "le Fonds", "du fonds", "ce fonds": refers back to the fund last named. UNICEF, UNFPA and the IMF are not funds here.
    reference: /\b(?:le|du|au|ce|dudit|ledit) fonds\b(?! des nations unies pour (?:l'enfance|la population)| monetaire| mondial| de developpement| publics?)|\bfonds de contributions volontaires\b/g,
  },
  states: {
    names: STATE_NAMES.map((row) => ({ code: row.code, names: row.fr })),
    articles: /^(?:les?|la|l['’]|I['’])\s*/i,
    notBefore: /dollars? des $/, // "dollars des États-Unis" is a currency, not a State
    notAfter: /(?!)/,
  },
  treaty: {
    // "181 États parties", "181 États étaient parties" (a total); "deux États sont devenus parties" is a change, not a total.
    statesPartiesAfter: /^\s+etats?\s+(?:(?:etaient|sont|etait|est) )?(?:parties|contractants)\b(?! prenantes)/,
    barePartiesAfter: /^\s+(?:parties\b(?! prenantes)|ratifications\b|adhesions\b)/,
    joinedAfter: /^\s+etats(?: membres)? (?:ont (?:ratifie|adhere|accepte|approuve)|y ont adhere|sont (?:desormais )?parties)\b/,
    namedAfter: /^\s+\S+\s+(?:a|au|aux|a la|a l')\s*$/,
    countBefore: /\bnombre (?:total )?d' ?(?:etats parties|adherents|parties|etats contractants|ratifications|adhesions)\b[^.;]{0,160}?(?:est passee? (?:de [\d  ]+ )?a|a augmente (?:de [\d  ]+ )?pour atteindre|s'eleve a|s'elevait a|a atteint|atteint|est de|etait de|est maintenant de|est desormais de|se chiffre a|se chiffrait a)\s*$/,
    raisedTo: /\b(?:porte|portant|portait|passer|passe)(?: ainsi)? (?:a|le nombre [^.;]{0,80}? a)\s*$/,
    countAfter: /^\s+le nombre (?:total )?d' ?(?:etats parties|adherents|parties|ratifications)\b/,
    ratifiedBy: /\bratifiee?s? par\s*$/,
    ratifiedByNoun: /^\s+(?:etats(?: parties)?|parties|pays)\b(?! prenantes)/,
    ratifiedIt: /^\s+(?:(?:etats|pays)(?:\s+[a-z]+)?\s+)?(?:l'|y )(?:ont|avaient|auront)\s+(?:ratifiee?s?|adhere)\b/,
    ellipsisStates: /^\s+etats\s+(?:a|au|a la|a l')\s*$/,
    ellipsisJoin: /(?:,|\bet\b)\s*$/,
    ellipsisLead: /^\s*(?:[^.;]*?)(?:,|\bet\b)\s*(?:le|la|l'|son|sa|du|au)?\s*$/,
    // Past participles and nouns only: "à ratifier" is an exhortation, not a reported action.
    actions: [
      [/\bratifie(?:e|s|es)?\b|\bratifications?\b/g, 'ratification'],
      [/\badhere(?:e|s|es)?\b|\badhesions?\b/g, 'accession'],
      [/\baccepte(?:e|s|es)?\b|\bacceptations?\b/g, 'acceptance'],
      [/\bapprouve(?:e|s|es)?\b|\bapprobations?\b/g, 'approval'],
      [/\bsuccede\b|\bsuccession\b/g, 'succession'],
      [/\bdevenu(?:e|s|es)? parties?\b/g, null],
    ],
    listForward: /:|\ba savoir\b|\bsuivants?\b|\bsoit\b/,
    pronounBefore: /\b(?:l'|y )(?:a|ont|avait|avaient)\s*$/,
  },
  subjects: {
    // A verb ends the noun phrase: the auxiliaries, and a word in "-ent" that is not an adverb in "-ment"
    // ("les cibles appellent", "les projets visent"): after a plural noun an adjective would end in "-ents".
    // and a future in "-eront", "-iront" ("les victimes bénéficieront de services").
    stopAfter: /\s(?:qui|que|dont|ont|a|avait|avaient|sont|est|etaient|ayant|seront|sera|serait|seraient|etait|peut|doit|aura|auront|dans|en|au|aux|sur|par|depuis|pendant|pour|avec|entre|lors|et|ou|contre|grace|afin|selon|chaque|ce|cette|ces|n'ont|se|s'|ne|jusqu'(?:a|au|aux|en)|[a-z]*[^m\s']ent|[a-z]{2,}(?:[ei]|ur|v)ront)\s/,
    shareOf: /^\s+(?:des|de|du|d')\b/,
    determiners: /^(?:le|la|les|l'|un|une|des|du|de|d'|son|sa|ses|leur|leurs|ce|cette|ces|notre|nos|votre|vos)$/,
    trailingLinks: /^(?:de|d'|du|des|pour|pendant|durant|sur|en|dans|a|au|aux|par|avec|apres|avant|depuis|sous|entre|et|ou|soit|environ|pres|plus|moins|que|qui|puis|ensuite|enfin|mais|ainsi|aussi|encore|deja|alors)$/,
    // Past participles (on the word as written), but not nouns in "-té(s)" or "-ée(s)" ("activités", "années").
    danglingParticiple: /^(?!.*tés?$)(?!(?:année|donnée|idée|journée|entrée|armée|durée|assemblée|arrivée|portée|pensée)s?$)\p{L}{2,}(?:é|ée|és|ées)$|^(?:mis|mises?|pris|prises?|tenu|tenues?|tenus|reçu|reçues?|reçus|émis|émises?)$/u,
    participleComplement: /^(?:à|au|aux|en|par|dans|pour|jusqu['’]|sur|avec|entre|contre|selon|lors)/,
    auxiliary: /^(?:a|ont|avait|avaient|aura|auront|est|sont|était|étaient|été)$/,
  },
  listIntro: /^[^.;]{0,120}?(?::|\ba savoir\b|\bsuivants\b\s*:?)/,
  keyValue: [
    { key: /(?:^|[\n.,;]|statut\s*:)\s*(?:etats )?parties\s*:?\s*$/, kind: 'treaty_parties', unit: 'States' },
    { key: /(?:^|[\n.,;]|statut\s*:)\s*signataires\s*:?\s*$/, kind: 'count', unit: 'signatories' },
  ],
  stopwords: ['le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'pour', 'dans', 'qui', 'que', 'sur', 'au', 'aux', 'par', 'avec', 'ont', 'sont', 'il', 'ce', 'cette', 'ses'],
};

/** Maps a French currency word, code or symbol to ISO 4217; dollars and CFA francs whose country is unclear are ambiguous. */
function currencyCodeFr(word: string, context: string, usDollars: boolean): { currency: string | null; ambiguous: boolean } | null {
  const w = word.toLowerCase();
  if (/^(?:dollars? (?:des etats-unis|e\.-u\.|us|americains?)|usd|us ?\$)/.test(w)) return { currency: 'USD', ambiguous: false };
  if (/^dollars? canadiens?$|^cad$|^c\$$/.test(w)) return { currency: 'CAD', ambiguous: false };
  if (/^dollars? australiens?$|^aud$|^a\$$/.test(w)) return { currency: 'AUD', ambiguous: false };
  if (/^dollars? neo-zelandais$/.test(w)) return { currency: 'NZD', ambiguous: false };
  if (/^dollars? de hong kong$/.test(w)) return { currency: 'HKD', ambiguous: false };
  if (/^dollars? de singapour$/.test(w)) return { currency: 'SGD', ambiguous: false };
  if (/^dollars? jamaicains?$/.test(w)) return { currency: 'JMD', ambiguous: false };
  if (/^dollars? namibiens?$/.test(w)) return { currency: 'NAD', ambiguous: false };
  if (/^dollars? liberiens?$/.test(w)) return { currency: 'LRD', ambiguous: false };
  if (/^dollars? zimbabweens?$/.test(w)) return { currency: 'ZWL', ambiguous: false };
  if (/^dollars? des caraibes orientales$/.test(w)) return { currency: 'XCD', ambiguous: false };
  if (/^(?:dollars?|\$)$/.test(w)) return dollarOf(context, usDollars);
  if (/^(?:euros?|eur|€)$/.test(w)) return { currency: 'EUR', ambiguous: false };
  if (/^(?:francs? cfa|f ?cfa)/.test(w) || w === 'xof' || w === 'xaf') return cfaOf(w, context);
  if (/^francs? suisses?$/.test(w) || w === 'chf') return { currency: 'CHF', ambiguous: false };
  if (/^livres? sterling$/.test(w) || w === 'gbp' || w === '£') return { currency: 'GBP', ambiguous: false };
  if (/^livres? egyptiennes?$/.test(w)) return { currency: 'EGP', ambiguous: false };
  if (/^yens?$/.test(w) || w === 'jpy') return { currency: 'JPY', ambiguous: false };
  if (/^(?:yuans?|renminbis?)$/.test(w) || w === 'cny') return { currency: 'CNY', ambiguous: false };
  if (/^roupies? indiennes?$/.test(w) || w === 'inr') return { currency: 'INR', ambiguous: false };
  if (/^roupies?$/.test(w)) return { currency: null, ambiguous: true };
  if (/^couronnes? suedoises?$/.test(w) || w === 'sek') return { currency: 'SEK', ambiguous: false };
  if (/^couronnes? norvegiennes?$/.test(w) || w === 'nok') return { currency: 'NOK', ambiguous: false };
  if (/^couronnes? danoises?$/.test(w) || w === 'dkk') return { currency: 'DKK', ambiguous: false };
  if (/^nairas?$/.test(w)) return { currency: 'NGN', ambiguous: false };
  if (/^rands?$/.test(w)) return { currency: 'ZAR', ambiguous: false };
  if (/^shillings? kenyans?$/.test(w)) return { currency: 'KES', ambiguous: false };
  return null;
}

// A bare "dollars" is the United States dollar in a United Nations text (its budgets and funds are
// in US dollars) or one that names US dollars, unless the sentence names another dollar country.
const OTHER_DOLLAR_COUNTRY = /\b(?:canada|australie|nouvelle-zelande|hong kong|singapour|jamaique|namibie|liberia|zimbabwe|taiwan|fidji|guyana|belize|bahamas|barbade|trinite-et-tobago|brunei)\b|\bdollars? (?:canadiens?|australiens?|neo-zelandais|de hong kong|de singapour|jamaicains?|namibiens?|liberiens?)\b/;
function dollarOf(context: string, usDollars: boolean): { currency: string | null; ambiguous: boolean } {
  return usDollars && !OTHER_DOLLAR_COUNTRY.test(context) ? { currency: 'USD', ambiguous: false } : { currency: null, ambiguous: true };
}

const WEST_AFRICA = /\b(?:bceao|uemoa|afrique de l'ouest|benin|burkina faso|cote d'ivoire|guinee-bissau|mali|niger|senegal|togo)\b/;
const CENTRAL_AFRICA = /\b(?:beac|cemac|afrique centrale|cameroun|republique centrafricaine|tchad|congo|guinee equatoriale|gabon)\b/;
function cfaOf(word: string, context: string): { currency: string | null; ambiguous: boolean } {
  if (word === 'xof' || /bceao/.test(word)) return { currency: 'XOF', ambiguous: false };
  if (word === 'xaf' || /beac/.test(word)) return { currency: 'XAF', ambiguous: false };
  const west = WEST_AFRICA.test(context);
  const central = CENTRAL_AFRICA.test(context);
  if (west !== central) return { currency: west ? 'XOF' : 'XAF', ambiguous: false };
  return { currency: null, ambiguous: true };
}
