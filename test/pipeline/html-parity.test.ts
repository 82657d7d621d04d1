// A report published as a web page (navigation, header, scripts, styles and footer around the
// report) must yield the same metadata, sections, paragraphs and footnotes as its text version;
// nothing of the page's chrome may reach the text. The pages are generated here from the seeds.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentMetadata, Paragraph } from '@palermo/contracts';
import { createSandbox, type Sandbox } from '../support/harness.ts';
import { ingestSeedAndRendering, readSeedLayout } from '../support/seed-layout.ts';
import { renderUnHtml } from '../support/un-html.ts';

interface DocumentJson {
  document: { mediaType: string; status: string };
  metadata: DocumentMetadata;
  outline: Array<{ id: string; title: string }>;
  paragraphs: Paragraph[];
  footnotes: Array<{ number: number; text: string }>;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(['000_644ba19c34dcf5cf.txt', '001_4f7ec48e7529aa45.txt'])('HTML and text parity for %s', (seed) => {
  let sandbox: Sandbox;
  let fromText: DocumentJson;
  let fromHtml: DocumentJson;

  beforeAll(async () => {
    sandbox = await createSandbox('pglite');
    const { structure, headerBlock } = readSeedLayout(seed);
    const page = join(sandbox.dir, seed.replace('.txt', '.html'));
    writeFileSync(page, renderUnHtml(structure, headerBlock));
    ({ fromText, fromRendering: fromHtml } = await ingestSeedAndRendering<DocumentJson>(sandbox, seed, page));
  });

  afterAll(async () => {
    await sandbox?.cleanup();
  });

  it('reads the page as HTML, through every stage', () => {
    expect(fromHtml.document).toMatchObject({ mediaType: 'text/html', status: 'done' });
  });

  it('finds the same metadata and sections', () => {
    expect(fromHtml.metadata).toEqual(fromText.metadata);
    expect(fromHtml.outline.map((s) => [s.id, squash(s.title)])).toEqual(fromText.outline.map((s) => [s.id, squash(s.title)]));
  });

  it('finds the same numbered paragraphs and footnotes', () => {
    const numbered = (d: DocumentJson) => d.paragraphs.filter((p) => p.numbered).map((p) => [p.number, squash(p.text)]);
    expect(numbered(fromText).length).toBeGreaterThan(50);
    expect(numbered(fromHtml)).toEqual(numbered(fromText));
    expect(fromHtml.footnotes.map((f) => [f.number, squash(f.text)])).toEqual(fromText.footnotes.map((f) => [f.number, squash(f.text)]));
  });

  it('keeps scripts, styles, navigation and the footer out of the text', () => {
    const text = fromHtml.paragraphs.map((p) => p.text).join('\n');
    for (const chrome of ['dataLayer', 'font-family', 'Accueil', 'Documents officiels', 'track(42)', 'pays membres du réseau']) expect(text).not.toContain(chrome);
  });
});
