import type { DocumentMetadata, RemovedLine } from '@palermo/contracts';
import {
  ENACTING_FORMULA,
  PRINTED_SYMBOL,
  REPORT_LINE,
  RESOLUTION_TITLE,
  SPONSOR_LINE,
  agendaItemOf,
  organOf,
  organOfSymbol,
  parseDate,
} from './header-patterns.ts';
import { sessionNumber } from './session-number.ts';

const SYMBOL = /(?<![\w/])((?:A|S|E|CTOC\/COP|A\/HRC|E\/CN\.\d+)\/[A-Za-z0-9.]+(?:\/[A-Za-z0-9.]+)*)(?![\w/])/;
// The masthead of the first page: "United Nations A/RES/80/228", "Nations Unies S/2016/949",
// "United Nations A/81/6 (Sect. 17)/Part A*" (the star calls a note on the symbol).
const MASTHEAD = /^(?:United Nations|Nations Unies)\s+(.+?)\**$/;

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

/** A line that goes on with a title printed over several lines, up to the enacting words. */
function continuesTitle(line: string): boolean {
  return !ENACTING_FORMULA.test(line) && !/^\*/.test(line) && !/^[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(line) && line.length <= 200;
}

/** A title and the lines after it that go on with it, joined by spaces. */
function wholeTitle(first: string, rest: readonly string[]): string {
  const parts = [first];
  for (const line of rest) {
    if (!continuesTitle(line)) break;
    parts.push(line);
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * The title of a budget fascicle: from the last "Proposed programme budget for…" of its heading
 * to the table of contents ("Proposed programme budget for 2027. Part IV. … Section 17. UN-Women").
 */
function fascicleTitle(lines: readonly string[]): string | null {
  const section = lines.findIndex((l) => /^Section \d+[A-Z]?$/.test(l));
  if (section < 0) return null;
  const start = lines.slice(0, section).findLastIndex((l) => /^Proposed programme budget for \d{4}$/.test(l));
  if (start < 0) return null;
  const end = lines.findIndex((l, i) => i > section && (/^Contents$/.test(l) || ENACTING_FORMULA.test(l) || /^[A-Z]\.\s/.test(l)));
  return lines.slice(start, end < 0 ? undefined : end).join('. ');
}

/**
 * Reads the header block of a UN report, resolution, draft or budget fascicle, in French or
 * English (organ, distribution line, date, session, agenda item, title, sponsors) and, when the
 * header lacks it, the document symbol from the running headers the cleaner removed.
 * `language` is the text's.
 */
export function readHeader(blocks: readonly string[], removed: readonly RemovedLine[] = [], language = 'fr'): DocumentMetadata {
  const meta: DocumentMetadata = { symbol: null, organ: null, date: null, session: null, agendaItem: null, title: null, language };
  const lines = blocks.map((b) => b.trim());
  const numberedTitle = lines.some((l) => RESOLUTION_TITLE.test(l));
  const masthead = lines.map((l) => MASTHEAD.exec(l)?.[1]).find((s) => s !== undefined && PRINTED_SYMBOL.test(s));
  meta.symbol = masthead ?? null;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\*+$/, '').trim();
    meta.organ ??= organOf(line);
    meta.date ??= parseDate(line);
    if (meta.session === null && /^\S+(?:[- ]\S+)* session$/i.test(line)) meta.session = line;
    meta.agendaItem ??= agendaItemOf(line);
    // A line that is a whole symbol is taken as printed, parts and all ("A/81/6 (Sect. 17)/Part A").
    if (meta.symbol === null && !/^\*/.test(raw) && PRINTED_SYMBOL.test(line)) meta.symbol = line.replace(/\.+$/, '');
    const symbol = symbolIn(line);
    if (meta.symbol === null && symbol && line.length < 40 && !/^\*/.test(raw)) meta.symbol = symbol;
    const sponsors = SPONSOR_LINE.exec(line);
    if (meta.title === null && sponsors?.[1] && sponsors[2]) {
      // A draft: its sponsors and kind come first, its title on the lines after them.
      meta.sponsors = sponsors[1].replace(/\*+$/, '').trim();
      meta.documentType = sponsors[2].toLowerCase();
      const next = lines[i + 1];
      if (next !== undefined && continuesTitle(next)) meta.title = wholeTitle(next, lines.slice(i + 2));
    }
    const resolution = RESOLUTION_TITLE.exec(line);
    if (meta.title === null && resolution?.[1]) {
      meta.title = wholeTitle(resolution[1], lines.slice(i + 1));
      meta.documentType ??= 'resolution';
    }
    // A resolution's title is its numbered line: a "Report of the…" above it is its agenda item's
    // title ("Report of the United Nations High Commissioner for Refugees, questions relating…").
    const report = numberedTitle ? null : REPORT_LINE.exec(line);
    if (meta.title === null && report) {
      const previous = lines[i - 1]?.trim() ?? '';
      // "Rapport du Secrétaire général" alone follows its title; "Rapport ... sur X" is the title.
      // "Agenda item 60" above it is never a title.
      const titled = previous.length > 0 && organOf(previous) === null && agendaItemOf(previous) === null;
      meta.title = report[1] || report[2] ? line : titled ? previous : line;
    }
  });
  if (meta.title === null) {
    const fascicle = fascicleTitle(lines.map((l) => l.replace(/\*+$/, '')));
    if (fascicle) {
      meta.title = fascicle;
      meta.documentType = 'proposed programme budget';
    }
  }
  meta.symbol ??= runningSymbol(removed);
  if (meta.organ === null && meta.symbol !== null) meta.organ = organOfSymbol(meta.symbol, language);
  if (meta.session !== null) meta.sessionNumber = sessionNumber(meta.session);
  return meta;
}
