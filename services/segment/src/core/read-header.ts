import type { DocumentMetadata, RemovedLine } from '@palermo/contracts';
import { REPORT_LINE, RESOLUTION_TITLE, agendaItemOf, organOf, organOfSymbol, parseDate } from './header-patterns.ts';

const SYMBOL = /(?<![\w/])((?:A|S|E|CTOC\/COP|A\/HRC|E\/CN\.\d+)\/[A-Za-z0-9.]+(?:\/[A-Za-z0-9.]+)*)(?![\w/])/;
// The masthead of the first page: "United Nations A/RES/80/228", "Nations Unies S/2016/949".
const MASTHEAD = /^(?:United Nations|Nations Unies)\s+(\S+)$/;

/** The symbol a line cites, without the full stop that may close it ("A/79/322." is A/79/322). */
function symbolIn(line: string): string | null {
  return SYMBOL.exec(line)?.[1]?.replace(/\.+$/, '') ?? null;
}

/**
 * The symbol the running headers the cleaner removed name most often; a footnote citing another
 * document is never one of those lines.
 */
function runningSymbol(removed: readonly RemovedLine[]): string | null {
  const counts = new Map<string, number>();
  for (const r of removed) {
    if (!/^(?:running header|repeated)/.test(r.reason)) continue;
    const symbol = symbolIn(r.line);
    if (symbol) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * Reads the header block of a UN report or resolution, in French or English (organ,
 * distribution line, date, session, agenda item, title) and, when the header lacks it, the
 * document symbol from the running headers the cleaner removed. `language` is the text's.
 */
export function readHeader(lines: readonly string[], removed: readonly RemovedLine[] = [], language = 'fr'): DocumentMetadata {
  const meta: DocumentMetadata = { symbol: null, organ: null, date: null, session: null, agendaItem: null, title: null, language };
  const masthead = lines.map((l) => MASTHEAD.exec(l.trim())?.[1]).find((s) => s !== undefined && symbolIn(s) === s);
  meta.symbol = masthead ?? null;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\*+$/, '').trim();
    meta.organ ??= organOf(line);
    meta.date ??= parseDate(line);
    if (meta.session === null && /^\S+(?:[- ]\S+)* session$/i.test(line)) meta.session = line;
    meta.agendaItem ??= agendaItemOf(line);
    const symbol = symbolIn(line);
    if (meta.symbol === null && symbol && line.length < 40 && !/^\*/.test(raw)) meta.symbol = symbol;
    const resolution = RESOLUTION_TITLE.exec(line);
    if (meta.title === null && resolution?.[1]) meta.title = resolution[1];
    const report = REPORT_LINE.exec(line);
    if (meta.title === null && report) {
      const previous = lines[i - 1]?.trim() ?? '';
      // "Rapport du Secrétaire général" alone follows its title; "Rapport ... sur X" is the title.
      meta.title = report[1] || report[2] ? line : previous.length > 0 && organOf(previous) === null ? previous : line;
    }
  });
  meta.symbol ??= runningSymbol(removed);
  if (meta.organ === null && meta.symbol !== null) meta.organ = organOfSymbol(meta.symbol, language);
  return meta;
}
