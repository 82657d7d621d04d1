/** The lines of a UN header block, in French and in English. */

const MONTHS: Record<string, number> = Object.fromEntries([
  ...['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'].map((m, i) => [m, i + 1]),
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map((m, i) => [m, i + 1]),
]);

/** Parses a date such as "10 novembre 2016", "1er juillet 2008" or "22 December 2025" into yyyy-mm-dd. */
export function parseDate(text: string): string | null {
  const m = /^(\d{1,2})(?:er)?\s+(\p{L}+)\s+(\d{4})$/u.exec(text.trim());
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const month = MONTHS[m[2].toLowerCase()];
  if (month === undefined) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

// A PDF sets the organ and the distribution on one line: "General Assembly Distr.: General".
const ORGAN =
  /^(Assemblée générale|Conseil de sécurité|Conseil économique et social|Conseil des droits de l'homme|Conférence des Parties.*?|General Assembly|Security Council|Economic and Social Council|Human Rights Council|Conference of the Parties.*?)(?:\s+Distr\..*)?$/;

/** The organ a header line names, or null. */
export function organOf(line: string): string | null {
  return ORGAN.exec(line)?.[1] ?? null;
}

/** The agenda item a header line gives ("Point 110 de la liste préliminaire", "Agenda item 107"), or null. */
export function agendaItemOf(line: string): string | null {
  const french = /^Points? (\d+[a-z]?(?: et \d+[a-z]?)?) de (?:l'ordre du jour|la liste préliminaire)/.exec(line);
  // "Agenda item 99 (jj)", "Agenda items 134 and 145", "Items 138 and 139 of the preliminary list".
  const item = String.raw`\d+[a-z]?(?:\s?\([a-z]{1,3}\))?`;
  const english = new RegExp(String.raw`^(?:Agenda items?|Items?) (${item}(?:(?:,| and) ${item})*)(?: of the (?:provisional agenda|preliminary list))?\**$`).exec(line);
  return french?.[1] ?? english?.[1]?.trim() ?? null;
}

/** A line naming the report ("Rapport du Secrétaire général", "Report of the Secretary-General on X"). */
export const REPORT_LINE = /^(?:Rapport (?:du|de la) .+?(?: sur (.+))?|Report of the .+?(?: on (.+))?)$/;

/** The title of a resolution as printed under its number: "80/228. Improving the coordination…". */
export const RESOLUTION_TITLE = /^\d{1,3}\/\d{1,4}\.\s+(\S.*)$/;

/** The words that enact a resolution's preamble: "The General Assembly,", "Le Conseil de sécurité,". */
export const ENACTING_FORMULA =
  /^(?:The (?:General Assembly|Security Council|Economic and Social Council|Human Rights Council|Conference of the Parties|Commission)[^.;]{0,80}|L'Assemblée générale|Le Conseil (?:de sécurité|économique et social|des droits de l'homme)|La (?:Conférence des Parties|Commission)[^.;]{0,80}),$|^The General Assembly$/;
/** The line that names a draft's sponsors and kind: "Iraq:* draft resolution", "Chile and Peru: draft decision". */
export const SPONSOR_LINE = /^(.{2,400}?):\**\s+((?:revised )?draft (?:resolution|decision)|projet (?:révisé )?de (?:résolution|décision))$/i;
/** A document symbol as printed in the masthead, parts included: "A/81/6 (Sect. 17)/Part A", "CTOC/COP/2012/2". */
export const PRINTED_SYMBOL = /^(?:[A-Z]{1,6}(?:\.\d+)?\/)+[A-Za-z0-9.-]+(?:\/[A-Za-z0-9.-]+)*(?: \((?:Sect|Part|Vol)\. [0-9A-Z]+\))?(?:\/(?:Part|Add|Rev|Corr)\.? ?[0-9A-Z]+)*$/;

// The organ a symbol belongs to, from the symbol's series, by language.
const ORGAN_OF_SERIES: [RegExp, string, string][] = [
  [/^CTOC\/COP\//, 'Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée', 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime'],
  [/^A\/HRC\//, "Conseil des droits de l'homme", 'Human Rights Council'],
  [/^A\//, 'Assemblée générale', 'General Assembly'],
  [/^S\//, 'Conseil de sécurité', 'Security Council'],
  [/^E\//, 'Conseil économique et social', 'Economic and Social Council'],
];

/** The organ a document symbol's series belongs to, named in `language` (French unless English). */
export function organOfSymbol(symbol: string, language: string): string | null {
  const row = ORGAN_OF_SERIES.find(([series]) => series.test(symbol));
  if (!row) return null;
  return language === 'en' ? row[2] : row[1];
}
