// Symbols sources against a local server that answers like the Official Document System's
// `api/symbol/access?s=<symbol>&l=<E|F>&t=pdf`: a redirect to a real UN PDF for the editions that
// exist, an HTML page, an error page or garbage for those that do not. Checks the walk and its
// stopping rule, resumption where the last run stood, editions that appear later, a changed PDF,
// conditional requests, the pace towards the host, the hint and language links stored before
// reading, and bad answers (slow, garbage, refused by the address policy) recorded per symbol.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { openStorage } from '@palermo/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, FIXTURES, palermo, queryPostgres, type Sandbox } from '../support/harness.ts';

const RES_228 = readFileSync(join(FIXTURES, 'un-pdfs', 'A_RES_80_228.pdf'));
const RES_56 = readFileSync(join(FIXTURES, 'discovery', 'A_RES_80_56.pdf'));
/** Another version of a PDF: a comment after %%EOF changes the bytes, not what a reader sees. */
const edition = (pdf: Buffer, note: string) => Buffer.concat([pdf, Buffer.from(`\n% ${note}\n`)]);

type Answer = { pdf: Buffer } | 'html' | 'error' | 'garbage' | 'slow';
/** What the endpoint answers, by "<symbol>|<ODS language code>"; anything else is a 404 error page. */
const answers = new Map<string, Answer>([
  ['A/RES/80/227|E', 'html'],
  ['A/RES/80/228|E', { pdf: RES_228 }],
  ['A/RES/80/228|F', 'html'],
  ['A/RES/80/229|E', { pdf: edition(RES_56, 'stands in for A/RES/80/229') }],
  ['A/RES/80/229|F', 'garbage'],
  ['X/SLOW/1|E', 'slow'],
  ['X/GARBAGE/1|E', 'garbage'],
]);
const requests: Array<{ symbol: string; language: string; at: number; conditional: boolean }> = [];
const pdfAnswers: Array<{ path: string; status: number }> = [];
// Each run takes a PDF or three through every stage: generous on a machine shared with other work.
const CLI_TIMEOUT_MS = 360_000;
const TEST_TIMEOUT_MS = 420_000;
const etag = (body: Buffer) => `"${createHash('sha1').update(body).digest('hex')}"`;

function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/pdf/')) {
      const [symbol, language] = decodeURIComponent(url.pathname.slice(5)).split('|');
      const answer = answers.get(`${symbol}|${language}`);
      if (!answer || typeof answer === 'string') return void res.writeHead(404).end();
      const status = req.headers['if-none-match'] === etag(answer.pdf) ? 304 : 200;
      pdfAnswers.push({ path: `${symbol}|${language}`, status });
      res.writeHead(status, { etag: etag(answer.pdf), 'content-type': 'application/pdf' }).end(status === 200 ? answer.pdf : undefined);
      return;
    }
    const symbol = url.searchParams.get('s') ?? '';
    const language = url.searchParams.get('l') ?? '';
    requests.push({ symbol, language, at: Date.now(), conditional: req.headers['if-none-match'] !== undefined });
    const answer = answers.get(`${symbol}|${language}`);
    if (answer === 'html') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><html><head><title>Official Document System</title></head><body>Document not found</body></html>');
    if (answer === 'garbage') return void res.writeHead(200, { 'content-type': 'application/pdf' }).end(Buffer.from('\u0000\u0017garbage\u00ff'.repeat(40), 'latin1'));
    if (answer === 'slow') return void setTimeout(() => res.writeHead(302, { location: '/pdf/A%2FRES%2F80%2F228|E' }).end(), 3_000);
    if (answer) return void res.writeHead(302, { location: `/pdf/${encodeURIComponent(`${symbol}|${language}`)}` }).end();
    res.writeHead(404, { 'content-type': 'text/html' }).end('<html><body><h1>Error</h1>Symbol not found</body></html>');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

interface SeriesRow {
  series: string;
  nextNumber: number | null;
  lastFound: string | null;
  lastRunFound: string[];
  waitingFor: string[];
}
type Listed = Array<{ source: { name: string }; lastRun: { found: number; errors: Array<{ item: string; error: string }> }; series?: SeriesRow[] }>;

