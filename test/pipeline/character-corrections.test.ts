// Every change made to a source's characters reaches `palermo document`, end to end: the control
// characters the fetch stage takes out of a PDF's text layer or a text file and the typography the clean stage
// sets (a French apostrophe, a no-break space), each at its offset in the reading text.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { writeFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdftotextInstalled } from '../../services/fetch/src/pdf/pdftotext/pdftotext-engine.ts';
import { pdfWithUnicodeMap } from '../../services/fetch/src/pdf/testing/make-pdf.ts';
import { createSandbox, palermo, parseJsonl, type Sandbox } from '../support/harness.ts';

interface Shown {
  paragraphs: Array<{ text: string; start: number }>;
  corrections: Array<{ offset: number; before: string; after: string; rule: string }>;
}

// A few stray NULs in a text (under 1 % of its bytes) are read; more would make it binary.
const NUL_TEXT = [
  'Improving the coordination of efforts against trafficking in persons',
  'Reiterating its strong condemnation of trafficking in persons, especially women and children, which constitutes an offence and a serious threat to human dignity and physical integrity, human rights and sustainable development,',
  '1. Reaffirms its commitment to end trafficking in persons.',
].join('\n\n');

// "Total 1 352 for the ﬁscal year": `~` is mapped to a no-break space, `|` to the ligature ﬁ (U+FB01).
const LIGATURE_PDF = pdfWithUnicodeMap('Total 1~352 for the |scal year', { '~': 0xa0, '|': 0xfb01 });
const LIGATURE_READ = 'Total 1 352 for the fiscal year';

// The no-break space and the ligature reach the clean stage as printed (pdf.js is patched to keep a
// no-break space, services/fetch/src/pdf/LAYOUT.md) and each is recorded where it was.
const expectLigatureRecorded = (json: Shown): void => {
  expect(json.paragraphs.map((p) => p.text).join('\n')).toContain(LIGATURE_READ);
  expect(json.corrections).toEqual([
    { offset: 'Total 1'.length, before: '\u00A0', after: ' ', rule: 'space' },
    { offset: LIGATURE_READ.indexOf('fiscal'), before: 'ﬁ', after: 'fi', rule: 'ligature' },
  ]);
};

// A French page as a word processor prints it: no-break spaces inside a number and before « ; »,
// a narrow one before « % ».
const FRENCH_LINES = [
  'Rapport sur la traite des personnes',
  '1. En 2023, l\u2019Office a recensé 3\u00A0500\u00A0000 victimes de la traite des personnes dans le monde\u00A0; leur nombre a augmenté de 12\u202F% en un an.',
];

/** The French page above, rendered by pdfkit in DejaVu Sans. */
function frenchPdf(): Promise<Buffer> {
  const require = createRequire(import.meta.url);
  const fonts = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const pdf = new PDFDocument({ size: 'A4', margin: 72 });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  pdf.font(join(fonts, 'DejaVuSans.ttf')).fontSize(14).text(FRENCH_LINES[0]!).moveDown().fontSize(11).text(FRENCH_LINES[1]!);
  pdf.end();
  return done;
}

