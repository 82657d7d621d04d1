// Hostile input as a suite: over thirty inputs made here (broken, encrypted and oversized PDFs, a
// deflate bomb, odd encodings, caps, files that are not files or lead out of the roots, URLs to
// loopback, link-local, IPv6 and numeric addresses, malformed and oversized jobs) ingested in ONE
// batch with good documents, private addresses refused (FETCH_ALLOW_PRIVATE=false). Each fails
// with a reason naming it, in `palermo status --json` and the API; the good documents complete
// with the facts of their plain UTF-8 versions; the worker lives; what was stored before stays.
// Fetching from public hosts, rebinding and redirects are proven in address-pinning.test.ts.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, eventually, exited, palermo, parseJsonl, queryPostgres, REDIS_URL, SEEDS, startPalermo, type Sandbox } from '../support/harness.ts';
import { deepHtml, latin1, makeDeflateBomb, makePdf, makeZip, startHostileServer, utf16, type HostileServer } from '../support/hostile-files.ts';
import { API_TOKEN, startServer } from '../api/serve.ts';

const MB = 1024 * 1024;
const SEED = (n: string) => join(SEEDS, readSeedName(n));
const readSeedName = (prefix: string): string => execFileSync('ls', [SEEDS]).toString().split('\n').find((name) => name.startsWith(prefix))!;

interface Status {
  queues: Array<{ stage: string; counts: Record<string, number> }>;
  documents: Array<{ id: string; source: string; stage: string; status: string; lastError: string | null }>;
  failedIngestions: Array<{ source: { type: string; path?: string; url?: string }; lastError: string }>;
  rejectedJobs: RejectedJob[];
}
interface RejectedJob {
  queue: string;
  jobId: string;
  reason: string;
  payloadBytes: number;
  payloadHead: string;
  rejectedAt: string;
}
interface Fact {
  source: string;
  kind: string;
  value: unknown;
  quote: string;
}

