// The segmenter on PDF input: the real UN resolution in test/fixtures as the former fetch reader read
// it (see FIXTURE), cleaned as a PDF first, so the two stages are tested together on it.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SegmentedDocument } from '@palermo/contracts';
import { cleanText } from '../../../clean/src/core/clean-text.ts';
import { detectLanguage } from './detect-language.ts';
import { readHeader } from './read-header.ts';
import { segmentText } from './segment-text.ts';

// Pinned to the text the former reader (pdf-parse getText) made of test/fixtures/un-pdfs/A_RES_80_228.pdf,
// until this stage reads the layout-aware output of services/fetch/src/pdf (LAYOUT.md): that output
// orders lines by their place on the page and writes footnote markers as superscripts already.
const FIXTURE = new URL('../../../../test/fixtures/pdf-engine/A_RES_80_228.pdf-parse.txt', import.meta.url);

let doc: SegmentedDocument;
const operative = (n: number) => doc.paragraphs.find((p) => p.numbered && p.number === n);

beforeAll(async () => {
  const raw = readFileSync(FIXTURE, 'utf8');
  const cleaned = cleanText(raw, { mediaType: 'application/pdf' });
  doc = segmentText(cleaned.text, cleaned.removed);
}, 30_000);

describe('segmentText on the UN resolution PDF', () => {
  it('satisfies the contract, with every offset pointing into the reading text and no warning', () => {
    expect(() => SegmentedDocument.parse(doc)).not.toThrow();
    for (const p of doc.paragraphs) expect(doc.text.slice(p.start, p.end)).toBe(p.text);
    for (const f of doc.footnotes) expect(doc.text.slice(f.start, f.end)).toBe(f.text);
    expect(doc.warnings).toEqual([]);
  });

  it('reads the English header block', () => {
    expect(doc.metadata).toEqual({
      symbol: 'A/RES/80/228',
      organ: 'General Assembly',
      date: '2025-12-22',
      session: 'Eightieth session',
      agendaItem: '107',
      title: 'Improving the coordination of efforts against trafficking in persons',
      language: 'en',
      sessionNumber: 80,
      documentType: 'resolution',
    });
  });

  it('keeps the preamble as unnumbered paragraphs before operative paragraphs 1 to 38', () => {
    const preamble = doc.paragraphs.filter((p) => !p.numbered);
    expect(preamble).toHaveLength(49);
    for (const p of preamble) expect(p).toMatchObject({ number: null, sectionId: null });
    expect(preamble[0]?.text).toMatch(/^Reiterating its strong condemnation of trafficking in persons, .* sustainable development,$/);
    expect(preamble.at(-1)?.text).toMatch(/^Recalling the request made to the Secretary-General .* Combat Trafficking in Persons,$/);
    expect(doc.paragraphs.map((p) => p.numbered)).toEqual([...Array(49).fill(false), ...Array(38).fill(true)]);
    expect(doc.paragraphs.filter((p) => p.numbered).map((p) => p.number)).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
    expect(doc.paragraphs.some((p) => p.text.startsWith('The General Assembly'))).toBe(false);
  });

  it('keeps the sub-items (a) to (f) inside their paragraph, across the page break', () => {
    const reaffirming = doc.paragraphs.find((p) => p.text.startsWith('Reaffirming that the Global Plan of Action was developed:'));
    expect(reaffirming?.text.split('\n').map((l) => l.slice(0, 3))).toEqual(['Rea', '(a)', '(b)', '(c)', '(d)', '(e)', '(f)']);
    expect(reaffirming?.text).toContain('(e) To raise awareness within the United Nations system and also among States and other stakeholders');
  });

  it('makes paragraphs cut by a page break whole and keeps the closing lines out', () => {
    expect(operative(5)?.text).toMatch(/^Also recalls its decision, .* seventy-second session, the progress achieved .* no later than December 2029;$/);
    expect(operative(38)?.text).toMatch(/coordination of efforts against trafficking in persons\.$/);
    for (const p of doc.paragraphs) expect(p.text).not.toMatch(/25-20946|\*2520946\*|\b\d{1,2}\/14\b|69th plenary meeting|18 December 2025$|A\/RES\/80\/228/);
  });

  it('links the 35 footnotes to the paragraphs citing them and takes the markers out', () => {
    expect(doc.footnotes.map((f) => f.number)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
    const first = doc.paragraphs[doc.footnotes[0]?.paragraphIndex ?? -1];
    expect(first?.text).toContain('the 2030 Agenda for Sustainable Development, and recalling also');
    const ref = first?.footnoteRefs.find((r) => r.footnote === 1);
    expect(doc.text.slice((ref?.offset ?? 0) - 12, ref?.offset)).toBe('Development,');
    expect(doc.footnotes[34]).toMatchObject({ text: 'Resolution 64/293.', paragraphIndex: operative(2)?.index });
    expect(doc.footnotes[23]?.text).toBe('A/79/322.');
    for (const p of doc.paragraphs) expect(p.text).not.toMatch(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/);
  });
});

describe('readHeader and detectLanguage', () => {
  it('takes the symbol most running headers name, never one a footnote or a footer cites', () => {
    const removed = [
      { line: '24 A/79/322.', reason: 'footnote rule', page: 7 },
      { line: 'A/78/140 Amélioration de la coordination', reason: 'repeated on several pages', page: 2 },
      { line: 'Amélioration de la coordination A/78/140', reason: 'repeated on several pages', page: 3 },
      { line: 'A/78/50', reason: 'running header or footer (document symbol)', page: 1 },
    ];
    expect(readHeader(['Assemblée générale'], removed).symbol).toBe('A/78/140');
    expect(readHeader(['Distr. générale'], removed, 'en')).toMatchObject({ symbol: 'A/78/140', organ: 'General Assembly', language: 'en' });
  });

  it('reads organ and distribution set on one line, and English agenda items', () => {
    expect(readHeader(['Nations Unies S/2016/949', 'Conseil de sécurité Distr. générale', '10 novembre 2016'])).toMatchObject({
      symbol: 'S/2016/949', organ: 'Conseil de sécurité', date: '2016-11-10',
    });
    expect(readHeader(['Item 99 of the preliminary list*', 'Report of the Secretary-General on trafficking'], [], 'en')).toMatchObject({
      agendaItem: '99', title: 'Report of the Secretary-General on trafficking',
    });
  });

  it('tells English from French by their commonest words', () => {
    expect(detectLanguage('The General Assembly, recalling its resolutions on trafficking in persons and the reports of the Secretary-General,')).toBe('en');
    expect(detectLanguage("Le présent rapport fait suite à la demande formulée au nom du Conseil de sécurité par son président dans la déclaration")).toBe('fr');
    expect(detectLanguage('Communiqué')).toBe('fr');
  });
});