describe('corrections to the source characters, from fetch and clean, in palermo document', () => {
  let sandbox: Sandbox;
  const shown = async (ref: string): Promise<{ json: Shown; text: string }> => ({
    json: JSON.parse((await palermo(sandbox, ['document', ref, '--format', 'json'])).stdout) as Shown,
    text: (await palermo(sandbox, ['document', ref])).stdout,
  });

  beforeAll(async () => {
    sandbox = await createSandbox('pglite');
    // The text layer says "\u0000Trafficking\u0001report": A and B are mapped to NUL and U+0001.
    writeFileSync(join(sandbox.dir, 'controls.pdf'), pdfWithUnicodeMap('ATraffickingBreport', { A: 0x00, B: 0x01 }));
    writeFileSync(join(sandbox.dir, 'apostrophe.txt'), "Rapport du Secrétaire général\n\n1. Le rapport de l’Office sur la traite des personnes est présenté à l'Assemblée.\n");
    writeFileSync(join(sandbox.dir, 'nul.txt'), NUL_TEXT.replace(' persons', '\u0000 persons\u0000'));
    writeFileSync(join(sandbox.dir, 'ligature.pdf'), LIGATURE_PDF);
    writeFileSync(join(sandbox.dir, 'french-spaces.pdf'), await frenchPdf());
    const files = ['controls.pdf', 'apostrophe.txt', 'nul.txt', 'ligature.pdf', 'french-spaces.pdf'].map((name) => join(sandbox.dir, name));
    const ingest = await palermo(sandbox, ['ingest', ...files, '--wait']);
    expect(ingest.code, ingest.stdout + ingest.stderr).toBe(0);
  }, 240_000);

  afterAll(async () => {
    await sandbox?.cleanup();
  });

  it("shows the fetch stage's control characters of a PDF at their place in the cleaned text", async () => {
    const { json, text } = await shown('controls.pdf');
    const reading = json.paragraphs.map((p) => p.text).join('\n');
    expect(reading).toContain('Trafficking report');
    // The cleaned text is that one line: "Trafficking report".
    const offsetOf = (word: string): number => 'Trafficking report'.indexOf(word);
    expect(json.corrections).toEqual([
      { offset: offsetOf('Trafficking'), before: 'U+0000', after: '', rule: 'control-character' },
      { offset: offsetOf(' report'), before: 'U+0001', after: ' ', rule: 'control-character' },
    ]);
    expect(text).toMatch(/Corrections \(2: control-character 2\)\n {2}@\d+ {2}"U\+0000" → "" {2}\(control-character\)\n {2}@\d+ {2}"U\+0001" → " " {2}\(control-character\)/);
  });

  it('records the ligature of a PDF at its place in the cleaned text, as printed before', async () => {
    expectLigatureRecorded((await shown('ligature.pdf')).json);
  });

  it('records each no-break space of a French PDF where it was, and reads its figures as before', async () => {
    const { json } = await shown('french-spaces.pdf');
    const read = "1. En 2023, l'Office a recensé 3 500 000 victimes de la traite des personnes dans le monde ; leur nombre a augmenté de 12 % en un an.";
    const paragraph = json.paragraphs.find((p) => p.text.includes('victimes'))!;
    expect(paragraph.text).toBe(read);
    // Offsets of corrections are in the cleaned text: the title, a blank line, then the paragraph.
    const at = (offset: number) => `${FRENCH_LINES[0]}\n\n`.length + offset;
    expect(json.corrections.filter((c) => c.rule === 'space')).toEqual([
      { offset: at(read.indexOf(' 500')), before: '\u00A0', after: ' ', rule: 'space' },
      { offset: at(read.indexOf(' 000')), before: '\u00A0', after: ' ', rule: 'space' },
      { offset: at(read.indexOf(' ;')), before: '\u00A0', after: ' ', rule: 'space' },
      { offset: at(read.indexOf(' %')), before: '\u202F', after: ' ', rule: 'space' },
    ]);
    const facts = parseJsonl<{ kind: string; value: number | null }>((await palermo(sandbox, ['facts', '--format', 'jsonl'])).stdout);
    expect(facts.map((f) => [f.kind, f.value])).toEqual(expect.arrayContaining([['count', 3_500_000], ['percentage', 12]]));
  });

  it('shows the French apostrophe the clean stage set, at its place in the cleaned text', async () => {
    const { json, text } = await shown('apostrophe.txt');
    expect(json.paragraphs.some((p) => p.text.includes("Le rapport de l'Office sur la traite"))).toBe(true);
    // Offsets of corrections are in the cleaned text: the title, a blank line, then the paragraph.
    const at = 'Rapport du Secrétaire général\n\n1. Le rapport de l'.length;
    expect(json.corrections).toEqual([{ offset: at, before: '’', after: "'", rule: 'apostrophe' }]);
    expect(text).toContain(`@${at}  "’" → "'"  (apostrophe)`);
  });

  it("shows the NUL characters the fetch stage took out of a text file at their place in the cleaned text", async () => {
    const { json, text } = await shown('nul.txt');
    expect(json.paragraphs.map((p) => p.text).join('\n')).toContain('Reiterating its strong condemnation of trafficking in persons, especially women');
    const at = NUL_TEXT.indexOf(' persons');
    const nul = (offset: number) => ({ offset, before: 'U+0000', after: '', rule: 'control-character' });
    expect(json.corrections).toEqual([nul(at), nul(at + ' persons'.length)]);
    expect(text).toContain(`@${at}  "U+0000" → ""  (control-character)`);
  });
});