describe('symbols sources', () => {
  let sandbox: Sandbox;
  let server: Server;
  const asked = () => requests.map((r) => `${r.symbol}|${r.language}`);
  const listed = async () => JSON.parse((await palermo(sandbox, ['sources', '--json'])).stdout) as Listed;

  beforeAll(async () => {
    server = await serve();
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    sandbox = await createSandbox('postgres');
    const sourcesFile = join(sandbox.dir, 'sources.yaml');
    // Cron schedules that do not fall due during the test (an interval would also scan as soon as
    // the workers start), so that every request the server sees comes from `sources run`.
    writeFileSync(
      sourcesFile,
      `sources:
  - name: resolutions
    cron: "0 6 1 1 *"
    symbols:
      pattern: A/RES/{session}/{n}
      session: 80
      n: {from: 227}
      languages: [en, fr]
      stopAfter: 2
  - name: hostile
    cron: "0 6 1 1 *"
    symbols:
      list: [X/SLOW/1, X/GARBAGE/1, A/RES/80/228]
      languages: [en]
`,
    );
    Object.assign(sandbox.env, {
      SOURCES_FILE: sourcesFile,
      SYMBOLS_ENDPOINT: `${base}/api/symbol/access`,
      SYMBOLS_HOST_INTERVAL_MS: '300',
      SYMBOLS_MAX_BACKOFF_MS: '400',
      FETCH_ALLOW_PRIVATE: 'true',
      FETCH_TIMEOUT_MS: '1500',
      JOB_ATTEMPTS: '1',
    });
  });

  afterAll(async () => {
    server?.close();
    await sandbox?.cleanup();
  });

  it('walks the series until two symbols in a row are missing, storing the PDFs that exist', async () => {
    const run = await palermo(sandbox, ['sources', 'run', 'resolutions', '--wait'], CLI_TIMEOUT_MS);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('resolutions: found 2, queued 2, unchanged 0, not available 8, errors 0');
    expect(run.stdout).toContain('2 done, 0 failed');
    expect(asked()).toEqual(['227', '228', '229', '230', '231'].flatMap((n) => [`A/RES/80/${n}|E`, `A/RES/80/${n}|F`]));
    // Politeness: one host, at most one request per SYMBOLS_HOST_INTERVAL_MS. Measured over the whole
    // run, as arrival times at the server jitter on a loaded machine while the starts do not.
    expect(requests.at(-1)!.at - requests[0]!.at).toBeGreaterThanOrEqual(9 * 300 - 100);

    const series = (await listed()).find((s) => s.source.name === 'resolutions')!.series!;
    expect(series).toEqual([
      expect.objectContaining({ series: 'A/RES/80/{n}', nextNumber: 230, lastFound: 'A/RES/80/229', lastRunFound: ['A/RES/80/228 (en)', 'A/RES/80/229 (en)'], waitingFor: ['A/RES/80/230', 'A/RES/80/228 (fr)', 'A/RES/80/229 (fr)'] }),
    ]);
    const editions = await queryPostgres<{ symbol: string; language: string; status: string; reason: string | null }>(sandbox, "select symbol, language, status, reason from symbol_editions where source = 'resolutions' order by symbol, language");
    expect(editions.find((e) => e.symbol === 'A/RES/80/228' && e.language === 'fr')).toMatchObject({ status: 'not-available', reason: 'an HTML page, not a PDF' });
    expect(editions.find((e) => e.symbol === 'A/RES/80/229' && e.language === 'fr')).toMatchObject({ status: 'not-available', reason: 'an answer that is not a PDF' });
    expect(editions.find((e) => e.symbol === 'A/RES/80/230' && e.language === 'en')).toMatchObject({ status: 'not-available', reason: 'HTTP 404' });

    // The symbol and language are on the ingestion before fetch reads it, and nothing else was ingested.
    const hints = await queryPostgres<{ hint: unknown; document_id: string; status: string }>(sandbox, 'select hint, document_id, status from ingestions order by created_at');
    expect(hints.map((h) => h.hint)).toEqual([{ symbol: 'A/RES/80/228', language: 'en' }, { symbol: 'A/RES/80/229', language: 'en' }]);
    expect(hints[0]!.document_id).toBe(createHash('sha256').update(RES_228).digest('hex'));
    const listing = await palermo(sandbox, ['sources']);
    expect(listing.stdout).toMatch(/A\/RES\/80\/\{n\} +A\/RES\/80\/229 .*A\/RES\/80\/228 \(en\), A\/RES\/80\/229 \(en\) +A\/RES\/80\/230, A\/RES\/80\/228 \(fr\), A\/RES\/80\/229 \(fr\)/);
  }, TEST_TIMEOUT_MS);

  it('starts the next run where the last stood, fetching only what is new or changed', async () => {
    requests.length = 0;
    pdfAnswers.length = 0;
    const french228 = edition(RES_228, 'édition française (stand-in)');
    answers.set('A/RES/80/228|F', { pdf: french228 });
    answers.set('A/RES/80/229|E', { pdf: edition(RES_56, 'stands in for A/RES/80/229, corrected') });
    answers.set('A/RES/80/230|E', { pdf: edition(RES_56, 'stands in for A/RES/80/230') });
    const run = await palermo(sandbox, ['sources', 'run', 'resolutions', '--wait'], CLI_TIMEOUT_MS);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('resolutions: found 4, queued 3, unchanged 1, not available 6, errors 0');
    expect(run.stdout).toContain('3 done, 0 failed');
    // Known symbols again (every language), then the walk from 230; 227 is behind, 233 past the stop.
    expect(asked()).toEqual(['228', '229', '230', '231', '232'].flatMap((n) => [`A/RES/80/${n}|E`, `A/RES/80/${n}|F`]));
    expect(requests.find((r) => r.symbol === 'A/RES/80/228' && r.language === 'E')?.conditional).toBe(true);
    expect(pdfAnswers.find((a) => a.path === 'A/RES/80/228|E')?.status).toBe(304);

    const series = (await listed()).find((s) => s.source.name === 'resolutions')!.series![0]!;
    expect(series).toMatchObject({ nextNumber: 231, lastFound: 'A/RES/80/230', lastRunFound: ['A/RES/80/228 (fr)', 'A/RES/80/229 (en)', 'A/RES/80/230 (en)'], waitingFor: ['A/RES/80/231', 'A/RES/80/229 (fr)', 'A/RES/80/230 (fr)'] });

    // The French and English editions of A/RES/80/228 are two documents linked by their symbol.
    const english = createHash('sha256').update(RES_228).digest('hex');
    const french = createHash('sha256').update(french228).digest('hex');
    const storage = await openStorage({ databaseUrl: sandbox.env.DATABASE_URL, dataDir: null });
    try {
      expect(await storage.symbols.editionsOf(french)).toEqual([
        { symbol: 'A/RES/80/228', language: 'en', documentId: english },
        { symbol: 'A/RES/80/228', language: 'fr', documentId: french },
      ]);
      expect((await storage.documents.get(french))?.status).toBe('done');
      // The corrected A/RES/80/229 is a new document beside the first; both stay linked to the symbol.
      expect((await storage.symbols.editionsOf(english)).length).toBe(2);
      const versions = await queryPostgres<{ n: string }>(sandbox, "select count(*) as n from symbol_documents where symbol = 'A/RES/80/229' and language = 'en'");
      expect(Number(versions[0]!.n)).toBe(2);
    } finally {
      await storage.close();
    }
  }, TEST_TIMEOUT_MS);

  it('records a reason for a slow answer and for garbage, and goes on with the rest', async () => {
    requests.length = 0;
    const run = await palermo(sandbox, ['sources', 'run', 'hostile', '--wait']);
    expect(run.code).toBe(1); // the timeout is transient: the scan fails, to be retried with backoff
    expect(run.stderr).toMatch(/hostile: source hostile: 1 request hit a transient fault/);
    expect(asked()).toEqual(['X/SLOW/1|E', 'X/GARBAGE/1|E', 'A/RES/80/228|E']);
    const hostile = (await listed()).find((s) => s.source.name === 'hostile')!;
    expect(hostile.lastRun.found).toBe(1);
    expect(hostile.lastRun.errors).toEqual([{ item: 'X/SLOW/1 (en)', error: expect.stringMatching(/abort|timeout/i) }]);
    expect(hostile.series?.[0]).toMatchObject({ series: 'list', lastFound: 'A/RES/80/228', waitingFor: ['X/GARBAGE/1 (en)', 'X/SLOW/1 (en)'] });
    const ingestions = await queryPostgres<{ n: string }>(sandbox, 'select count(*) as n from ingestions');
    expect(Number(ingestions[0]!.n)).toBe(5); // A/RES/80/228 in English was stored already: nothing new
  });

  it('applies the address policy to every request, keeping where the series stands', async () => {
    requests.length = 0;
    const refused = await palermo({ ...sandbox, env: { ...sandbox.env, FETCH_ALLOW_PRIVATE: 'false' } }, ['sources', 'run', 'resolutions', '--wait']);
    expect(refused.stdout + refused.stderr).toContain('resolutions: found 0, queued 0, unchanged 0, not available 0, errors 10');
    expect(refused.stderr).toMatch(/A\/RES\/80\/228 \(en\): .*private or loopback address/);
    expect(requests).toEqual([]);
    const series = (await listed()).find((s) => s.source.name === 'resolutions')!.series![0]!;
    expect(series).toMatchObject({ nextNumber: 231, lastFound: 'A/RES/80/230' });
  });
});
