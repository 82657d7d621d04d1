// A stage's process starts only what that stage needs: a fetch host loads neither the French
// lexicon nor the extraction rules nor the API, an extract host neither pdf.js nor the fetch
// service. Real `palermo work` processes run with a node hook that records every module each of
// them (and every process they start, the PDF parsers too) loads, while one PDF goes through the
// whole pipeline; the recorded module addresses are then checked (a chunk of the CLI's bundle as the
// sources its source map names).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, eventually, exited, FIXTURES, palermo, queryPostgres, ROOT, startPalermo, type Sandbox } from '../support/harness.ts';

const HOOK = join(ROOT, 'test', 'support', 'record-modules.mjs');
const PDF = join(FIXTURES, 'un-pdfs', 'A_RES_80_228.pdf');

/** Starts `palermo work <stages>` with every module it loads recorded in `log`. */
function startRecordedHost(sandbox: Sandbox, stages: string[], log: string) {
  const env = { ...sandbox.env, NODE_OPTIONS: `${sandbox.env.NODE_OPTIONS ?? ''} --import ${HOOK}`.trim(), MODULE_LOG: log };
  return startPalermo({ ...sandbox, env }, ['work', ...stages]);
}

/** The module addresses recorded in a log, each once; a chunk of the CLI's bundle stands for the sources its source map names. */
function loadedModules(log: string): string[] {
  const urls = readFileSync(log, 'utf8').split('\n').filter(Boolean).map((line) => line.slice(line.indexOf(' ') + 1));
  return [...new Set(urls.flatMap((url) => sourcesOf(decodeURIComponent(url))))];
}

function sourcesOf(url: string): string[] {
  if (!url.startsWith('file://') || !url.endsWith('.js')) return [url];
  const file = fileURLToPath(url);
  if (!existsSync(`${file}.map`)) return [url];
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] };
  return map.sources.map((source) => resolve(dirname(file), source));
}

const matching = (modules: string[], pattern: RegExp) => modules.filter((module) => pattern.test(module));

describe('each stage process loads only its own stage', () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await createSandbox('postgres');
    sandbox.env.LOG_LEVEL = 'info';
  });

  afterAll(async () => {
    await sandbox?.cleanup();
  });

  it('a fetch host loads no extraction, lexicon or API code; an extract host no pdf.js and no fetch code', async () => {
    const fetchLog = join(sandbox.dir, 'fetch-modules.log');
    const extractLog = join(sandbox.dir, 'extract-modules.log');
    const fetchHost = startRecordedHost(sandbox, ['fetch'], fetchLog);
    const extractHost = startRecordedHost(sandbox, ['extract-figures'], extractLog);
    const middle = startPalermo(sandbox, ['work', 'clean', 'segment', 'index']);
    const hosts = [fetchHost, extractHost, middle];
    try {
      for (const host of hosts) await eventually(async () => (/workers started/.test(host.output()) ? true : undefined), 'the workers to start', 60_000);
      const queued = await palermo(sandbox, ['ingest', PDF]);
      expect(queued.code, queued.stderr).toBe(0);
      // Each host runs its stage's handler on a real document, so what a handler loads on its
      // first job is recorded too.
      await eventually(async () => {
        const [row] = await queryPostgres<{ status: string; stage: string }>(sandbox, 'select status, stage from documents');
        if (row?.status === 'failed') throw new Error(`the document failed at ${row.stage}: ${hosts.map((h) => h.output()).join('\n')}`);
        return row?.status === 'done' ? true : undefined;
      }, 'the PDF to be done', 120_000);
    } finally {
      for (const host of hosts) host.kill('SIGTERM');
    }
    const codes = await Promise.all(hosts.map((host) => exited(host)));
    expect(codes, hosts.map((host) => host.output()).join('\n')).toEqual([0, 0, 0]);

    const fetchModules = loadedModules(fetchLog);
    // What the fetch host must load: its handler, and pdf.js in its parser processes (which also
    // shows the hook sees every process and CommonJS and ES modules alike).
    expect(matching(fetchModules, /\/services\/fetch\/src\/fetch\.handler\.ts$/)).toHaveLength(1);
    expect(matching(fetchModules, /\/node_modules\/.*pdfjs-dist\//).length).toBeGreaterThan(0);
    expect(matching(fetchModules, /\/node_modules\/.*\/pg\/lib\/client\.js$/).length).toBeGreaterThan(0);
    expect(matching(fetchModules, /\/services\/(extract-figures|clean|segment|index|api)\//)).toEqual([]);
    expect(matching(fetchModules, /\/node_modules\/.*\/(fastify|@fastify|@bull-board|@electric-sql)\//)).toEqual([]);

    const extractModules = loadedModules(extractLog);
    expect(matching(extractModules, /\/services\/extract-figures\/src\/core\/profile-fr\.ts$/)).toHaveLength(1);
    expect(matching(extractModules, /\/node_modules\/.*(pdfjs-dist|pdf-parse)\//)).toEqual([]);
    expect(matching(extractModules, /\/services\/(fetch|sources|clean|segment|index|api)\//)).toEqual([]);
    expect(matching(extractModules, /\/node_modules\/.*\/(fastify|@fastify|@bull-board|@electric-sql|undici|cheerio)\//)).toEqual([]);
  });
});
