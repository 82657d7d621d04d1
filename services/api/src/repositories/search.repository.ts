import type { Sql } from '@palermo/storage';
import { anyOf, HEADLINE_OPTIONS, type SearchWord } from '../search/search-terms.ts';

/** How a word is matched: by its French stem, accents folded, or as written (accents count). */
export type MatchMode = 'stemmed' | 'as_written';

export interface ClassifiedWord extends SearchWord {
  mode: MatchMode;
}

export interface SearchHitRow {
  document_id: string;
  source: string;
  symbol: string | null;
  idx: number | null;
  number: number | null;
  footnote: number | null;
  section_id: string | null;
  section_title: string | null;
  headline: string;
  rank: number;
}

/** French full-text search over paragraphs and footnotes (`passages`, see migration 002). */
export class SearchRepository {
  constructor(private readonly sql: Sql) {}

  /**
   * Decides how each word is matched. A word that appears as written somewhere, while some other
   * paragraph holds a word that differs from it only by accents, is matched as written: `traite`
   * and `traité` are different words. Any other word is matched by its stem with accents folded,
   * so `etats` finds `États`. Stop words (`les`, `des`) are dropped.
   */
  async classify(words: readonly SearchWord[]): Promise<ClassifiedWord[]> {
    const classified: ClassifiedWord[] = [];
    for (const word of words) {
      const [row] = await this.sql.query<{ lexemes: number; has_exact: boolean; has_twin: boolean }>(
        `select numnode(plainto_tsquery('french', palermo_unaccent($1))) as lexemes,
                exists(select 1 from passages where search_exact @@ to_tsquery('simple', $2)) as has_exact,
                exists(select 1 from passages where search_folded @@ to_tsquery('simple', $3) and not search_exact @@ to_tsquery('simple', $2)) as has_twin`,
        [word.word, anyOf(word.exactForms), anyOf(word.foldedForms)],
      );
      if (!row || row.lexemes === 0) continue;
      classified.push({ ...word, mode: row.has_exact && row.has_twin ? 'as_written' : 'stemmed' });
    }
    return classified;
  }

  /** Passages matching every word, best first, with a highlighted headline; and how many match. */
  async search(words: readonly ClassifiedWord[], page: { limit: number; offset: number }): Promise<{ total: number; hits: SearchHitRow[] }> {
    const params: unknown[] = [];
    const param = (value: unknown): string => `$${params.push(value)}`;
    const conditions = words.map((word) =>
      word.mode === 'as_written'
        ? `p.search_exact @@ to_tsquery('simple', ${param(anyOf(word.exactForms))})`
        : `p.search @@ plainto_tsquery('french', palermo_unaccent(${param(word.word)}))`,
    );
    const where = conditions.join(' and ');
    const allWords = param(words.map((word) => word.word).join(' '));
    // Words matched as written are highlighted as written; otherwise by stem (a compromise when a
    // query mixes both: the stem highlights the accent twins of an as-written word too).
    const headline = words.every((word) => word.mode === 'as_written')
      ? `ts_headline('simple', p.text, to_tsquery('simple', ${param(words.map((word) => `(${anyOf(word.exactForms)})`).join(' & '))}), ${param(HEADLINE_OPTIONS)})`
      : `ts_headline('french_unaccent', p.text, plainto_tsquery('french_unaccent', ${allWords}), ${param(HEADLINE_OPTIONS)})`;
    const [count] = await this.sql.query<{ n: number }>(`select count(*)::int as n from passages p where ${where}`, params.slice(0, conditions.length));
    const limit = param(page.limit);
    const offset = param(page.offset);
    const hits = await this.sql.query<SearchHitRow>(
      `select p.document_id, d.source, o.output->'metadata'->>'symbol' as symbol, p.idx, p.number, p.footnote, p.section_id,
              (select s->>'title' from jsonb_array_elements(o.output->'sections') s where s->>'id' = p.section_id limit 1) as section_title,
              ${headline} as headline,
              ts_rank(p.search, plainto_tsquery('french', palermo_unaccent(${allWords}))) as rank
       from passages p join documents d on d.id = p.document_id
       left join stage_outputs o on o.document_id = p.document_id and o.stage = 'segment'
       where ${where}
       order by rank desc, d.source, p.idx, p.footnote nulls first limit ${limit} offset ${offset}`,
      params,
    );
    return { total: count?.n ?? 0, hits };
  }
}
