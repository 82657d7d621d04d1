// The whole pipeline as a person runs it: `palermo ingest seeds --wait`, then `palermo facts`,
// through real Redis into both PGlite (the embedded default) and a PostgreSQL server.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAGES, type StageFigures } from '@palermo/contracts';
import { createSandbox, palermo, parseJsonl, SEEDS, type Backend, type Sandbox } from '../support/harness.ts';

interface FactLine {
  document: string;
  source: string;
  kind: string;
  value: number | null;
  currency: string | null;
  instrument: string | null;
  fund: string | null;
  measure: string | null;
  qualifier: string | null;
  as_of: string | null;
  paragraph: number | null;
  span: [number, number];
  quote: string;
  flags: string[];
}

const SEED_2016 = '000_644ba19c34dcf5cf.txt';
const SEED_2023 = '001_4f7ec48e7529aa45.txt';
const SEED_2012 = '002_6dceaf7ad839cf46.txt';

const fromSeed = (facts: FactLine[], seed: string) => facts.filter((fact) => fact.source.endsWith(`/seeds/${seed}`));
const parties = (facts: FactLine[], instrument: string) =>
  facts.filter((fact) => fact.kind === 'treaty_parties' && fact.instrument === instrument);
const money = (facts: FactLine[], measure: string, value: number) =>
  facts.find((fact) => fact.kind === 'money' && fact.measure === measure && fact.value === value);

