import type { z } from 'zod';
import { STAGE_VERSIONS, STAGES, type StageName } from '@palermo/contracts';
import type { Sql } from '../sql.ts';

/** The stage whose output `stage` reads: the one before it in pipeline order (none for fetch). */
function inputOf(stage: string): string | null {
  const index = STAGES.indexOf(stage as StageName);
  return index > 0 ? STAGES[index - 1]! : null;
}

/**
 * The outputs this process wrote last, as the JSON it sent, each with the `completed_at` the row
 * got: the next stage, often in the same process a moment later, reads the row's timestamp only
 * and parses this JSON, instead of having the server turn its jsonb back into megabytes of text.
 * A row written since (another process, a rolled-back transaction) has another timestamp and is
 * read in full.
 */
export class RecentOutputs {
  private readonly entries = new Map<string, { completedAt: string; json: string }>();
  private chars = 0;

  /** At most `maxEntries` outputs and `maxChars` characters of JSON are kept (the worker's memory stays flat). */
  constructor(
    private readonly maxEntries = 32,
    private readonly maxChars = 32 * 1024 * 1024,
  ) {}

  get(documentId: string, stage: string): { completedAt: string; json: string } | undefined {
    return this.entries.get(`${documentId}/${stage}`);
  }

  set(documentId: string, stage: string, completedAt: string, json: string): void {
    const key = `${documentId}/${stage}`;
    this.forget(key);
    if (json.length > this.maxChars / 4) return; // a huge output is read back from the database
    this.entries.set(key, { completedAt, json });
    this.chars += json.length;
    // Oldest first: a Map iterates in insertion order.
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.chars <= this.maxChars) break;
      this.forget(oldest);
    }
  }

  private forget(key: string): void {
    this.chars -= this.entries.get(key)?.json.length ?? 0;
    this.entries.delete(key);
  }
}

/** Each stage's output for a document: the claim checks the next stage redeems. */
export class StageOutputsRepository {
  constructor(
    private readonly sql: Sql,
    private readonly recent: RecentOutputs = new RecentOutputs(),
  ) {}

  /** Stores (or overwrites) a stage's output; call inside the stage's transaction. */
  async put(documentId: string, stage: string, stageVersion: number, output: unknown): Promise<void> {
    const json = JSON.stringify(output);
    // clock_timestamp, not now(): two stages' writes must order even inside one long transaction.
    // PGlite's clock counts milliseconds, and two writes can fall in one: each write is made later
    // than every output the document has, or a stage redone would not be seen as newer than the next.
    const rows = await this.sql.query<{ completed_at: string }>(
      `insert into stage_outputs (document_id, stage, stage_version, output, completed_at) values ($1, $2, $3, $4,
         greatest(clock_timestamp(), (select max(completed_at) + interval '1 millisecond' from stage_outputs where document_id = $1)))
       on conflict (document_id, stage) do update set stage_version = excluded.stage_version,
         output = excluded.output, completed_at = excluded.completed_at
       returning completed_at::text as completed_at`,
      [documentId, stage, stageVersion, json],
    );
    if (rows[0]) this.recent.set(documentId, stage, rows[0].completed_at, json);
  }

  /** Pages the fetch stage read from each of these documents that it has read (text and HTML count 0). */
  async pageCounts(documentIds: readonly string[]): Promise<Record<string, number>> {
    if (documentIds.length === 0) return {};
    const rows = await this.sql.query<{ document_id: string; pages: number }>(
      `select document_id, coalesce((output->>'pageCount')::int, 0) as pages from stage_outputs where stage = 'fetch' and document_id = any($1::text[])`,
      [documentIds],
    );
    return Object.fromEntries(rows.map((row) => [row.document_id, row.pages]));
  }

  /** A stage's output validated by its schema, or null when the stage has not run. */
  async get<T extends z.ZodType>(documentId: string, stage: string, schema: T): Promise<z.infer<T> | null> {
    const known = this.recent.get(documentId, stage);
    // The output travels only when the row is not the one this process wrote last.
    const rows = await this.sql.query<{ output: unknown; known: boolean }>(
      `select completed_at::text = $3 is true as known, case when completed_at::text = $3 then null else output end as output
       from stage_outputs where document_id = $1 and stage = $2`,
      [documentId, stage, known?.completedAt ?? null],
    );
    const row = rows[0];
    if (!row) return null;
    return schema.parse(row.known && known ? JSON.parse(known.json) : row.output);
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
