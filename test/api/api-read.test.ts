// The HTTP API over the seeds, as a consumer and an operator use it: `palermo ingest seeds`,
// then `palermo serve --no-workers` (the process that owns the database), on both backends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACT_FIELDS } from '@palermo/contracts';
import { createSandbox, palermo, parseJsonl, SEEDS, type Backend, type Sandbox } from '../support/harness.ts';
import { basicAuth, bearer, startServer, type Server } from './serve.ts';

interface Fact {
  document: string;
  kind: string;
  value: number | null;
  instrument: string | null;
  fund: string | null;
  measure: string | null;
  as_of: string | null;
  paragraph: number | null;
  footnote: number | null;
  span: [number, number];
  quote: string;
}

const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;

describe.each<Backend>(['postgres', 'pglite'])('the HTTP API over the seeds (%s)', (backend) => {
  let sandbox: Sandbox;
  let server: Server;

  beforeAll(async () => {
    sandbox = await createSandbox(backend);
    const ingest = await palermo(sandbox, ['ingest', SEEDS, '--wait']);
    expect(ingest.code, ingest.stdout + ingest.stderr).toBe(0);
    server = await startServer(sandbox, ['--no-workers']);
  });

  afterAll(async () => {
    if (server) expect(await server.stop(), server.output()).toBe(0);
    await sandbox?.cleanup();
  });

  it('answers /health and /ready', async () => {
    expect(await json(await server.get('/health'))).toEqual({ status: 'ok' });
    const ready = await server.get('/ready');
    expect(ready.status).toBe(200);
    expect(await json(ready)).toMatchObject({ status: 'ready', checks: { redis: { ok: true }, database: { ok: true } } });
  });

  it('shows 150, 170 and 181 States parties to the Trafficking Protocol, in date order, each with its source', async () => {
    const { points } = await json<{ points: Array<Fact & { date: string; source: string }> }>(await server.get('/timeline/treaty-parties?instrument=trafficking_protocol'));
    expect(points.map((p) => p.value)).toEqual([150, 170, 181]);
    expect(points.map((p) => p.date)).toEqual([...points.map((p) => p.date)].sort());
    for (const point of points) {
      expect(point.quote).toContain(String(point.value));
      expect(point.paragraph).toBeGreaterThan(0);
      expect(point.source).toMatch(/\/seeds\//);
      expect(point.as_of).toBeTruthy();
    }
  });

  it("shows the Trust Fund's figures over time", async () => {
    const { points } = await json<{ points: Fact[] }>(await server.get('/timeline/fund'));
    expect(points.map((p) => p.measure)).toEqual(expect.arrayContaining(['grants_awarded', 'received_since_creation']));
    const grants = await json<{ points: Fact[] }>(await server.get('/timeline/fund?measure=grants_awarded'));
    expect(grants.points.every((p) => p.measure === 'grants_awarded')).toBe(true);
  });

  it('filters facts and gives exactly the contract’s fields in JSON, JSON Lines and CSV', async () => {
    const all = await json<{ count: number; facts: Fact[] }>(await server.get('/facts'));
    expect(all.count).toBeGreaterThan(20);
    expect(Object.keys(all.facts[0]!)).toEqual([...FACT_FIELDS]);

    const parties = await json<{ facts: Fact[] }>(await server.get('/facts?kind=treaty_parties&instrument=trafficking_protocol'));
    expect(parties.facts.map((f) => f.value).sort()).toEqual([150, 170, 181]);
    const in2016 = await json<{ facts: Fact[] }>(await server.get('/facts?kind=treaty_parties&from=2016&to=2016-12-31'));
    expect(in2016.facts.map((f) => f.value).sort()).toEqual([170, 187]);
    const money = await json<{ facts: Fact[] }>(await server.get('/facts?fund=trafficking_victims_trust_fund&measure=grants_awarded'));
    expect(money.facts.length).toBeGreaterThan(0);
    expect(money.facts.every((f) => f.kind === 'money' && f.measure === 'grants_awarded')).toBe(true);
    const ofOne = await json<{ facts: Fact[] }>(await server.get(`/facts?document=${parties.facts[0]!.document.slice(0, 10)}`));
    expect(ofOne.facts.every((f) => f.document === parties.facts[0]!.document)).toBe(true);

    const jsonl = await server.get('/facts?kind=treaty_parties', { accept: 'application/x-ndjson' });
    expect(jsonl.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = parseJsonl<Fact>(await jsonl.text());
    expect(lines).toHaveLength(4);
    expect(Object.keys(lines[0]!)).toEqual([...FACT_FIELDS]);
    expect(await (await server.get('/facts?kind=treaty_parties&format=jsonl')).text()).toBe(lines.map((l) => `${JSON.stringify(l)}\n`).join(''));

    const csv = await server.get('/facts?kind=treaty_parties', { accept: 'text/csv' });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = (await csv.text()).trim().split('\r\n');
    expect(rows[0]).toBe(FACT_FIELDS.join(','));
    expect(rows).toHaveLength(5);
  });

  it('refuses bad filters with a 4xx and one error format', async () => {
    const cases: Array<[string, number, RegExp]> = [
      ['/facts?kind=treaty', 400, /kind/],
      ['/facts?colour=blue', 400, /unknown parameter "colour"/],
      ['/facts?from=2016-13-01', 400, /from: expected a date/],
      ['/facts?from=2020&to=2010', 400, /from is after to/],
      ['/facts?document=xyz', 400, /document/],
      ['/timeline/treaty-parties?instrument=nope', 400, /instrument/],
      ['/search?q=', 400, /q/],
      ['/documents/zz', 400, /document id/],
      ['/documents/0000000000', 404, /no document/],
      ['/nowhere', 404, /no route/],
    ];
    for (const [path, status, message] of cases) {
      const response = await server.get(path);
      const body = await json<{ error: { code: string; message: string } }>(response);
      expect(response.status, path).toBe(status);
      expect(body.error.message, path).toMatch(message);
      expect(typeof body.error.code, path).toBe('string');
    }
    const notAcceptable = await server.get('/facts', { accept: 'application/xml' });
    expect(notAcceptable.status).toBe(406);
  });

  it('tells traite (trafficking) from traité (treaty) in French full-text search', async () => {
    type Search = { total: number; words: Array<{ mode: string }>; results: Array<{ snippet: string; paragraph: number | null; footnote: number | null; document: string; section: unknown }> };
    const traite = await json<Search>(await server.get(`/search?q=${encodeURIComponent('traite')}&limit=100`));
    expect(traite.total).toBeGreaterThan(50);
    expect(traite.results.every((r) => /<mark>traites?<\/mark>/i.test(r.snippet))).toBe(true);
    expect(traite.results.some((r) => /<mark>trait[éè]/i.test(r.snippet))).toBe(false);
    // The 2008 report cites the treaty series in a footnote, "Recueil des Traités": not trafficking.
    const all: Search['results'] = [...traite.results];
    for (let offset = 100; offset < traite.total; offset += 100) {
      all.push(...(await json<Search>(await server.get(`/search?q=traite&limit=100&offset=${offset}`))).results);
    }
    expect(all).toHaveLength(traite.total);
    expect(all.filter((r) => /Recueil des/.test(r.snippet))).toEqual([]);
    expect((await json<Search>(await server.get(`/search?q=${encodeURIComponent('traité recueil')}`))).total).toBe(1);

    const traiteAccent = await json<Search>(await server.get(`/search?q=${encodeURIComponent('traité')}`));
    expect(traiteAccent.total).toBeGreaterThan(0);
    expect(traiteAccent.total).toBeLessThan(5);
    expect(traiteAccent.results.map((r) => r.snippet).join(' ')).toMatch(/Recueil des <mark>Traités<\/mark>/);
    for (const result of traiteAccent.results) expect(result.snippet).not.toMatch(/<mark>traite<\/mark>/i);

    const etats = await json<Search>(await server.get('/search?q=etats+parties'));
    expect(etats.total).toBeGreaterThan(5);
    expect(etats.results[0]!.snippet).toMatch(/<mark>États<\/mark>/);
    expect(etats.results[0]).toMatchObject({ document: expect.stringMatching(/^[0-9a-f]{64}$/), paragraph: expect.any(Number) });
  });

  it('lists documents and shows one with its outline, history and paragraphs', async () => {
    const { documents } = await json<{ documents: Array<{ id: string; status: string; facts: number }> }>(await server.get('/documents?status=done'));
    expect(documents).toHaveLength(4);
    expect((await json<{ documents: unknown[] }>(await server.get('/documents?status=failed'))).documents).toHaveLength(0);
    const [parties] = (await json<{ facts: Fact[] }>(await server.get('/facts?kind=treaty_parties&instrument=trafficking_protocol&from=2016&to=2016'))).facts;
    const detail = await json<{ outline: Array<{ firstParagraph: number | null }>; history: Array<{ stage: string; outcome: string }> }>(await server.get(`/documents/${parties!.document.slice(0, 12)}`));
    expect(detail.outline.length).toBeGreaterThan(2);
    expect(detail.history.map((run) => run.stage)).toEqual(['fetch', 'clean', 'segment', 'extract-figures', 'index']);
    const paragraph = await json<{ paragraph: { number: number; text: string }; facts: Fact[] }>(await server.get(`/documents/${parties!.document}/paragraphs/${parties!.paragraph}`));
    expect(paragraph.paragraph.text).toContain(parties!.quote);
    expect(paragraph.facts.map((f) => f.value)).toContain(170);
  });

  it('guards /admin/queues: 401 without credentials, 200 with the token or basic auth', async () => {
    const closed = await server.get('/admin/queues');
    expect(closed.status).toBe(401);
    expect(closed.headers.get('www-authenticate')).toMatch(/^Basic/);
    expect((await server.get('/admin/queues', { authorization: 'Bearer wrong-token-0123456789' })).status).toBe(401);
    expect((await server.get('/admin/queues', bearer)).status).toBe(200);
    expect((await server.get('/admin/queues', basicAuth)).status).toBe(200);
    const api = await json<{ queues: Array<{ name: string }> }>(await server.get('/admin/queues/api/queues', basicAuth));
    expect(api.queues.map((q) => q.name).sort()).toEqual(['clean', 'extract-figures', 'fetch', 'index', 'segment']);
  });

  it('exports Prometheus metrics for queues, stages, documents and facts', async () => {
    const response = await server.get('/metrics');
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^palermo_queue_jobs\{queue="fetch",state="completed"\} 4$/m);
    expect(text).toMatch(/^palermo_queue_jobs\{queue="index",state="waiting"\} 0$/m);
    expect(text).toMatch(/^palermo_documents\{stage="done",status="done"\} 4$/m);
    expect(text).toMatch(/^palermo_facts\{kind="treaty_parties"\} 4$/m);
    expect(text).toMatch(/^palermo_stage_duration_seconds_count\{stage="segment",outcome="done"\} 4$/m);
    expect(text).toMatch(/^palermo_stage_duration_seconds_bucket\{stage="segment",outcome="done",le="\+Inf"\} 4$/m);
    expect(text).toMatch(/^# TYPE palermo_stage_failures_total counter$/m);
    // Paces over the last 5 minutes: the seeds were ingested just before, 4 documents at most per 300 s.
    for (const stage of ['fetch', 'clean', 'segment', 'extract-figures', 'index']) {
      const pace = Number(new RegExp(`^palermo_stage_documents_per_second\\{stage="${stage}"\\} (\\S+)$`, 'm').exec(text)?.[1]);
      expect(pace, stage).toBeGreaterThan(0);
      expect(pace, stage).toBeLessThanOrEqual(4 / 300);
    }
    expect(text).toMatch(/^palermo_pages_per_second 0$/m); // the seeds are text: no page is counted
  });

  it('publishes an OpenAPI document built from the same schemas', async () => {
    const openapi = await json<{ openapi: string; paths: Record<string, { get?: { parameters?: Array<{ name: string }> } }> }>(await server.get('/openapi.json'));
    expect(openapi.openapi).toMatch(/^3\./);
    expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/facts', '/timeline/treaty-parties', '/timeline/fund', '/documents/{id}/paragraphs/{number}', '/search', '/ingest', '/metrics']));
    expect(openapi.paths['/facts']!.get!.parameters!.map((p) => p.name)).toEqual(['kind', 'instrument', 'fund', 'measure', 'document', 'from', 'to', 'format']);
  });
});
