import type { Footnote, Paragraph } from '@palermo/contracts';
import type { Sql } from '../sql.ts';

/** Paragraphs and footnotes as searchable rows (French full-text search, accents folded). */
export class ParagraphsRepository {
  constructor(private readonly sql: Sql) {}

  /** Replaces a document's paragraphs and footnotes; call inside the stage's transaction. */
  async replaceForDocument(documentId: string, paragraphs: readonly Paragraph[], footnotes: readonly Footnote[]): Promise<void> {
    await this.sql.query('delete from paragraphs where document_id = $1', [documentId]);
    await this.sql.query('delete from footnotes where document_id = $1', [documentId]);
    for (const p of paragraphs) {
      await this.sql.query(
        `insert into paragraphs (document_id, idx, number, numbered, section_id, text, start_offset, end_offset, search)
         values ($1, $2, $3, $4, $5, $6, $7, $8, to_tsvector('french', unaccent($6)))`,
        [documentId, p.index, p.number, p.numbered, p.sectionId, p.text, p.start, p.end],
      );
    }
    for (const f of footnotes) {
      await this.sql.query(
        `insert into footnotes (document_id, number, marker, text, paragraph_idx) values ($1, $2, $3, $4, $5)
         on conflict (document_id, number) do update set text = excluded.text`,
        [documentId, f.number, f.marker, f.text, f.paragraphIndex],
      );
    }
  }

  /** How many paragraphs a document has in the index. */
  async count(documentId: string): Promise<number> {
    const rows = await this.sql.query<{ n: number }>('select count(*)::int as n from paragraphs where document_id = $1', [documentId]);
    return rows[0]?.n ?? 0;
  }
}