describe('a hostile batch beside good documents', () => {
  let sandbox: Sandbox;
  let worker: ReturnType<typeof startPalermo>;
  let v4: HostileServer;
  let v6: HostileServer;
  let status: Status;
  let statusText: string;
  let facts: Fact[];
  let factsBefore: string;
  let connection: Redis;
  const jobs: Record<string, { queue: Queue; id: string }> = {};
  const MALFORMED = { ingestionId: 'not-a-uuid' };
  const OVERSIZED = { documentId: 'a'.repeat(64), pipelineVersion: 1, body: 'x'.repeat(200_000) };
  const outside = join(tmpdir(), `palermo-outside-${process.pid}-${Date.now()}.txt`);

  beforeAll(async () => {
    sandbox = await createSandbox('postgres');
    Object.assign(sandbox.env, {
      FETCH_ALLOW_PRIVATE: 'false',
      FETCH_TIMEOUT_MS: '15000',
      FETCH_MAX_BYTES: String(12 * MB),
      TEXT_MAX_CHARS: String(12_000_000), // above the 10 MB line, so that the line's own fence is the one met
      PDF_MAX_PAGES: '3',
      PDF_MAX_MEMORY_MB: '256', // below what the bomb inflates to: the parser's own fence must be the one met
      PDF_TIMEOUT_MS: '20000',
      JOB_ATTEMPTS: '2',
    });
    const first = await palermo(sandbox, ['ingest', SEED('003'), '--wait']);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    factsBefore = (await palermo(sandbox, ['facts', '--format', 'jsonl'])).stdout;

    const inbox = join(sandbox.dir, 'inbox');
    mkdirSync(join(inbox, 'loop'), { recursive: true });
    copyFileSync(SEED('000'), join(inbox, 'good-000.txt'));
    copyFileSync(SEED('002'), join(inbox, 'good-002.txt'));
    copyFileSync(SEED('001'), join(inbox, 'loop', 'good-001.txt'));
    symlinkSync('..', join(inbox, 'loop', 'parent')); // a directory loop for the folder walk
    symlinkSync('.', join(inbox, 'loop', 'self'));
    writeFileSync(join(inbox, 'encrypted.pdf'), await makePdf(1, 'secret'));
    const whole = await makePdf(2);
    writeFileSync(join(inbox, 'truncated.pdf'), whole.subarray(0, Math.floor(whole.length / 3)));
    writeFileSync(join(inbox, 'corrupt.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\n%%EOF');
    writeFileSync(join(inbox, 'pages.pdf'), await makePdf(5));
    writeFileSync(join(inbox, 'bomb.pdf'), makeDeflateBomb(200 * MB));
    writeFileSync(join(inbox, 'archive.pdf'), makeZip('rapport.txt', 'Rapport du Secrétaire général'));
    writeFileSync(join(inbox, 'empty.txt'), '');
    writeFileSync(join(inbox, 'blank.txt'), ' \n\n\t \n');
    writeFileSync(join(inbox, 'binary.dat'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
    const seed000 = readFileSync(SEED('000'), 'utf8');
    writeFileSync(join(inbox, 'nul.txt'), seed000.replace(/\. /g, '.\u0000 '));
    writeFileSync(join(inbox, 'latin1.txt'), latin1(readFileSync(SEED('001'), 'utf8')));
    writeFileSync(join(inbox, 'utf16le.txt'), utf16(readFileSync(SEED('002'), 'utf8'), 'le'));
    writeFileSync(join(inbox, 'utf16be.txt'), utf16(readFileSync(SEED('003'), 'utf8'), 'be'));
    writeFileSync(join(inbox, 'overcap.txt'), Buffer.alloc(13 * MB, 'a'));
    writeFileSync(join(inbox, 'longline.txt'), 'Rapport 170 États. '.repeat(Math.ceil(10_000_000 / 19)).slice(0, 10_000_000));
    writeFileSync(join(inbox, 'deep.html'), deepHtml(100_000));
    writeFileSync(join(inbox, 'swap.txt'), 'Un rapport qui deviendra un tube nommé.');
    writeFileSync(outside, 'Hors des racines: 170 États.');
    symlinkSync(outside, join(sandbox.dir, 'escape-link.txt'));
    const dotdot = join(sandbox.dir, 'inbox', '..', '..', outside.split('/').at(-1)!);

    v4 = await startHostileServer('127.0.0.1');
    v6 = await startHostileServer('::1');
    const port = new URL(v4.url).port;
    const urls = [
      `${v4.url}/loopback`,
      `http://localhost:${port}/redirect`,
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.1/internal',
      `${v6.url}/report`,
      `http://2130706433:${port}/numeric`,
      `http://0x7f.0.0.1:${port}/hex`,
      `http://[::ffff:127.0.0.1]:${port}/mapped`,
      `${v4.url}/endless`,
      `${v4.url}/trickle`,
    ];
    const ingest = await palermo(sandbox, ['ingest', inbox, join(sandbox.dir, 'escape-link.txt'), dotdot, ...urls]);
    expect(ingest.code, ingest.stdout + ingest.stderr).toBe(0);
    // Enqueued as a file, replaced by a FIFO before any worker reads it.
    rmSync(join(inbox, 'swap.txt'));
    execFileSync('mkfifo', [join(inbox, 'swap.txt')]);

    connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    const fetchQueue = new Queue('fetch', { connection, prefix: sandbox.prefix });
    const cleanQueue = new Queue('clean', { connection, prefix: sandbox.prefix });
    jobs.malformed = { queue: fetchQueue, id: (await fetchQueue.add('fetch', MALFORMED, { attempts: 3 })).id! };
    jobs.oversized = { queue: cleanQueue, id: (await cleanQueue.add('clean', OVERSIZED, { attempts: 3 })).id! };

    worker = startPalermo(sandbox, ['work']);
    await eventually(async () => {
      if (worker.exitCode !== null) throw new Error(`the worker exited (${worker.exitCode}):\n${worker.output()}`);
      const [row] = await queryPostgres<{ pending: string }>(
        sandbox,
        `select (select count(*) from ingestions where status not in ('done', 'failed')) + (select count(*) from documents where status not in ('done', 'failed')) as pending`,
      );
      return Number(row?.pending) === 0 ? true : undefined;
    }, 'every source to end done or failed', 220_000, 1_000);
    for (const job of [jobs.malformed!, jobs.oversized!]) {
      await eventually(async () => ((await job.queue.getJob(job.id))?.failedReason ? true : undefined), 'the malformed and oversized jobs to fail', 30_000);
    }
    status = JSON.parse((await palermo(sandbox, ['status', '--json'])).stdout) as Status;
    statusText = (await palermo(sandbox, ['status'])).stdout;
    facts = parseJsonl<Fact>((await palermo(sandbox, ['facts', '--format', 'jsonl'])).stdout);
  }, 420_000);

  afterAll(async () => {
    if (worker && worker.exitCode === null) {
      worker.kill('SIGTERM');
      await exited(worker);
    }
    await Promise.all(Object.values(jobs).map((job) => job.queue.close()));
    connection?.disconnect();
    await v4?.close();
    await v6?.close();
    rmSync(outside, { force: true });
    await sandbox?.cleanup();
  });

  /** The failure reason recorded for a source: on its document, or on its ingestion when no document was read. */
  const reasonFor = (name: string): string | null => {
    const document = status.documents.find((d) => d.source.endsWith(name) && d.status === 'failed');
    if (document) return document.lastError;
    const ingestion = status.failedIngestions.find((i) => (i.source.path ?? i.source.url ?? '').endsWith(name));
    return ingestion?.lastError ?? null;
  };

  const EXPECTED: Array<[string, RegExp]> = [
    ['encrypted.pdf', /encrypted\.pdf: the PDF is encrypted/],
    ['truncated.pdf', /truncated\.pdf: /],
    ['corrupt.pdf', /corrupt\.pdf: not a readable PDF/],
    ['pages.pdf', /pages\.pdf: PDF of .*PDF_MAX_PAGES/],
    ['bomb.pdf', /bomb\.pdf: the PDF parser ran out of its 256 MB \(PDF_MAX_MEMORY_MB/],
    ['archive.pdf', /archive\.pdf: unsupported content/],
    ['empty.txt', /empty\.txt: the file is empty/],
    ['blank.txt', /blank\.txt: no text in the document/],
    ['binary.dat', /binary\.dat: unsupported content/],
    ['overcap.txt', /overcap\.txt: \d+ bytes, more than the limit of 12582912 \(FETCH_MAX_BYTES\)/],
    ['longline.txt', /longline\.txt: a line of 10000000 characters, more than the limit of 100000 \(TEXT_MAX_LINE_CHARS\)/],
    ['deep.html', /deep\.html: HTML nested more than 1000 elements deep/],
    ['swap.txt', /swap\.txt: not a regular file \(a FIFO\)/],
    ['escape-link.txt', /escape-link\.txt: outside the configured file roots/],
    [outside.split('/').at(-1)!, /palermo-outside-.*\.txt: outside the configured file roots/],
    ['/loopback', /^http:\/\/127\.0\.0\.1:\d+\/loopback: resolves to a private or loopback address \(127\.0\.0\.1\)/],
    ['/redirect', /^http:\/\/localhost:\d+\/redirect: resolves to a private or loopback address \((127\.0\.0\.1|::1)\)/],
    ['/latest/meta-data/', /^http:\/\/169\.254\.169\.254\/latest\/meta-data\/: resolves to a private or loopback address \(169\.254\.169\.254\)/],
    ['/internal', /^http:\/\/10\.0\.0\.1\/internal: resolves to a private or loopback address \(10\.0\.0\.1\)/],
    ['/numeric', /^http:\/\/127\.0\.0\.1:\d+\/numeric: resolves to a private or loopback address/],
    ['/hex', /^http:\/\/127\.0\.0\.1:\d+\/hex: resolves to a private or loopback address/],
    ['/mapped', /^http:\/\/\[::ffff:7f00:1\]:\d+\/mapped: resolves to a private or loopback address/],
    ['/endless', /^http:\/\/127\.0\.0\.1:\d+\/endless: resolves to a private or loopback address/],
    ['/trickle', /^http:\/\/127\.0\.0\.1:\d+\/trickle: resolves to a private or loopback address/],
  ];

  it.each(EXPECTED)('fails %s with a reason that names it', (name, reason) => {
    expect(reasonFor(name), `${name} in ${JSON.stringify(status, null, 1).slice(0, 4000)}`).toMatch(reason);
  });

  it('fails the IPv6 loopback URL, naming it', () => {
    expect(status.failedIngestions.map((i) => `${i.source.url} ${i.lastError}`)).toContainEqual(expect.stringMatching(/^http:\/\/\[::1\]:\d+\/report http:\/\/\[::1\]:\d+\/report: resolves to a private or loopback address \(::1\)/));
  });

  it('never sent a request to a loopback server', () => {
    expect(v4.requests).toEqual([]);
    expect(v6.requests).toEqual([]);
  });

  it('fails the malformed and the oversized job once, with a readable reason, and counts them in status', async () => {
    const malformed = await jobs.malformed!.queue.getJob(jobs.malformed!.id);
    expect(malformed?.failedReason).toMatch(/^invalid fetch payload.*ingestionId/s);
    expect(malformed?.attemptsMade).toBe(1);
    const oversized = await jobs.oversized!.queue.getJob(jobs.oversized!.id);
    expect(oversized?.failedReason).toMatch(/^invalid clean payload: \d+ bytes, more than the limit of 16384/);
    expect(oversized?.attemptsMade).toBe(1);
    expect(status.queues.find((q) => q.stage === 'fetch')?.counts.failed).toBeGreaterThanOrEqual(1);
    expect(status.queues.find((q) => q.stage === 'clean')?.counts.failed).toBeGreaterThanOrEqual(1);
  });

  /** What storage must have recorded of the two refused jobs: queue, job id, reason, size and start of the payload. */
  const expectedRefusals = () => [
    {
      queue: 'fetch', jobId: jobs.malformed!.id, reason: expect.stringMatching(/^invalid fetch payload.*ingestionId/s),
      payloadBytes: JSON.stringify(MALFORMED).length, payloadHead: JSON.stringify(MALFORMED), rejectedAt: expect.any(String),
    },
    {
      queue: 'clean', jobId: jobs.oversized!.id, reason: expect.stringMatching(/^invalid clean payload: 200\d\d\d bytes, more than the limit of 16384/),
      payloadBytes: JSON.stringify(OVERSIZED).length, payloadHead: JSON.stringify(OVERSIZED).slice(0, 200), rejectedAt: expect.any(String),
    },
  ];

  it('records the malformed and the oversized job in storage, with their reason, and shows them in status', () => {
    expect(status.rejectedJobs).toEqual(expect.arrayContaining(expectedRefusals()));
    expect(status.rejectedJobs).toHaveLength(2);
    const section = statusText.slice(statusText.indexOf('Jobs refused before naming a document'));
    expect(section, statusText).toMatch(/^Jobs refused before naming a document/);
    expect(section).toMatch(new RegExp(`\\nfetch +${jobs.malformed!.id} +${JSON.stringify(MALFORMED).length} +invalid fetch payload: .*ingestionId`));
    expect(section).toMatch(new RegExp(`\\nclean +${jobs.oversized!.id} +${JSON.stringify(OVERSIZED).length} +invalid clean payload: ${JSON.stringify(OVERSIZED).length} bytes, more than the limit of 16384`));
  });

  it('completes the good documents, the folder with a directory loop included', () => {
    for (const name of ['good-000.txt', 'good-002.txt', 'loop/good-001.txt', 'nul.txt', 'latin1.txt', 'utf16le.txt', 'utf16be.txt']) {
      expect(status.documents.find((d) => d.source.endsWith(name)), name).toMatchObject({ stage: 'done', status: 'done' });
    }
  });

  it('reads UTF-16 (LE and BE) and NUL-laden text to the same facts as their UTF-8 originals, and Latin-1 French correctly', () => {
    const of = (name: string) => facts.filter((f) => f.source.endsWith(name)).map((f) => `${f.kind} ${JSON.stringify(f.value)} ${f.quote}`).sort();
    expect(of('good-002.txt').length).toBeGreaterThan(0);
    expect(of('utf16le.txt')).toEqual(of('good-002.txt'));
    expect(of('utf16be.txt')).toEqual(of('003_fe48b1f1ca8da9ce.txt'));
    expect(of('nul.txt')).toEqual(of('good-000.txt'));
    expect(of('nul.txt').join('\n')).not.toContain('\u0000');
    expect(of('latin1.txt').length).toBeGreaterThan(0);
    expect(of('latin1.txt').join('\n')).toMatch(/États/);
  });

  it('kept the worker alive and left what was stored before untouched', () => {
    expect(worker.exitCode).toBeNull();
    expect(status.documents.find((d) => d.source.endsWith('003_fe48b1f1ca8da9ce.txt'))).toMatchObject({ status: 'done' });
    const seed2008 = facts.filter((f) => f.source.endsWith('003_fe48b1f1ca8da9ce.txt'));
    expect(seed2008.map((f) => JSON.stringify(f)).join('\n')).toBe(parseJsonl<Fact>(factsBefore).map((f) => JSON.stringify(f)).join('\n'));
  });

  it('shows the same failures through the API', async () => {
    const server = await startServer(sandbox, ['--no-workers']);
    try {
      const response = await fetch(`${server.url}/documents?status=failed`, { headers: { authorization: `Bearer ${API_TOKEN}` } });
      expect(response.status).toBe(200);
      const body = JSON.stringify(await response.json());
      for (const name of ['encrypted.pdf', 'corrupt.pdf', 'pages.pdf', 'longline.txt', 'deep.html']) expect(body, name).toContain(name);
      // Sources refused before a document existed show on their ingestion, with the same reason.
      const ingestions = (await (await fetch(`${server.url}/ingestions?status=failed`, { headers: { authorization: `Bearer ${API_TOKEN}` } })).json()) as { ingestions: Array<{ lastError: string }> };
      const reasons = ingestions.ingestions.map((i) => i.lastError);
      for (const [name, reason] of EXPECTED) expect(reasons, name).toContainEqual(expect.stringMatching(reason));
      // Jobs refused before naming a document show in the status, and the API describes it.
      const apiStatus = (await (await fetch(`${server.url}/status`, { headers: { authorization: `Bearer ${API_TOKEN}` } })).json()) as Status;
      expect(apiStatus.rejectedJobs).toEqual(expect.arrayContaining(expectedRefusals()));
      expect(apiStatus.rejectedJobs).toHaveLength(2);
      const metrics = await (await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${API_TOKEN}` } })).text();
      expect(metrics).toMatch(/^palermo_rejected_jobs_total\{queue="fetch"\} 1$/m);
      expect(metrics).toMatch(/^palermo_rejected_jobs_total\{queue="clean"\} 1$/m);
      const openapi = (await (await fetch(`${server.url}/openapi.json`)).json()) as { paths: Record<string, { get?: { responses?: Record<string, { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> }> } }> };
      expect(Object.keys(openapi.paths['/status']?.get?.responses?.['200']?.content?.['application/json']?.schema?.properties ?? {})).toContain('rejectedJobs');
    } finally {
      await server.stop();
    }
  });
});