// With PDF_ENGINE=pdftotext the same: poppler drops a NUL and reads U+0085 as a gap, so such a PDF
// is read with pdf.js, and the log says so. Poppler is installed where the tests run
// (infra/scripts/ensure-test-tools.sh); where it is not, the engine is pdf.js and this is skipped.
describe.skipIf(!pdftotextInstalled())('corrections of a PDF read with PDF_ENGINE=pdftotext, in palermo document', () => {
  let sandbox: Sandbox;
  let ingest: { stdout: string; stderr: string; code: number | null };

  beforeAll(async () => {
    sandbox = await createSandbox('pglite');
    sandbox.env.PDF_ENGINE = 'pdftotext';
    // The text layer says "\u0000Trafficking\u0085report".
    writeFileSync(join(sandbox.dir, 'controls.pdf'), pdfWithUnicodeMap('ATraffickingBreport', { A: 0x00, B: 0x85 }));
    writeFileSync(join(sandbox.dir, 'ligature.pdf'), LIGATURE_PDF);
    writeFileSync(join(sandbox.dir, 'ligature-only.pdf'), pdfWithUnicodeMap('Total 1352 for the |scal year', { '|': 0xfb01 }));
    const files = ['controls.pdf', 'ligature.pdf', 'ligature-only.pdf'].map((name) => join(sandbox.dir, name));
    ingest = await palermo(sandbox, ['ingest', ...files, '--wait']);
    expect(ingest.code, ingest.stdout + ingest.stderr).toBe(0);
  }, 240_000);

  afterAll(async () => {
    await sandbox?.cleanup();
  });

  it('records the NUL and the U+0085 at their place, and logs that pdf.js read the document', async () => {
    const json = JSON.parse((await palermo(sandbox, ['document', 'controls.pdf', '--format', 'json'])).stdout) as Shown;
    expect(json.paragraphs.map((p) => p.text).join('\n')).toContain('Trafficking report');
    expect(json.corrections).toEqual([
      { offset: 0, before: 'U+0000', after: '', rule: 'control-character' },
      { offset: 'Trafficking'.length, before: 'U+0085', after: ' ', rule: 'control-character' },
    ]);
    expect(ingest.stdout + ingest.stderr).toContain('read with pdf.js, not pdftotext');
  });

  it('reads a PDF with a no-break space with pdf.js (poppler makes it a word gap): the space and the ligature recorded alike', async () => {
    expectLigatureRecorded(JSON.parse((await palermo(sandbox, ['document', 'ligature.pdf', '--format', 'json'])).stdout) as Shown);
    expect(ingest.stdout + ingest.stderr).toMatch(/ligature\.pdf.*read with pdf\.js, not pdftotext|read with pdf\.js, not pdftotext.*ligature\.pdf/);
  });

  it('records the ligature poppler read, as pdf.js does', async () => {
    const json = JSON.parse((await palermo(sandbox, ['document', 'ligature-only.pdf', '--format', 'json'])).stdout) as Shown;
    expect(json.corrections).toEqual([{ offset: 'Total 1352 for the '.length, before: 'ﬁ', after: 'fi', rule: 'ligature' }]);
    expect(ingest.stdout + ingest.stderr).not.toMatch(/ligature-only\.pdf.*read with pdf\.js/);
  });
});
