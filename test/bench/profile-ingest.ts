// One `palermo ingest --wait` on the bench's PDFs against private Redis and PostgreSQL, with a V8
// CPU profile of the CLI, Redis's command counts and pg_stat_statements: what each document costs
// in round trips. Not part of `pnpm bench`; run by hand when working on the plumbing:
//   node --import tsx test/bench/profile-ingest.ts [out-dir]
// PROFILE_NODE_FLAGS='--flag …' starts the CLI with them (PROFILE_OUTPUT=file keeps what it printed), PROFILE_COPIES=3 ingests byte-distinct copies (a warm process after the first), PROFILE_CPU=0 runs without the V8 profiler, PROFILE_AUTOVACUUM=off keeps autovacuum out of the server's CPU figure.
import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createSandbox, exited, PALERMO_BIN, startNode } from '../support/harness.ts';
import { startPrivatePostgres, startPrivateRedis } from '../support/servers.ts';
import { benchPdfs, distinctCopy } from './measure/inputs.ts';
import { sampleTree } from './measure/process-tree.ts';

const outDir = process.argv[2] ?? '/tmp/plumb';
mkdirSync(outDir, { recursive: true });
const [redis, postgres] = await Promise.all([startPrivateRedis(), startPrivatePostgres()]);
appendFileSync(join(postgres.dir, 'data', 'postgresql.conf'), `\nshared_preload_libraries = 'pg_stat_statements'\npg_stat_statements.track = all\n${process.env.PROFILE_AUTOVACUUM === 'off' ? 'autovacuum = off\n' : ''}`);
await postgres.restart('graceful', 0);
const databaseUrl = await postgres.createDatabase('bench');
try {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query('create extension pg_stat_statements');
  const sandbox = await createSandbox('postgres', { redisUrl: redis.url, databaseUrl });
  const folder = mkdtempSync(join(sandbox.dir, 'pdfs-'));
  const pdfs = benchPdfs();
  const copies = Number(process.env.PROFILE_COPIES ?? 1);
  for (let copy = 0; copy < copies; copy++) {
    for (const pdf of pdfs) writeFileSync(join(folder, `${copy}-${pdf.name}`), copies === 1 ? pdf.bytes : distinctCopy(pdf, copy));
  }
  const client = new Redis(redis.url);
  const redisPid = Number(/process_id:(\d+)/.exec(await client.info('server'))?.[1]);
  const pgPid = Number((await import('node:fs')).readFileSync(join(postgres.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  await client.config('RESETSTAT');
  await admin.query('select pg_stat_statements_reset()');
  const servers = [sampleTree(redisPid, 250), sampleTree(pgPid, 250)];
  const before = servers.map((s) => s.cpuSeconds());
  const child = startNode(sandbox, [...(process.env.PROFILE_NODE_FLAGS?.split(' ').filter(Boolean) ?? []), ...(process.env.PROFILE_RU ? ['-r', process.env.PROFILE_RU] : []), ...(process.env.PROFILE_CPU === '0' ? [] : ['--cpu-prof', `--cpu-prof-dir=${outDir}`]), PALERMO_BIN, 'ingest', folder, '--wait']);
  const sampler = sampleTree(child.pid!);
  const code = await exited(child);
  sampler.stop();
  servers.forEach((s) => s.stop());
  const [redisCpu, pgCpu] = servers.map((s, i) => s.cpuSeconds() - before[i]!);
  if (process.env.PROFILE_OUTPUT) writeFileSync(process.env.PROFILE_OUTPUT, child.output());
  console.log(child.output().trim().split('\n').filter((l) => l.startsWith('RU ')).join('\n'));
  console.log(child.output().trim().split('\n').filter((l) => !l.startsWith('RU ')).at(-1), `exit ${code}`);
  console.log(`${pdfs.length * copies} PDFs: CLI tree ${sampler.cpuSeconds().toFixed(2)} CPU-s, redis ${redisCpu!.toFixed(2)}, postgres ${pgCpu!.toFixed(2)}`);
  const stats = (await client.info('commandstats')).split('\n').filter((l) => l.startsWith('cmdstat_'));
  const parsed = stats.map((l) => { const m = /cmdstat_([^:]+):calls=(\d+),usec=(\d+)/.exec(l)!; return { cmd: m[1]!, calls: Number(m[2]), usec: Number(m[3]) }; }).sort((a, b) => b.usec - a.usec);
  console.log('redis commands (calls, ms):', parsed.reduce((n, p) => n + p.calls, 0), 'calls');
  for (const p of parsed.slice(0, 15)) console.log(`  ${p.cmd.padEnd(14)} ${String(p.calls).padStart(7)} ${(p.usec / 1000).toFixed(0).padStart(6)} ms`);
  const rows = (await admin.query(`select calls, rows, round(total_exec_time)::int as ms, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) as q from pg_stat_statements where dbid = (select oid from pg_database where datname = 'bench') order by total_exec_time desc limit 30`)).rows;
  const total = (await admin.query(`select sum(calls)::int as calls, round(sum(total_exec_time))::int as ms from pg_stat_statements where dbid = (select oid from pg_database where datname = 'bench')`)).rows[0];
  console.log(`postgres statements: ${total.calls} calls, ${total.ms} ms executing`);
  for (const r of rows) console.log(`  ${String(r.calls).padStart(6)} ${String(r.rows).padStart(7)} ${String(r.ms).padStart(6)} ms  ${r.q}`);
  const byCalls = (await admin.query(`select calls, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) as q from pg_stat_statements where dbid = (select oid from pg_database where datname = 'bench') and toplevel order by calls desc limit 25`)).rows;
  console.log('top-level statements by calls:');
  for (const r of byCalls) console.log(`  ${String(r.calls).padStart(6)}  ${r.q}`);
  const sizes = (await admin.query(`set search_path = ${sandbox.prefix}, public; select stage, count(*)::int as n, sum(octet_length(output::text))::bigint as text_bytes, sum(pg_column_size(output))::bigint as stored_bytes from stage_outputs group by stage order by stage`) as unknown as Array<{ rows: Array<Record<string, unknown>> }>)[1]!.rows;
  const vacuumed = (await admin.query(`select relname, autovacuum_count + autoanalyze_count as n from pg_stat_user_tables where schemaname = $1 and autovacuum_count + autoanalyze_count > 0`, [sandbox.prefix])).rows;
  console.log('autovacuum/autoanalyze during the run:', vacuumed.map((r) => `${r.relname} ×${r.n}`).join(', ') || 'none');
  console.log('stage outputs (as JSON text, as stored):');
  for (const r of sizes) console.log(`  ${String(r.stage).padEnd(16)} ${r.n} rows ${(Number(r.text_bytes) / 1e6).toFixed(1)} MB text ${(Number(r.stored_bytes) / 1e6).toFixed(1)} MB stored`);
  client.disconnect();
  await admin.end();
  await sandbox.cleanup();
} finally {
  await Promise.all([redis.remove(), postgres.remove()]);
}
