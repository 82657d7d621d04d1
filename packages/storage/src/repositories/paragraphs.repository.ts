import type { Footnote, Paragraph } from '@palermo/contracts';
import type { Sql } from '../sql.ts';

/** Paragraphs and footnotes as searchable rows (French full-text search, accents folded). */
export class ParagraphsRepository {
  constructor(private readonly sql: Sql) {}

  /**
   * Replaces a document's paragraphs and footnotes; call inside the stage's transaction. One
   * statement per table, whatever the document's size: the rows travel as one JSON parameter,
   * read once as json (jsonb would first build a binary copy of it on the server).
   */
  async replaceForDocument(documentId: string, paragraphs: readonly Paragraph[], footnotes: readonly Footnote[]): Promise<void> {
    await this.sql.query('delete from paragraphs where document_id = $1', [documentId]);
    await this.sql.query('delete from footnotes where document_id = $1', [documentId]);
    if (paragraphs.length > 0) {
      const rows = paragraphs.map((p) => ({ idx: p.index, number: p.number, numbered: p.numbered, section_id: p.sectionId, text: p.text, start_offset: p.start, end_offset: p.end }));
      await this.sql.query(
        `insert into paragraphs (document_id, idx, number, numbered, section_id, text, start_offset, end_offset, search)
         select $1, r.idx, r.number, r.numbered, r.section_id, r.text, r.start_offset, r.end_offset, to_tsvector('french', unaccent(r.text))
         from json_to_recordset($2::json) as r(idx int, number int, numbered boolean, section_id text, text text, start_offset int, end_offset int)`,
        [documentId, JSON.stringify(rows)],
      );
    }
    // A footnote number printed twice keeps its last text, as one insert per footnote did.
    const byNumber = new Map(footnotes.map((f) => [f.number, { number: f.number, marker: f.marker, text: f.text, paragraph_idx: f.paragraphIndex }]));
    if (byNumber.size > 0) {
      await this.sql.query(
        `insert into footnotes (document_id, number, marker, text, paragraph_idx)
         select $1, r.number, r.marker, r.text, r.paragraph_idx
         from json_to_recordset($2::json) as r(number int, marker text, text text, paragraph_idx int)`,
        [documentId, JSON.stringify([...byNumber.values()])],
      );
    }
  }

  /** How many paragraphs a document has in the index. */
  async count(documentId: string): Promise<number> {
    const rows = await this.sql.query<{ n: number }>('select count(*)::int as n from paragraphs where document_id = $1', [documentId]);
    return rows[0]?.n ?? 0;
  }
}
