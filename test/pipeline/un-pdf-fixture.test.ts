// The real UN PDF in test/fixtures (General Assembly resolution 80/228, in English): its page
// furniture never reaches the text, and, stating no figures, it yields no facts.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, palermo, parseJsonl, FIXTURES, type Sandbox } from '../support/harness.ts';

const FIXTURE = join(FIXTURES, 'un-pdfs', 'A_RES_80_228.pdf');

describe('the UN resolution PDF', () => {
  let sandbox: Sandbox;
  let document: { document: { status: string }; metadata: { symbol: string | null; language: string }; paragraphs: Array<{ text: string }> };

  beforeAll(async () => {
    sandbox = await createSandbox('pglite');
    const ingest = await palermo(sandbox, ['ingest', FIXTURE, '--wait']);
    expect(ingest.code, ingest.stdout + ingest.stderr).toBe(0);
    document = JSON.parse((await palermo(sandbox, ['document', 'A_RES_80_228.pdf', '--format', 'json'])).stdout) as typeof document;
  });

  afterAll(async () => {
    await sandbox?.cleanup();
  });

  it('is read through every stage, its symbol found and its language told', () => {
    expect(document.document.status).toBe('done');
    expect(document.metadata.symbol).toBe('A/RES/80/228');
    expect(document.metadata.language).toBe('en');
  });

  it('keeps the job number, barcode and page numbers out of the paragraphs', () => {
    expect(document.paragraphs.length).toBeGreaterThan(10);
    for (const paragraph of document.paragraphs) {
      expect(paragraph.text).not.toMatch(/25-20946|\*2520946\*|\b\d{1,2}\/14\b/);
    }
  });

  it('yields no invented facts', async () => {
    const facts = parseJsonl((await palermo(sandbox, ['facts', '--format', 'jsonl'])).stdout);
    expect(facts).toEqual([]);
  });
});
