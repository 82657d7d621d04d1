import type { z } from 'zod';
import { STAGE_VERSIONS, STAGES, type StageName } from '@palermo/contracts';
import type { Sql } from '../sql.ts';

/** The stage whose output `stage` reads: the one before it in pipeline order (none for fetch). */
function inputOf(stage: string): string | null {
  const index = STAGES.indexOf(stage as StageName);
  return index > 0 ? STAGES[index - 1]! : null;
}

/** Each stage's output for a document: the claim checks the next stage redeems. */
export class StageOutputsRepository {
  constructor(private readonly sql: Sql) {}

  /** Stores (or overwrites) a stage's output; call inside the stage's transaction. */
  async put(documentId: string, stage: string, stageVersion: number, output: unknown): Promise<void> {
    // clock_timestamp, not now(): two stages' writes must order even inside one long transaction.
    await this.sql.query(
      `insert into stage_outputs (document_id, stage, stage_version, output, completed_at) values ($1, $2, $3, $4, clock_timestamp())
       on conflict (document_id, stage) do update set stage_version = excluded.stage_version,
         output = excluded.output, completed_at = excluded.completed_at`,
      [documentId, stage, stageVersion, JSON.stringify(output)],
    );
  }

  /** Pages the fetch stage read from these documents (text and HTML count none). */
  async pageCount(documentIds: readonly string[]): Promise<number> {
    if (documentIds.length === 0) return 0;
    const rows = await this.sql.query<{ pages: number }>(
      `select coalesce(sum((output->>'pageCount')::int), 0)::int as pages from stage_outputs where stage = 'fetch' and document_id = any($1::text[])`,
      [documentIds],
    );
    return rows[0]?.pages ?? 0;
  }

  /** A stage's output validated by its schema, or null when the stage has not run. */
  async get<T extends z.ZodType>(documentId: string, stage: string, schema: T): Promise<z.infer<T> | null> {
    const rows = await this.sql.query<{ output: unknown }>('select output from stage_outputs where document_id = $1 and stage = $2', [documentId, stage]);
    return rows[0] ? schema.parse(rows[0].output) : null;
  }

  /**
   * Whether the stage's work on this document is done: its output was written at `stageVersion`
   * and after the output it was made from. A stage redone at a new version thereby makes every
   * stage after it run again, each once.
   */
  async isDone(documentId: string, stage: string, stageVersion: number): Promise<boolean> {
    const rows = await this.sql.query(
      `select 1 from stage_outputs o where o.document_id = $1 and o.stage = $2 and o.stage_version = $3
         and not exists (select 1 from stage_outputs i where i.document_id = o.document_id and i.stage = $4 and i.completed_at > o.completed_at)`,
      [documentId, stage, stageVersion, inputOf(stage)],
    );
    return rows.length > 0;
  }

  /**
   * How many documents have an output of some stage written at an older version than the stage's
   * current one, or are done but miss a stage's output: what `palermo reprocess` would bring up to date.
   */
  async countBehind(versions: Readonly<Record<string, number>> = STAGE_VERSIONS): Promise<number> {
    const stages = Object.keys(versions);
    const rows = await this.sql.query<{ n: number }>(
      `select count(*)::int as n from documents d where d.status = 'done' and exists (
         select 1 from unnest($1::text[], $2::int[]) as v(stage, version)
         left join stage_outputs o on o.document_id = d.id and o.stage = v.stage
         where o.stage_version is null or o.stage_version < v.version)`,
      [stages, stages.map((stage) => versions[stage])],
    );
    return rows[0]?.n ?? 0;
  }
}
