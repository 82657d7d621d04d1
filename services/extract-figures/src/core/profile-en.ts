import type { LanguageProfile } from './language-profile.ts';
import { STATE_NAMES } from './state-names.ts';

const MONTHS = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6,
  july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};
const UNTOC = 'united nations convention against transnational organized crime';
const SUPPLEMENTING = `(?:,? supplementing the ${UNTOC})?`;

/** English, as United Nations reports, UNODC pages and budget fascicles print it. */
export const ENGLISH: LanguageProfile = {
  language: 'en',
  numbers: {
    decimal: '.',
    scales: { thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, bn: 1e9 },
    words: {
      zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
      eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
      twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
    },
    hundreds: ['hundred'],
    joiners: ['and'],
    // "one" is a number ("one private sector donor"); "a" and "an" count one only before a scale or a unit of time.
    articles: ['a', 'an'],
    percentBefore: ['per'],
    frenchTens: false,
  },
  percentAfter: /^\s*(?:per ?cent|percent|%)(?![a-z])/,
  qualifiersBefore: [
    [/(?:not exceeding|not to exceed|no more than|not more than|at most|at the most|a maximum of)\s*$/, 'at_most'],
    [/(?:no fewer than|not fewer than|no less than|not less than|a minimum of|at least)\s*$/, 'at_least'],
    [/(?:slightly|well|significantly|far) (?:more|over) than\s*$/, 'more_than'],
    [/(?:more than|over|in excess of|exceeding|upwards of|above|greater than)\s*$/, 'more_than'],
    [/(?:nearly|almost|just under|just below)\s*$/, 'almost'],
    [/(?:about|approximately|around|some|roughly|close to|an estimated|estimated at|of the order of|in the order of|circa)\s*$/, 'about'],
    [/(?:up to)\s*$/, 'up_to'],
    [/(?:less than|fewer than|under|below)\s*$/, 'less_than'],
  ],
  qualifiersAfter: [
    [/^[^.;:(),]{0,30}?\bat (?:the )?most\b/, 'at_most'],
    [/^[^.;:(),]{0,30}?\bat (?:the )?least\b/, 'at_least'],
    [/^[^.;:(),]{0,20}?\bor more\b/, 'at_least'],
  ],
  rangeBefore: /\bbetween\s+$/,
  rangeBetween: /\s(?:and)\s+(?:us\$|\$|€|£|usd|eur)?\s*$/,
  rangeFrom: /\bfrom\s+$/,
  rangeTo: /\s(?:to)\s+(?:us\$|\$|€|£|usd|eur)?\s*$/,
  changeBefore: /\b(?:rose|risen|rising|rise|increas|decreas|declin|fell|fall|drop|grew|grow|went|gone|climb|jump|chang|reduc|rais|doubl|tripl|cut|up|down|surg|plummet|shrank|shrunk)[a-z]*\s+(?:[a-z']+\s+){0,3}from\s+$/,
  coordination: /^\s+[a-z' -]{1,40}?\s+and\s+$/,
  counts: {
    units: [
      ['non-governmental organizations', 'NGOs'], ['ngos', 'NGOs'], ['member states', 'States'], ['states', 'States'], ['state', 'States'],
      ['countries', 'countries'], ['country', 'countries'], ['organizations', 'organizations'], ['entities', 'organizations'],
      ['projects', 'projects'], ['project', 'projects'], ['victims', 'victims'], ['victim', 'victims'], ['survivors', 'survivors'],
      ['donors', 'donors'], ['applications', 'applications'], ['grant applications', 'applications'], ['proposals', 'proposals'],
      ['cases', 'cases'], ['jurisdictions', 'jurisdictions'], ['practitioners', 'people_trained'], ['trainees', 'people_trained'],
      ['grants', 'grants'], ['members', 'members'], ['stakeholders', 'stakeholders'], ['parties', 'parties'],
      ['activities', 'activities'], ['workshops', 'workshops'], ['seminars', 'workshops'], ['downloads', 'downloads'],
      ['case summaries', 'case_summaries'], ['convictions', 'convictions'], ['offenders', 'offenders'], ['traffickers', 'traffickers'],
      ['persons', 'people'], ['people', 'people'], ['migrants', 'migrants'], ['refugees', 'refugees'], ['children', 'children'],
      ['women', 'women'], ['girls', 'girls'], ['governments', 'governments'], ['donor', 'donors'], ['speakers', 'speakers'], ['meetings', 'meetings'], ['calls for proposals', 'calls_for_proposals'],
      ['operations', 'operations'], ['commissions', 'commissions'], ['groups', 'groups'], ['pledges', 'pledges'], ['events', 'events'],
      ['signatories', 'signatories'], ['protocols', 'protocols'], ['ministries', 'ministries'], ['individuals', 'people'],
      ['flows', 'flows'],
      // Abstract things a report counts (issue 10): "four thematic areas", "23 objectives", "two reports".
      ['areas', 'areas'], ['objectives', 'objectives'], ['goals', 'objectives'], ['targets', 'targets'], ['recommendations', 'recommendations'],
      ['reports', 'reports'], ['questions', 'questions'], ['sessions', 'sessions'], ['documents', 'documents'], ['principles', 'principles'],
      ['findings', 'findings'], ['pillars', 'pillars'],
    ],
    adjectives: ['thematic', 'priority', 'key', 'other', 'new', 'major', 'main', 'small', 'large', 'additional', 'more', 'detected', 'potential', 'identified', 'registered', 'reported', 'presumed', 'partner', 'criminal', 'anti-trafficking', 'private sector'],
    scaledLink: '(?:of )?',
    numberOfAfter: /^[^\S\n]+the (?:total )?number of /,
  },
  durations: {
    units: {
      year: 'years', years: 'years', month: 'months', months: 'months', week: 'weeks', weeks: 'weeks', day: 'days', days: 'days',
      hour: 'hours', hours: 'hours', minute: 'minutes', minutes: 'minutes', decade: 'decades', decades: 'decades',
      quarter: 'quarters', quarters: 'quarters',
    },
    modifiers: '(?:full|whole|consecutive|additional|further|more)',
    frequencyBefore: /\bevery\s*$/,
    half: /^\s+and a half\b/,
    ageBefore: /\baged?\s*$|\bage of\s*$|\bunder the age of\s*$/,
  },
  currencies: {
    after: /^[ ]*(united states dollars?|us dollars?|u\.s\. dollars?|(?:canadian|australian|new zealand|hong kong|singapore|jamaican|namibian|liberian|zimbabwean|eastern caribbean) dollars?|dollars?|euros?|cfa francs?(?: \(?(?:bceao|beac)\)?)?|swiss francs?|pounds? sterling|(?:egyptian )?pounds?|yen|yuan|renminbi|(?:indian )?rupees?|(?:swedish|norwegian|danish) kron(?:a|e|or|er)|nairas?|rand|kenyan shillings?|usd|eur|chf|gbp|xof|xaf|jpy|cad|aud|nok|sek|dkk|cny|inr)(?![a-z])/,
    before: /(\bus ?\$|c\$|a\$|\$|usd|eur|€|£|chf|gbp|cad|aud|xof|xaf|jpy|nok|sek|dkk)[ ]?$/,
    code: currencyCodeEn,
  },
  money: {
    measures: [
      [/\btargets?\b|\bfunding goals?\b/g, 'annual_target'],
      [/\bbudgets?\b|\bbudgetary\b|\bappropriations?\b/g, 'budget'],
      [/\bpledged?\b|\bpledges?\b|\bpromised\b/g, 'pledged'],
      [/\bdisbursed\b|\bdistributed\b|\bdisbursements?\b/g, 'distributed'],
      [/\bgrants?\b|\bawarded\b|\ballocated\b|\ballocations?\b|\bgranted\b/g, 'grants_awarded'],
      [/\breceived\b|\bcontributions?\b|\bcontributed\b|\bdonations?\b|\bdonated\b|\braised\b|\bcollected\b/g, 'received_in_period'],
    ],
    sinceCreation: /since (?:its|their) (?:creation|establishment|inception|launch)/,
    pledgedAfter: /^[^,;.]{0,40}?\bin pledges?\b/,
    maxGrantNouns: /\bgrants?\b|\bfunding\b|\bdonations?\b/,
    receivedWords: /\breceived\b|\bcontributions?\b/,
  },
  dates: {
    months: MONTHS,
    words: {
      from: 'from', to: 'to', between: 'between', and: 'and', monthTo: '(?:to|-|through|until)', firstDay: '1st', dayOrdinal: '(?:st|nd|rd|th)?',
      of: '(?:of )?', article: '(?:the )?',
      quarter: { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: 4 },
      quarterWord: 'quarter',
      semester: { first: 1, '1st': 1, second: 2, '2nd': 2, last: 2 },
      semesterWord: '(?:half|semester)',
      decade: 'the', end: '(?:(?:at )?(?:the )?end (?:of )?|late )', start: '(?:(?:at )?(?:the )?(?:beginning|start) (?:of )?|early )', mid: '(?:the )?mid-', yearWord: 'the year',
    },
  },
  time: {
    asOfBefore: /(?:^|[\s(,])(?:as at|as of|at|by|on|until|up to|at the end of|by the end of)\s*$/,
    opensSentence: /^\s*(?:in|at the end of|by the end of|since)?\s*$/,
    sinceBefore: /since\s*$/,
    inBefore: /(?:^|\s)(?:in|during|for|over|throughout)(?: the period| the year| the financial period| the biennium)?\s*$/,
    reportingPeriod: /\b(?:the|during the|over the|in the) (?:reporting period|period under review|period covered|period covered by the present report)\b/,
    reportingPeriodIntro: /\bperiod (?:from|between|covering|of|under review)[^.]{0,220}/g,
    lastDecade: /\bthe (?:past|last|previous) (?:decade|ten years)\b/,
  },
  masks: [
    { reason: 'resolution', pattern: /\b(?:resolutions?|decisions?)\s+(?:no\.?\s*)?\d+(?:\s*\(\d{4}\))?/g, folded: true },
    {
      reason: 'numbered_reference',
      pattern: /\b(?:articles?|art\.|paragraphs?|para\.|paras\.|subparagraphs?|annex(?:es)?|points?|chapters?|part|targets?|goals?|sections?|table|figure|box|rules?|principles?|recommendation|session|meeting|volume|no\.|number|item|sdg)\s+\d+(?:\s*(?:and|,|to)\s*\d+)*/g,
      folded: true,
    },
    { reason: 'ordinal', pattern: /\b\d+(?:st|nd|rd|th)(?![\p{L}\d])/gu },
    { reason: 'day_of_month', pattern: /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/g, folded: true },
    { reason: 'day_of_month', pattern: /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:million|billion|thousand|states|countries|victims|persons|people|projects|%|per))/g, folded: true },
    { reason: 'phone', pattern: /(?:\btel\b|\btelephone\b|\bphone\b|\bfax\b)[.: ]*\+?[\d ().-]{6,}/g, folded: true },
  ],
  instruments: {
    explicit: [
      [new RegExp(`protocol to prevent, suppress and punish trafficking in persons(?:, especially women and children)?${SUPPLEMENTING}|trafficking in persons protocol|protocol (?:on|against) trafficking in persons`, 'g'), 'trafficking_protocol'],
      [new RegExp(`protocol against the smuggling of migrants(?: by land, sea and air)?${SUPPLEMENTING}|smuggling of migrants protocol|migrants protocol`, 'g'), 'migrants_protocol'],
      [/protocol against the illicit manufacturing of and trafficking in firearms[^,;.]*|firearms protocol/g, 'firearms_protocol'],
      [/(?:the )?protocol of 2014 to the forced labour convention|2014 protocol to the forced labour convention|forced labour protocol/g, 'forced_labour_protocol'],
      [/optional protocols?/g, 'other'],
      [new RegExp(`${UNTOC}|convention against transnational organized crime|organized crime convention`, 'g'), 'organized_crime_convention'],
      [/united nations convention against corruption/g, 'corruption_convention'],
      [/(?:ilo |council of europe |asean )convention[^,;.]*|convention on the (?:rights|elimination)[^,;.]*|(?:forced labour|worst forms of child labour|slavery) convention/g, 'other'],
    ],
    protocolRef: /\bprotocol\b(?! optional)/g,
    conventionRef: /\bconvention\b/g,
    convention: 'transnational organized crime',
  },
  funds: {
    named: [
      [/united nations voluntary trust fund for victims of trafficking in persons(?:, especially women and children)?|trust fund for victims of (?:human )?trafficking(?: in persons)?|trust fund to support victims of human trafficking|(?:unodc-managed )?victims' trust fund|\bunvtf\b/g, 'trafficking_victims_trust_fund'],
      [/united nations voluntary trust fund on contemporary forms of slavery|trust fund on contemporary forms of slavery/g, 'contemporary_slavery_fund'],
      [/trust fund in support of victims of sexual exploitation and abuse/g, 'sexual_exploitation_victims_trust_fund'],
    ],
    reference: /\b(?:the|this|that|said) (?:trust )?fund\b(?! for population| for children|'s board)/g,
  },
  states: {
    names: STATE_NAMES.map((row) => ({ code: row.code, names: row.en })),
    articles: /^(?:the)\s+/i,
    notBefore: /(?!)/,
    notAfter: /^\s+dollars?\b/, // "United States dollars" is a currency, not a State
  },
  treaty: {
    statesPartiesAfter: /^\s+(?:states?|countries)\s+(?:(?:were|are|was|is|had become|have become) )?(?:parties|party)\b/,
    barePartiesAfter: /^\s+(?:parties\b|ratifications\b|accessions\b)/,
    joinedAfter: /^\s+(?:member )?states (?:have|had) (?:ratified|acceded|accepted|approved)\b/,
    namedAfter: /^\s+\S+\s+(?:to|to the)\s*$/,
    countBefore: /\bnumber of (?:states parties|parties|ratifications|accessions|contracting states)\b[^.;]{0,160}?(?:stood at|stands at|rose to|reached|increased to|was|is|is now|totalled|totaled|amounted to)\s*$/,
    raisedTo: /\b(?:bringing|brings|brought|raising|raised) (?:the (?:total )?number [^.;]{0,80}? )?to\s*$/,
    countAfter: /^\s+the (?:total )?number of (?:states parties|parties|ratifications)\b/,
    ratifiedBy: /\bratified by\s*$/,
    ratifiedByNoun: /^\s+(?:states(?: parties)?|parties|countries)\b/,
    ratifiedIt: /^\s+(?:(?:states|countries)(?:\s+[a-z]+)?\s+)?(?:have|had) (?:ratified|acceded to) it\b/,
    ellipsisStates: /^\s+(?:states|parties)\s+(?:to|to the)\s*$/,
    ellipsisJoin: /(?:,|\band\b)\s*$/,
    ellipsisLead: /^\s*(?:[^.;]*?)(?:,|\band\b)\s*(?:the|its|to the|to)?\s*$/,
    actions: [
      [/\bratified\b|\bratifications?\b/g, 'ratification'],
      [/\bacceded\b|\baccessions?\b/g, 'accession'],
      [/\baccepted\b|\bacceptances?\b/g, 'acceptance'],
      [/\bapproved\b|\bapprovals?\b/g, 'approval'],
      [/\bsucceeded\b|\bsuccession\b/g, 'succession'],
      [/\bbecame (?:a )?part(?:y|ies)\b/g, null],
    ],
    listForward: /:|\bnamely\b|\bfollowing\b/,
    pronounBefore: /\b(?:it|them)\s*$/,
  },
  subjects: {
    stopAfter: /\s(?:who|which|that|whose|every|per|have|has|had|were|are|was|is|being|will|would|can|could|may|might|should|must|shall|in|at|on|by|since|during|for|with|between|and|or|against|through|according|each|this|these|those|to|from)\s/,
    shareOf: /^\s+(?:of)\b/,
    determiners: /^(?:the|a|an|its|their|this|these|those|his|her|our|your)$/,
    trailingLinks: /^(?:of|for|during|over|in|within|at|to|by|with|after|before|since|under|between|and|or|about|some|nearly|than|more|less|that|which|then|also|again|but|thus|already)$/,
    danglingParticiple: /^(?:related|linked|aimed|intended|devoted|dedicated|due|held)$/,
    participleComplement: /^(?:to|in|by|with|for|on|at|from)\b/,
    auxiliary: /^(?:has|have|had|was|were|is|are|been)$/,
  },
  listIntro: /^[^.;]{0,120}?(?::|\bnamely\b|\bfollowing\b\s*:?)/,
  keyValue: [
    { key: /(?:^|[\n.,;]|status\s*:)\s*(?:states )?parties\s*:?\s*$/, kind: 'treaty_parties', unit: 'States' },
    { key: /(?:^|[\n.,;]|status\s*:)\s*signatories\s*:?\s*$/, kind: 'count', unit: 'signatories' },
  ],
  stopwords: ['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'as', 'by', 'was', 'were', 'are', 'has', 'have', 'which', 'its', 'from', 'this'],
};

const OTHER_DOLLAR_COUNTRY = /\b(?:canada|australia|new zealand|hong kong|singapore|jamaica|namibia|liberia|zimbabwe|taiwan|fiji|guyana|belize|bahamas|barbados|trinidad and tobago|brunei)\b/;
const WEST_AFRICA = /\b(?:bceao|waemu|uemoa|west africa|benin|burkina faso|cote d'ivoire|guinea-bissau|mali|niger|senegal|togo)\b/;
const CENTRAL_AFRICA = /\b(?:beac|cemac|central africa|cameroon|central african republic|chad|congo|equatorial guinea|gabon)\b/;

/** Maps an English currency word, code or symbol to ISO 4217; dollars and CFA francs whose country is unclear are ambiguous. */
function currencyCodeEn(word: string, context: string, usDollars: boolean): { currency: string | null; ambiguous: boolean } | null {
  const w = word.toLowerCase();
  const sure = (currency: string) => ({ currency, ambiguous: false });
  if (/^(?:united states dollars?|us dollars?|u\.s\. dollars?|usd|us ?\$)$/.test(w)) return sure('USD'); // "US $750,000" too
  if (/^canadian dollars?$|^cad$|^c\$$/.test(w)) return sure('CAD');
  if (/^australian dollars?$|^aud$|^a\$$/.test(w)) return sure('AUD');
  const named: Record<string, string> = { 'new zealand': 'NZD', 'hong kong': 'HKD', singapore: 'SGD', jamaican: 'JMD', namibian: 'NAD', liberian: 'LRD', zimbabwean: 'ZWL', 'eastern caribbean': 'XCD' };
  const country = /^(.+) dollars?$/.exec(w)?.[1];
  if (country && named[country]) return sure(named[country]);
  if (/^(?:dollars?|\$)$/.test(w)) return usDollars && !OTHER_DOLLAR_COUNTRY.test(context) ? sure('USD') : { currency: null, ambiguous: true };
  if (/^(?:euros?|eur|€)$/.test(w)) return sure('EUR');
  if (/^cfa francs?/.test(w) || w === 'xof' || w === 'xaf') {
    if (w === 'xof' || /bceao/.test(w)) return sure('XOF');
    if (w === 'xaf' || /beac/.test(w)) return sure('XAF');
    const west = WEST_AFRICA.test(context);
    const central = CENTRAL_AFRICA.test(context);
    return west !== central ? sure(west ? 'XOF' : 'XAF') : { currency: null, ambiguous: true };
  }
  if (/^swiss francs?$/.test(w) || w === 'chf') return sure('CHF');
  if (/^pounds? sterling$/.test(w) || w === 'gbp' || w === '£') return sure('GBP');
  if (/^egyptian pounds?$/.test(w)) return sure('EGP');
  if (/^pounds?$/.test(w)) return { currency: null, ambiguous: true };
  if (w === 'yen' || w === 'jpy') return sure('JPY');
  if (/^(?:yuan|renminbi|cny)$/.test(w)) return sure('CNY');
  if (/^indian rupees?$/.test(w) || w === 'inr') return sure('INR');
  if (/^rupees?$/.test(w)) return { currency: null, ambiguous: true };
  if (/^swedish kron/.test(w) || w === 'sek') return sure('SEK');
  if (/^norwegian kron/.test(w) || w === 'nok') return sure('NOK');
  if (/^danish kron/.test(w) || w === 'dkk') return sure('DKK');
  if (/^nairas?$/.test(w)) return sure('NGN');
  if (w === 'rand') return sure('ZAR');
  if (/^kenyan shillings?$/.test(w)) return sure('KES');
  return null;
}
