import type { DocumentRow, Sql } from '@palermo/storage';

/** A document as lists show it: its record, a few words of its metadata, and its fact count. */
export interface DocumentSummaryRow extends DocumentRow {
  symbol: string | null;
  date: string | null;
  title: string | null;
  facts: number;
}

export interface ParagraphRow {
  idx: number;
  number: number | null;
  numbered: boolean;
  section_id: string | null;
  section_title: string | null;
  text: string;
  start_offset: number;
  end_offset: number;
}

export interface FootnoteRow {
  number: number;
  marker: string;
  text: string;
  paragraph_idx: number | null;
}

const SUMMARY = `
  select d.*, o.output->'metadata'->>'symbol' as symbol, o.output->'metadata'->>'date' as date,
         o.output->'metadata'->>'title' as title, (select count(*)::int from facts f where f.document_id = d.id) as facts
  from documents d left join stage_outputs o on o.document_id = d.id and o.stage = 'segment'`;

// The title of a paragraph's section, read from the segment stage's output rather than copied.
const SECTION_TITLE = `(select s->>'title' from stage_outputs o, jsonb_array_elements(o.output->'sections') s
   where o.document_id = p.document_id and o.stage = 'segment' and s->>'id' = p.section_id limit 1)`;

/** The read side of documents, paragraphs and footnotes, shaped for the API. */
export class DocumentsViewRepository {
  constructor(private readonly sql: Sql) {}

  /** Documents, oldest first, optionally only those with this status and/or at this stage. */
  async list(filter: { status?: string; stage?: string }): Promise<DocumentSummaryRow[]> {
    return this.sql.query<DocumentSummaryRow>(
      `${SUMMARY} where ($1::text is null or d.status = $1) and ($2::text is null or d.stage = $2) order by d.created_at, d.id`,
      [filter.status ?? null, filter.stage ?? null],
    );
  }

  /** One document by id, or null. */
  async get(id: string): Promise<DocumentSummaryRow | null> {
    return (await this.sql.query<DocumentSummaryRow>(`${SUMMARY} where d.id = $1`, [id]))[0] ?? null;
  }

  /** Ids of the documents whose id starts with `prefix` (at most a few: enough to tell ambiguity). */
  async idsStartingWith(prefix: string): Promise<string[]> {
    const rows = await this.sql.query<{ id: string }>(`select id from documents where id like $1 || '%' order by id limit 5`, [prefix]);
    return rows.map((row) => row.id);
  }

  /** A paragraph by its printed number (the first, if OCR doubled a number), or null. */
  async paragraph(documentId: string, number: number): Promise<ParagraphRow | null> {
    const rows = await this.sql.query<ParagraphRow>(
      `select p.idx, p.number, p.numbered, p.section_id, ${SECTION_TITLE} as section_title, p.text, p.start_offset, p.end_offset
       from paragraphs p where p.document_id = $1 and p.number = $2 order by p.idx limit 1`,
      [documentId, number],
    );
    return rows[0] ?? null;
  }

  /** The paragraph numbers just before and after a paragraph, for paging through a document. */
  async neighbours(documentId: string, idx: number): Promise<{ previous: number | null; next: number | null }> {
    const rows = await this.sql.query<{ previous: number | null; next: number | null }>(
      `select (select number from paragraphs where document_id = $1 and idx < $2 and number is not null order by idx desc limit 1) as previous,
              (select number from paragraphs where document_id = $1 and idx > $2 and number is not null order by idx limit 1) as next`,
      [documentId, idx],
    );
    return rows[0] ?? { previous: null, next: null };
  }

  /** Footnotes called from a paragraph, or one footnote by number. */
  async footnotes(documentId: string, where: { paragraphIdx: number } | { number: number }): Promise<FootnoteRow[]> {
    return 'paragraphIdx' in where
      ? this.sql.query<FootnoteRow>('select number, marker, text, paragraph_idx from footnotes where document_id = $1 and paragraph_idx = $2 order by number', [documentId, where.paragraphIdx])
      : this.sql.query<FootnoteRow>('select number, marker, text, paragraph_idx from footnotes where document_id = $1 and number = $2', [documentId, where.number]);
  }
}
