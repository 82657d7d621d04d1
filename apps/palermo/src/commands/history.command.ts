import { openStorage } from '@palermo/storage';
import { renderTable } from '../format/table.ts';
import type { CommandContext } from './command-context.ts';
import { findOneDocument } from './find-document.ts';

/** `palermo history <document>`: every attempt of every stage, with timings and errors. */
export async function historyCommand(ref: string, options: { json?: boolean }, { env, out }: CommandContext): Promise<number> {
  const storage = await openStorage({ databaseUrl: env.DATABASE_URL, dataDir: env.PALERMO_DATA_DIR });
  try {
    const document = await findOneDocument(storage, ref, out);
    if (!document) return 1;
    const runs = await storage.runs.forDocument(document.id);
    if (options.json) {
      out.write(`${JSON.stringify({ document, runs }, null, 2)}\n`);
      return 0;
    }
    out.info(`${document.id}  ${document.source}`);
    out.info(`now: ${document.stage} ${document.status}${document.lastError ? `: ${document.lastError}` : ''}`);
    const rows = runs.map((run) => [run.finishedAt.toISOString().replace('T', ' ').slice(0, 23), run.stage, String(run.attempt), run.outcome, `${run.durationMs} ms`, run.jobId, run.error ?? '']);
    out.write(`${rows.length === 0 ? 'no attempts recorded' : renderTable(['finished', 'stage', 'attempt', 'outcome', 'took', 'job', 'error'], rows, 90)}\n`);
    return 0;
  } finally {
    await storage.close();
  }
}
