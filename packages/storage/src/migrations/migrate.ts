import type { Database } from '../sql.ts';
import { initial } from './001-initial.ts';
import { accentAwareSearch } from './002-accent-aware-search.ts';
import { sources } from './003-sources.ts';
import { stageVersions } from './004-stage-versions.ts';
import { editions } from './006-editions.ts';
import { symbolSources } from './007-symbol-sources.ts';
import { stageRunsTime } from './008-stage-runs-time.ts';
import { rejectedJobs } from './009-rejected-jobs.ts';
import { blobsUncompressed } from './010-blobs-uncompressed.ts';
import { outputsLz4 } from './011-outputs-lz4.ts';
import { ingestionsByDocument } from './012-ingestions-by-document.ts';
import { ingestionsOrder } from './013-ingestions-order.ts';

/** Every migration in order; a name once shipped never changes. */
const MIGRATIONS: ReadonlyArray<{ name: string; sql: string }> = [
  { name: '001-initial', sql: initial },
  { name: '002-accent-aware-search', sql: accentAwareSearch },
  { name: '003-sources', sql: sources },
  { name: '004-stage-versions', sql: stageVersions },
  { name: '006-editions', sql: editions },
  { name: '007-symbol-sources', sql: symbolSources },
  { name: '008-stage-runs-time', sql: stageRunsTime },
  { name: '009-rejected-jobs', sql: rejectedJobs },
  { name: '010-blobs-uncompressed', sql: blobsUncompressed },
  { name: '011-outputs-lz4', sql: outputsLz4 },
  { name: '012-ingestions-by-document', sql: ingestionsByDocument },
  { name: '013-ingestions-order', sql: ingestionsOrder },
];

// An arbitrary constant: the advisory lock that serialises migrations across processes.
const MIGRATION_LOCK = 7_370_001;

/** Applies the migrations not yet applied, one transaction each, under an advisory lock. */
export async function migrate(db: Database): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec('create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())');
    const done = new Set((await tx.query<{ name: string }>('select name from schema_migrations')).map((row) => row.name));
    const applied: string[] = [];
    for (const migration of MIGRATIONS) {
      if (done.has(migration.name)) continue;
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (name) values ($1)', [migration.name]);
      applied.push(migration.name);
    }
    return applied;
  });
}
