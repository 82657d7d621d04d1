import type { z } from 'zod';
import type { Sql } from '../sql.ts';

/** Each stage's output for a document: the claim checks the next stage redeems. */
export class StageOutputsRepository {
  constructor(private readonly sql: Sql) {}

  /** Stores (or overwrites) a stage's output; call inside the stage's transaction. */
  async put(documentId: string, stage: string, pipelineVersion: number, output: unknown): Promise<void> {
    await this.sql.query(
      `insert into stage_outputs (document_id, stage, pipeline_version, output) values ($1, $2, $3, $4)
       on conflict (document_id, stage) do update set pipeline_version = excluded.pipeline_version,
         output = excluded.output, completed_at = now()`,
      [documentId, stage, pipelineVersion, JSON.stringify(output)],
    );
  }

  /** A stage's output validated by its schema, or null when the stage has not run. */
  async get<T extends z.ZodType>(documentId: string, stage: string, schema: T): Promise<z.infer<T> | null> {
    const rows = await this.sql.query<{ output: unknown }>('select output from stage_outputs where document_id = $1 and stage = $2', [documentId, stage]);
    return rows[0] ? schema.parse(rows[0].output) : null;
  }

  /** Whether the stage already completed for this document at this pipeline version. */
  async isDone(documentId: string, stage: string, pipelineVersion: number): Promise<boolean> {
    const rows = await this.sql.query('select 1 from stage_outputs where document_id = $1 and stage = $2 and pipeline_version = $3', [documentId, stage, pipelineVersion]);
    return rows.length > 0;
  }
}
