// Nouns that make a number a count, on folded text, mapped to the unit the facts carry. A number
// followed by any other noun is not reported: "deux nouveaux pactes" is prose, not a statistic, and
// so are the parts of a text ("quatre domaines", "trois cibles", "10 principes", "deux rapports").
const UNITS: [string, string][] = [
  ['organisations non gouvernementales', 'NGOs'], ['ong', 'NGOs'],
  ['etats membres', 'States'], ['etats', 'States'], ['etat', 'States'], ['pays', 'countries'],
  ['organisations', 'organizations'], ['organismes', 'organizations'], ['entites', 'organizations'],
  ['projets', 'projects'], ['projet', 'projects'], ['victimes', 'victims'], ['victime', 'victims'],
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
  ['groupes', 'groups'], ['annonces de contributions', 'pledges'],
];

const ADJECTIVES = '(?:autres|nouveaux|nouvelles|grandes|grands|principaux|principales|premiers|premieres|derniers|dernieres|petits|petites|seuls|seules)';
const PATTERN = new RegExp(`^\\s+(?:${ADJECTIVES}\\s+)?(${UNITS.map(([w]) => w).join('|')})(?![a-z])`);
// "2 millions de victimes": after a scale word the noun comes with "de".
const SCALED_PATTERN = new RegExp(`^\\s+(?:de |d')(${UNITS.map(([w]) => w).join('|')})(?![a-z])`);
const UNIT_OF = new Map(UNITS);

/** The count unit named right after a number (`34 projets` → projects), on folded text. */
export function countUnitAfter(folded: string, numberEnd: number, scaled = false): { unit: string; nounStart: number; nounEnd: number } | null {
  const window = folded.slice(numberEnd, numberEnd + 60);
  const m = (scaled ? SCALED_PATTERN.exec(window) : null) ?? PATTERN.exec(window);
  const noun = m?.[1];
  const unit = noun ? UNIT_OF.get(noun) : undefined;
  if (!m || !noun || !unit) return null;
  return { unit, nounStart: numberEnd + m[0].length - noun.length, nounEnd: numberEnd + m[0].length };
}