describe.each<Backend>(['pglite', 'postgres'])('ingesting the seeds (%s)', (backend) => {
  let sandbox: Sandbox;
  let facts: FactLine[];

  beforeAll(async () => {
    sandbox = await createSandbox(backend);
    const ingest = await palermo(sandbox, ['ingest', SEEDS, '--wait']);
    expect(ingest.stderr).not.toMatch(/"level":(50|60)/);
    expect(ingest.code, ingest.stdout + ingest.stderr).toBe(0);
    expect(ingest.stdout).toContain('4 done, 0 failed');
    const listed = await palermo(sandbox, ['facts', '--format', 'jsonl']);
    expect(listed.code, listed.stderr).toBe(0);
    facts = parseJsonl<FactLine>(listed.stdout);
  });

  afterAll(async () => {
    await sandbox?.cleanup();
  });

  it('finds the States parties to the Trafficking Protocol in three reports', () => {
    const p2016 = parties(fromSeed(facts, SEED_2016), 'trafficking_protocol');
    expect(p2016).toContainEqual(expect.objectContaining({ value: 170, as_of: '2016-11-08' }));
    expect(parties(fromSeed(facts, SEED_2023), 'trafficking_protocol').map((f) => f.value)).toContain(181);
    expect(parties(fromSeed(facts, SEED_2012), 'trafficking_protocol').map((f) => f.value)).toContain(150);
  });

  it("finds the Convention's 187 parties as of 8 November 2016", () => {
    expect(parties(fromSeed(facts, SEED_2016), 'organized_crime_convention')).toContainEqual(
      expect.objectContaining({ value: 187, as_of: '2016-11-08' }),
    );
  });

  it("finds the Trust Fund's money figures with currency and qualifier", () => {
    const recent = [...fromSeed(facts, SEED_2016), ...fromSeed(facts, SEED_2023)];
    expect(money(recent, 'grants_awarded', 2_000_000)).toMatchObject({ currency: 'USD' });
    expect(money(recent, 'distributed', 6_000_000)).toMatchObject({ currency: 'USD', qualifier: 'more_than' });
    expect(money(recent, 'received_in_period', 1_000_000)).toMatchObject({ currency: 'USD' });
    expect(money(recent, 'annual_target', 1_500_000)).toMatchObject({ currency: 'USD' });
    expect(money(recent, 'received_since_creation', 9_800_000)).toMatchObject({ currency: 'USD' });
    expect(money(fromSeed(facts, SEED_2012), 'max_grant', 25_000)).toMatchObject({ currency: 'USD', qualifier: 'up_to' });
  });

  it('gives every fact its document, source, paragraph and quote', () => {
    expect(facts.length).toBeGreaterThan(20);
    for (const fact of facts) {
      expect(fact.document).toMatch(/^[0-9a-f]{64}$/);
      expect(fact.source).toMatch(/\/seeds\/00\d_[0-9a-f]+\.txt$/);
      expect(fact.quote.length).toBeGreaterThan(10);
      expect(fact.span[1]).toBeGreaterThan(fact.span[0]);
    }
    const protocol2016 = parties(fromSeed(facts, SEED_2016), 'trafficking_protocol').find((f) => f.value === 170)!;
    expect(protocol2016.paragraph).toBeGreaterThan(0);
    expect(protocol2016.quote).toMatch(/170/);
  });

  it("shows each stage's attempts, durations and pace in palermo status --json", async () => {
    const listed = await palermo(sandbox, ['status', '--json']);
    expect(listed.code, listed.stderr).toBe(0);
    const status = JSON.parse(listed.stdout) as { documents: unknown[]; stages: StageFigures[] };
    expect(status.stages.map((s) => s.stage)).toEqual([...STAGES]);
    for (const figures of status.stages) {
      // One attempt per document and stage: the seeds are small and valid, nothing is retried.
      expect(figures, figures.stage).toMatchObject({ attempts: status.documents.length, done: 4, failures: 0 });
      expect(figures.medianMs, figures.stage).toBeGreaterThan(0);
      expect(figures.p95Ms, figures.stage).toBeGreaterThanOrEqual(figures.medianMs!);
      // The four were done within the hour: 4 per 60 minutes, and no more than 4 per 5 minutes.
      expect(figures.perMinute60m, figures.stage).toBeCloseTo(4 / 60, 10);
      expect(figures.perMinute5m, figures.stage).toBeLessThanOrEqual(4 / 5);
    }
    const table = await palermo(sandbox, ['status']);
    expect(table.stdout).toMatch(/^stage\s+attempts\s+done\s+failures\s+median\s+p95\s+\/min 5 min\s+\/min 60 min$/m);
    expect(table.stdout).toMatch(/^segment\s+4\s+4\s+0\s+\d+(\.\d)? m?s\s+/m);
  });

  it('counts the documents by status in palermo status, and lists the most recently updated of each', async () => {
    const rows = (stdout: string) => stdout.split('\n').filter((line) => /^[0-9a-f]{12} {2}/.test(line));
    const one = await palermo(sandbox, ['status', '--documents', '1']);
    expect(one.stdout).toContain('Documents (4 documents: 4 done; the 1 most recently updated of each status shown, --documents all for every one)');
    expect(rows(one.stdout)).toHaveLength(1);
    const every = await palermo(sandbox, ['status', '--documents', 'all']);
    expect(every.stdout).toContain('Documents (4 documents: 4 done)\n');
    expect(rows(every.stdout)).toHaveLength(4);
    expect(rows((await palermo(sandbox, ['status'])).stdout)).toHaveLength(4); // 20 of each status by default
    const refused = await palermo(sandbox, ['status', '--documents', 'some']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('a whole number, or all');
  });

  it('creates no second document and no duplicate fact when the same reports come again', async () => {
    const again = await palermo(sandbox, ['ingest', SEEDS, '--wait']);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    const relisted = parseJsonl<FactLine>((await palermo(sandbox, ['facts', '--format', 'jsonl'])).stdout);
    expect(relisted).toEqual(facts);
    const status = JSON.parse((await palermo(sandbox, ['status', '--json'])).stdout) as { documents: Array<{ status: string }> };
    expect(status.documents).toHaveLength(4);
    expect(status.documents.every((d) => d.status === 'done')).toBe(true);
  });

  it('flags a States-parties figure that falls as dates advance, across documents', async () => {
    const later = join(sandbox.dir, 'note-2024.txt');
    writeFileSync(later, 'Note sur la traite des personnes\n\n1. Au 1er mars 2024, le Protocole relatif à la traite des personnes comptait 175 États parties.\n');
    const ingest = await palermo(sandbox, ['ingest', later, '--wait']);
    expect(ingest.code, ingest.stdout + ingest.stderr).toBe(0);
    const all = parseJsonl<FactLine>((await palermo(sandbox, ['facts', '--kind', 'treaty_parties', '--format', 'jsonl'])).stdout);
    const protocol = all.filter((f) => f.instrument === 'trafficking_protocol');
    expect(protocol.find((f) => f.value === 175)).toMatchObject({ as_of: '2024-03-01', flags: expect.arrayContaining(['parties_fell']) });
    for (const value of [150, 170, 181]) expect(protocol.find((f) => f.value === value)?.flags).not.toContain('parties_fell');
  });
});
