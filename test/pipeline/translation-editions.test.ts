// A report and its translation (same symbol, another language) are linked as editions, their facts
// are reconciled one to one, and a figure that disagrees between them is flagged on both. The pair
// in test/fixtures/editions/ was written for this test: the English edition gives 2.4 million where
// the French gives 2.5 million; every other figure agrees. A German text ingested beside them is a
// language palermo does not read: no facts, and a warning `palermo document` and the API show.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, startServer } from '../api/serve.ts';
import { createSandbox, FIXTURES, palermo, parseJsonl, type Sandbox } from '../support/harness.ts';

interface FactLine {
  document: string;
  kind: string;
  value: number | null;
  language: string | null;
  flags: string[];
  paragraph: number | null;
}

describe('language editions', () => {
  let sandbox: Sandbox;
  let facts: FactLine[];
  const french = join(FIXTURES, 'editions', 'A_80_999_fr.txt');
  const english = join(FIXTURES, 'editions', 'A_80_999_en.txt');
  const german = join(FIXTURES, 'languages', 'bericht-de.txt');

  beforeAll(async () => {
    sandbox = await createSandbox('postgres');
    const ingest = await palermo(sandbox, ['ingest', french, english, german, '--wait']);
    expect(ingest.code, ingest.stdout + ingest.stderr).toBe(0);
    facts = parseJsonl<FactLine>((await palermo(sandbox, ['facts', '--format', 'jsonl'])).stdout);
  }, 240_000);

  afterAll(async () => {
    await sandbox?.cleanup();
  });

  it('reads each edition in its own language', () => {
    const languages = new Set(facts.map((f) => f.language));
    expect(languages).toEqual(new Set(['fr', 'en']));
    expect(facts.filter((f) => f.language === 'fr')).toHaveLength(facts.filter((f) => f.language === 'en').length);
  });

  it('flags the one figure that disagrees, on both editions, and nothing else', () => {
    const flagged = facts.filter((f) => f.flags.includes('translation_mismatch'));
    expect(flagged.map((f) => [f.language, f.kind, f.value]).sort()).toEqual([['en', 'money', 2.4e6], ['fr', 'money', 2.5e6]]);
    const parties = facts.filter((f) => f.kind === 'treaty_parties');
    expect(parties).toHaveLength(2);
    for (const f of parties) expect(f.flags).not.toContain('translation_mismatch');
  });

  it('shows the other edition in `palermo document`', async () => {
    const frenchId = facts.find((f) => f.language === 'fr')!.document;
    const englishId = facts.find((f) => f.language === 'en')!.document;
    const text = await palermo(sandbox, ['document', frenchId.slice(0, 12)]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('Other editions');
    expect(text.stdout).toMatch(new RegExp(`en\\s+${englishId.slice(0, 12)}\\s+.*A_80_999_en\\.txt`));
    const json = JSON.parse((await palermo(sandbox, ['document', englishId.slice(0, 12), '--format', 'json'])).stdout) as { editions: Array<{ documentId: string; language: string }> };
    expect(json.editions).toEqual([expect.objectContaining({ documentId: frenchId, language: 'fr' })]);
  });

  it('shows the other edition and what extraction reported through the API', async () => {
    const frenchId = facts.find((f) => f.language === 'fr')!.document;
    const englishId = facts.find((f) => f.language === 'en')!.document;
    const server = await startServer(sandbox, ['--no-workers']);
    try {
      const detail = (await (await server.get(`/documents/${frenchId}`, bearer)).json()) as { editions: Array<{ id: string; language: string }>; extraction: { facts: number; warnings: string[] } };
      expect(detail.editions).toEqual([expect.objectContaining({ id: englishId, language: 'en' })]);
      expect(detail.extraction).toEqual({ facts: facts.filter((f) => f.document === frenchId).length, warnings: [], errors: [] });
    } finally {
      expect(await server.stop(), server.output()).toBe(0);
    }
  });

  it('reads nothing of a German text, and says so in `palermo document`', async () => {
    const documents = JSON.parse((await palermo(sandbox, ['status', '--json'])).stdout) as { documents: Array<{ id: string; source: string; status: string }> };
    const germanDocument = documents.documents.find((d) => d.source.endsWith('bericht-de.txt'));
    expect(germanDocument?.status).toBe('done');
    expect(facts.filter((f) => f.document === germanDocument!.id)).toEqual([]);
    const text = await palermo(sandbox, ['document', germanDocument!.id.slice(0, 12)]);
    expect(text.stdout).toMatch(/Extraction: 0 facts[^\n]*\n\s+warning: language "de" is not read by the extractor/);
  });
});
