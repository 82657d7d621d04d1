import { CleanedText, describeOutline, ExtractionReport, SegmentedDocument, type DocumentRecord } from '@palermo/contracts';
import { openStorage, type Edition } from '@palermo/storage';
import type { CommandContext } from './command-context.ts';
import { findOneDocument } from './find-document.ts';
import { renderCorrections } from '../format/corrections.ts';

/** `palermo document <id or source>`: metadata, outline, footnotes, warnings, corrections and what extraction reported. */
export async function documentCommand(ref: string, options: { format: 'text' | 'json' }, { env, out }: CommandContext): Promise<number> {
  const storage = await openStorage({ databaseUrl: env.DATABASE_URL, dataDir: env.PALERMO_DATA_DIR });
  try {
    const document = await findOneDocument(storage, ref, out);
    if (!document) return 1;
    const [cleaned, segmented, extraction, sources, history, editions] = await Promise.all([
      storage.outputs.get(document.id, 'clean', CleanedText),
      storage.outputs.get(document.id, 'segment', SegmentedDocument),
      storage.outputs.get(document.id, 'extract-figures', ExtractionReport),
      storage.documents.sources(document.id),
      storage.runs.forDocument(document.id),
      storage.editions.others(document.id),
    ]);
    if (options.format === 'json') {
      out.write(`${JSON.stringify({
        document, sources, metadata: segmented?.metadata ?? null, outline: segmented ? describeOutline(segmented) : [],
        paragraphs: segmented?.paragraphs ?? [], footnotes: segmented?.footnotes ?? [], warnings: segmented?.warnings ?? [],
        tables: segmented?.tables ?? [], blocks: segmented?.blocks ?? [],
        corrections: cleaned?.corrections ?? [], removed: cleaned?.removed ?? [], extraction, history, editions,
      }, null, 2)}\n`);
      return 0;
    }
    out.write(renderDocument(document, sources, cleaned, segmented) + renderExtraction(extraction) + renderEditions(editions));
    return 0;
  } finally {
    await storage.close();
  }
}

function renderDocument(document: DocumentRecord, sources: string[], cleaned: CleanedText | null, segmented: SegmentedDocument | null): string {
  const lines: string[] = [];
  lines.push(`document  ${document.id}`, `sources   ${sources.join(', ')}`, `type      ${document.mediaType}, ${document.byteLength} bytes`);
  lines.push(`status    ${document.stage} ${document.status}${document.lastError ? `: ${document.lastError}` : ''}`);
  if (segmented) {
    const m = segmented.metadata;
    const session = m.session && m.sessionNumber ? `${m.session} (${m.sessionNumber})` : m.session;
    for (const [name, value] of Object.entries({ symbol: m.symbol, type: m.documentType, sponsors: m.sponsors, organ: m.organ, date: m.date, session, 'agenda item': m.agendaItem, title: m.title, language: m.language })) {
      if (value) lines.push(`${name.padEnd(9)} ${value}`);
    }
    lines.push('', 'Outline');
    for (const entry of describeOutline(segmented)) {
      const range = entry.firstParagraph === null ? '' : entry.firstParagraph === entry.lastParagraph ? ` ¶${entry.firstParagraph}` : ` ¶${entry.firstParagraph}–${entry.lastParagraph}`;
      lines.push(`${'  '.repeat(entry.level)}${entry.id}. ${entry.title}${range}`);
    }
    lines.push('', `Paragraphs ${segmented.paragraphs.length}, footnotes ${segmented.footnotes.length}`);
    for (const footnote of segmented.footnotes) lines.push(`  ${footnote.marker} ${footnote.text}`);
    for (const block of segmented.blocks ?? []) lines.push(`  [${block.kind}] ${block.text.replace(/\n/g, ', ')}`);
    const tables = segmented.tables ?? [];
    if (tables.length > 0) lines.push('', `Tables (${tables.length})`);
    for (const table of tables) {
      lines.push(`  ${table.title ?? `table ${table.index + 1}`}${table.sectionId ? `  (in ${table.sectionId})` : ''}, ${table.rows.length} rows`);
      for (const row of table.rows.slice(0, 8)) lines.push(`    | ${row.join(' | ')} |`);
      if (table.rows.length > 8) lines.push(`    … ${table.rows.length - 8} more rows (--format json lists all)`);
    }
    if (segmented.warnings.length > 0) lines.push('', 'Warnings', ...segmented.warnings.map((w) => `  ${w}`));
  }
  if (cleaned) {
    lines.push('', `Removed page furniture (${cleaned.removed.length} lines)`);
    for (const removed of cleaned.removed.slice(0, 50)) lines.push(`  p.${removed.page ?? '?'}  ${removed.reason.padEnd(16)} ${removed.line}`);
    if (cleaned.removed.length > 50) lines.push(`  … ${cleaned.removed.length - 50} more (--format json lists all)`);
    lines.push(...renderCorrections(cleaned.corrections));
  }
  return `${lines.join('\n')}\n`;
}

/** How many facts were read, and what the extractor could not read: a language, a paragraph. */
function renderExtraction(extraction: ExtractionReport | null): string {
  if (!extraction) return '';
  const lines = ['', `Extraction: ${extraction.facts} facts (extractor ${extraction.extractorVersion})`];
  for (const warning of extraction.warnings) lines.push(`  warning: ${warning}`);
  for (const error of extraction.errors) lines.push(`  error in ${error.paragraph === null ? 'a footnote' : `¶${error.paragraph}`}: ${error.message}`);
  return `${lines.join('\n')}\n`;
}

/** The document's other language editions (same symbol), one line each. */
function renderEditions(editions: readonly Edition[]): string {
  if (editions.length === 0) return '';
  return `${['', 'Other editions', ...editions.map((e) => `  ${e.language}  ${e.documentId.slice(0, 12)}  ${e.source}`)].join('\n')}\n`;
}
