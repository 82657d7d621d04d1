// Files that cannot be read fail their own document with a clear reason, the other documents of
// the same ingest complete, and what was stored before is not touched.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, palermo, SEEDS, type Sandbox } from '../support/harness.ts';

interface Status {
  documents: Array<{ source: string; stage: string; status: string; lastError: string | null }>;
  failedIngestions: Array<{ source: { path: string }; lastError: string }>;
}

describe('bad input', () => {
  let sandbox: Sandbox;
  let factsBefore: string;
  let ingest: { code: number; stdout: string; stderr: string };
  let status: Status;

  beforeAll(async () => {
    sandbox = await createSandbox('pglite');
    const first = await palermo(sandbox, ['ingest', join(SEEDS, '003_fe48b1f1ca8da9ce.txt'), '--wait']);
    expect(first.code, first.stderr).toBe(0);
    factsBefore = (await palermo(sandbox, ['facts', '--format', 'jsonl'])).stdout;

    const folder = join(sandbox.dir, 'inbox');
    mkdirSync(folder);
    copyFileSync(join(SEEDS, '002_6dceaf7ad839cf46.txt'), join(folder, 'good.txt'));
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'corrupt.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\n%%EOF');
    writeFileSync(join(folder, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    ingest = await palermo(sandbox, ['ingest', folder, join(sandbox.dir, 'missing.txt'), '--wait']);
    status = JSON.parse((await palermo(sandbox, ['status', '--json'])).stdout) as Status;
  });

  afterAll(async () => {
    await sandbox?.cleanup();
  });

  it('exits non-zero and names each bad source with its reason', () => {
    expect(ingest.code).toBe(1);
    expect(ingest.stderr).toMatch(/missing\.txt: no such file or folder/);
    expect(ingest.stdout).toMatch(/corrupt\.pdf\s+fetch failed: .*corrupt\.pdf: not a readable PDF/);
    expect(ingest.stdout).toMatch(/empty\.txt\s+fetch failed: .*empty\.txt: the file is empty/);
    expect(ingest.stdout).toMatch(/image\.png\s+fetch failed: .*image\.png: unsupported content/);
  });

  it('shows the failures in `palermo status`', () => {
    const corrupt = status.documents.find((d) => d.source.endsWith('corrupt.pdf'));
    expect(corrupt).toMatchObject({ stage: 'fetch', status: 'failed' });
    expect(corrupt?.lastError).toMatch(/not a readable PDF/);
    const reasons = status.failedIngestions.map((i) => `${i.source.path} ${i.lastError}`);
    expect(reasons).toContainEqual(expect.stringMatching(/empty\.txt .*the file is empty/));
    expect(reasons).toContainEqual(expect.stringMatching(/image\.png .*unsupported content/));
  });

  it('completes the good document of the same ingest', () => {
    expect(status.documents.find((d) => d.source.endsWith('good.txt'))).toMatchObject({ stage: 'done', status: 'done' });
  });

  it('leaves what was stored before untouched', async () => {
    const seed2008 = status.documents.find((d) => d.source.endsWith('003_fe48b1f1ca8da9ce.txt'));
    expect(seed2008).toMatchObject({ status: 'done' });
    const factsAfter = (await palermo(sandbox, ['facts', '--format', 'jsonl'])).stdout.split('\n').filter((l) => l.includes('003_fe48b1f1ca8da9ce'));
    expect(factsAfter.join('\n')).toBe(factsBefore.trim());
  });
});
