import type { DocumentMetadata, RemovedLine } from '@palermo/contracts';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const ORGAN = /^(Assemblée générale|Conseil de sécurité|Conseil économique et social|Conseil des droits de l'homme|Conférence des Parties.*)$/;
const SYMBOL = /(?<![\w/])((?:A|S|E|CTOC\/COP|A\/HRC|E\/CN\.\d+)\/[A-Za-z0-9.]+(?:\/[A-Za-z0-9.]+)*)(?![\w/])/;
// The organ a symbol belongs to, from the symbol's series.
const ORGAN_OF_SERIES: [RegExp, string][] = [
  [/^CTOC\/COP\//, 'Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée'],
  [/^A\/HRC\//, "Conseil des droits de l'homme"],
  [/^A\//, 'Assemblée générale'],
  [/^S\//, 'Conseil de sécurité'],
  [/^E\//, 'Conseil économique et social'],
];

/** Parses a French date such as "10 novembre 2016" or "1er juillet 2008" into yyyy-mm-dd. */
export function parseFrenchDate(text: string): string | null {
  const m = /^(\d{1,2})(?:er)?\s+(\p{L}+)\s+(\d{4})$/u.exec(text.trim());
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const month = MONTHS.indexOf(m[2].toLowerCase());
  if (month < 0) return null;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

/**
 * Reads the header block of a UN report (organ, distribution line, date, session, agenda item,
 * title) and, when the header lacks it, the document symbol from the running header the cleaner
 * removed.
 */
export function readHeader(lines: readonly string[], removed: readonly RemovedLine[] = []): DocumentMetadata {
  const meta: DocumentMetadata = { symbol: null, organ: null, date: null, session: null, agendaItem: null, title: null, language: 'fr' };
  lines.forEach((raw, i) => {
    const line = raw.replace(/\*+$/, '').trim();
    if (meta.organ === null && ORGAN.test(line)) meta.organ = line;
    meta.date ??= parseFrenchDate(line);
    if (meta.session === null && /^\S+(?:[- ]\S+)* session$/i.test(line)) meta.session = line;
    const agenda = /^Points? (\d+[a-z]?(?: et \d+[a-z]?)?) de (?:l'ordre du jour|la liste préliminaire)/.exec(line);
    if (agenda?.[1]) meta.agendaItem ??= agenda[1];
    const symbol = SYMBOL.exec(line);
    if (meta.symbol === null && symbol?.[1] && line.length < 40 && !/^\*/.test(raw)) meta.symbol = symbol[1];
    const report = /^Rapport (?:du|de la) .+?(?: sur (.+))?$/.exec(line);
    if (meta.title === null && report) {
      const previous = lines[i - 1]?.trim() ?? '';
      // "Rapport du Secrétaire général" alone follows its title; "Rapport ... sur X" is the title.
      meta.title = report[1] ? line : previous.length > 0 && !ORGAN.test(previous) ? previous : line;
    }
  });
  if (meta.symbol === null) {
    for (const r of removed) {
      const symbol = SYMBOL.exec(r.line);
      if (symbol?.[1]) {
        meta.symbol = symbol[1];
        break;
      }
    }
  }
  if (meta.organ === null && meta.symbol !== null) {
    meta.organ = ORGAN_OF_SERIES.find(([series]) => series.test(meta.symbol ?? ''))?.[1] ?? null;
  }
  return meta;
}
