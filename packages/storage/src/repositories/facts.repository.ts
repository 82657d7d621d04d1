import { Fact } from '@palermo/contracts';
import { z } from 'zod';
import type { Sql } from '../sql.ts';

/** A States-parties figure as the cross-document check reads it: only what it compares. */
export const PartiesRow = z.object({
  id: z.coerce.number().int(),
  instrument: z.string().nullable(),
  value: z.number().nullable(),
  as_of: z.string().nullable(),
  flags: z.array(z.string()),
});
export type PartiesRow = z.infer<typeof PartiesRow>;

/** What `palermo facts` and the API may filter on. */
export interface FactFilter {
  kind?: string;
  document?: string; // id or id prefix
  instrument?: string;
  fund?: string;
  measure?: string;
  from?: string; // yyyy-mm-dd: facts whose as_of (or date) ends on or after it
  to?: string; // yyyy-mm-dd: facts whose as_of (or date) starts on or before it
}

// as_of may be a year or a month: it stands for the interval it names, which must meet [from, to].
const AS_OF_START = `case length(f.as_of) when 4 then f.as_of || '-01-01' when 7 then f.as_of || '-01' else f.as_of end`;
const AS_OF_END = `case length(f.as_of) when 4 then f.as_of || '-12-31' when 7 then f.as_of || '-31' else f.as_of end`;

/** Facts, replaced per document in one statement set so a re-run never adds duplicates. */
export class FactsRepository {
  constructor(private readonly sql: Sql) {}

  /**
   * Replaces a document's facts; call inside the stage's transaction. One insert for all of them
   * (the facts travel as one JSON array; their order is their ordinal).
   */
  async replaceForDocument(documentId: string, facts: readonly Fact[]): Promise<void> {
    await this.sql.query('delete from facts where document_id = $1', [documentId]);
    if (facts.length === 0) return;
    await this.sql.query(
      `insert into facts (document_id, ordinal, kind, instrument, fund, measure, as_of, value, paragraph, fact, extractor_version)
       select $1, (r.ordinal - 1)::int, r.fact->>'kind', r.fact->>'instrument', r.fact->>'fund', r.fact->>'measure',
              coalesce(r.fact->>'as_of', r.fact->>'date'), (r.fact->>'value')::float8, (r.fact->>'paragraph')::int, r.fact, r.fact->>'extractor_version'
       from jsonb_array_elements($2::jsonb) with ordinality as r(fact, ordinal)`,
      [documentId, JSON.stringify(facts)],
    );
  }

  /** Facts matching the filter, by document then order of appearance. */
  async list(filter: FactFilter = {}): Promise<Fact[]> {
    const rows = await this.sql.query<{ fact: unknown }>(
      `select f.fact from facts f join documents d on d.id = f.document_id
       where ($1::text is null or f.kind = $1) and ($2::text is null or f.document_id like $2 || '%')
         and ($3::text is null or f.instrument = $3) and ($4::text is null or f.fund = $4)
         and ($5::text is null or f.measure = $5)
         and ($6::text is null or (f.as_of ~ '^\\d{4}(-\\d{2}){0,2}$' and ${AS_OF_END} >= $6))
         and ($7::text is null or (f.as_of ~ '^\\d{4}(-\\d{2}){0,2}$' and ${AS_OF_START} <= $7))
       order by d.source, f.document_id, f.ordinal`,
      [filter.kind ?? null, filter.document ?? null, filter.instrument ?? null, filter.fund ?? null, filter.measure ?? null, filter.from ?? null, filter.to ?? null],
    );
    return rows.map((row) => Fact.parse(row.fact));
  }

  /** How many facts a document has. */
  async countForDocument(documentId: string): Promise<number> {
    const rows = await this.sql.query<{ n: number }>('select count(*)::int as n from facts where document_id = $1', [documentId]);
    return rows[0]?.n ?? 0;
  }

  /**
   * Every stored treaty_parties figure, projected by the database to the fields the series check
   * compares: it runs on every index job, and parsing every whole fact each time grew with the store.
   */
  async listPartiesPoints(): Promise<PartiesRow[]> {
    const rows = await this.sql.query(
      `select id, fact->>'instrument' as instrument, (fact->>'value')::float8 as value, fact->>'as_of' as as_of,
              coalesce(fact->'flags', '[]'::jsonb) as flags
         from facts where kind = 'treaty_parties' order by id`,
    );
    return rows.map((row) => PartiesRow.parse(row));
  }

  /** Replaces one fact's flags. */
  async setFlags(id: number, flags: readonly string[]): Promise<void> {
    await this.sql.query(`update facts set fact = jsonb_set(fact, '{flags}', $2::jsonb) where id = $1`, [id, JSON.stringify(flags)]);
  }

  /** How many facts of each kind are stored. */
  async countByKind(): Promise<Record<string, number>> {
    const rows = await this.sql.query<{ kind: string; n: number }>('select kind, count(*)::int as n from facts group by kind order by kind');
    return Object.fromEntries(rows.map((row) => [row.kind, row.n]));
  }
}
