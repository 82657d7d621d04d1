// PDF input: the real UN resolution in test/fixtures as the former fetch reader read it (see FIXTURE),
// then cleaned as a PDF.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CleanedText } from '@palermo/contracts';
import { cleanText } from './clean-text.ts';
import { markFootnoteMarkers } from './footnote-markers.ts';
import { splitPageFootnotes } from './page-footnotes.ts';

// Pinned to the text the former reader (pdf-parse getText) made of test/fixtures/un-pdfs/A_RES_80_228.pdf,
// until this stage reads the layout-aware output of services/fetch/src/pdf (LAYOUT.md): that output
// orders lines by their place on the page and writes footnote markers as superscripts already.
const FIXTURE = new URL('../../../../test/fixtures/pdf-engine/A_RES_80_228.pdf-parse.txt', import.meta.url);

let raw = '';
let cleaned: CleanedText;
const blocks = (): string[] => cleaned.text.split('\n\n');
const blockStarting = (start: string): string | undefined => blocks().find((b) => b.startsWith(start));

beforeAll(async () => {
  raw = readFileSync(FIXTURE, 'utf8');
  cleaned = cleanText(raw, { mediaType: 'application/pdf' });
}, 30_000);

describe('cleanText on the UN resolution PDF', () => {
  it('satisfies the CleanedText contract and leaves no form feed', () => {
    expect(() => CleanedText.parse(cleaned)).not.toThrow();
    expect(raw.split('\f')).toHaveLength(14);
    expect(cleaned.text).not.toMatch(/\f|\n{3,}/);
  });

  it('removes the running header of every later page, in both orders, by repetition, with its page', () => {
    const headers = cleaned.removed.filter((r) => r.reason === 'repeated on several pages');
    expect(headers.map((r) => r.page)).toEqual(Array.from({ length: 13 }, (_, i) => i + 2));
    expect(headers[0]?.line).toBe('A/RES/80/228 Improving the coordination of efforts against trafficking in persons');
    expect(headers[1]?.line).toBe('Improving the coordination of efforts against trafficking in persons A/RES/80/228');
    expect(cleaned.text).not.toContain('in persons A/RES/80/228');
  });

  it('removes the job number, barcode and page footers by pattern', () => {
    const byPage = (page: number) => cleaned.removed.filter((r) => r.page === page && r.reason.startsWith('running header or footer')).map((r) => r.line);
    expect(byPage(1)).toEqual(['25-20946 (E)', '*2520946*']);
    expect(byPage(2)).toEqual(['25-20946 2/14']);
    expect(byPage(3)).toEqual(['3/14 25-20946']);
    expect(cleaned.text).not.toMatch(/25-20946|\*2520946\*|\b\d{1,2}\/14\b/);
  });

  it('keeps footnotes out of the furniture and lays them after the body, in order, as "¹ text"', () => {
    expect(cleaned.removed.map((r) => r.line)).not.toContain('24 A/79/322.');
    expect(cleaned.removed.filter((r) => r.reason === 'footnote rule')).toHaveLength(9);
    const notes = blocks().filter((b) => /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+ /.test(b));
    expect(notes).toHaveLength(35);
    expect(notes[0]).toBe('¹ Resolution 70/1.');
    expect(notes).toContain('²⁴ A/79/322.');
    expect(notes).toContain('²⁵ E/2002/68/Add.1.');
    // A note that runs over several lines is one block; "10 Resolutions …, 63/156," goes on.
    expect(notes[9]).toMatch(/^¹⁰ Resolutions 49\/166, .* 63\/156, 65\/190, .* and 79\/154\.$/);
    expect(cleaned.text.indexOf('¹ Resolution 70/1.')).toBeGreaterThan(cleaned.text.indexOf('38. Requests the Secretary-General'));
  });

  it('rewrites the plain-digit markers set after words as superscripts', () => {
    expect(cleaned.text).toContain('2030 Agenda for Sustainable Development,¹ and recalling also');
    expect(cleaned.text).toContain('Trafficking in Persons,³⁵ and invites the Conference');
    expect(cleaned.text).toContain('exploitation,² on taking immediate');
    expect(cleaned.text).toContain('child pornography⁷ and the Supplementary Convention');
    expect(cleaned.text).toContain('within the existing mandates of its members²⁰ and partners,²¹');
    expect(cleaned.text).toContain('held in Vienna from 12 to 16 October 2020,³³ and of resolution 11/5');
    const body = cleaned.text.slice(0, cleaned.text.indexOf('¹ Resolution 70/1.'));
    expect(body.match(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g)).toHaveLength(35);
  });

  it('never takes a number of the text for a marker', () => {
    expect(cleaned.text).toContain('to designate 30 July as the World Day');
    expect(cleaned.text).toContain('during its sixty-seventh session, from 13 to 15 May 2013,');
    expect(cleaned.text).toContain('in its resolution 68/192, to appraise');
    expect(cleaned.text).toContain('Convention, 1999 (No. 182), of the International Labour Organization,⁹ which');
  });

  it('makes a paragraph cut by a page break and the footnotes at its foot one paragraph again', () => {
    expect(blockStarting('Emphasizing the central role')).toContain('Especially Women and Children, by making use of existing capacity-building tools');
    expect(blockStarting('5. Also recalls its decision')).toContain('on a four-year basis starting at its seventy-second session, the progress achieved in the implementation');
    expect(blockStarting('Recalling the adoption by the General Assembly of the 2030 Agenda')).toMatch(/Sustainable Development Goals on eliminating .* torture of children,⁴$/);
  });

  it('gives each preambular clause, sub-item and operative paragraph its own block', () => {
    expect(blocks()).toContain('The General Assembly,');
    expect(blocks().filter((b) => /^(?:Reiterating|Recalling|Recognizing|Reaffirming|Bearing|Welcoming|Taking|Emphasizing|Expressing|Stressing|Affirming)\b/.test(b))).toHaveLength(49);
    expect(blocks().filter((b) => /^\([a-f]\) To /.test(b))).toHaveLength(6);
    expect(blocks().filter((b) => /^\d{1,2}\. \p{Lu}/u.test(b)).map((b) => Number(b.split('.')[0]))).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
    expect(blocks()).toContain('80/228. Improving the coordination of efforts against trafficking in persons');
    expect(blocks()).toContain('Resolution adopted by the General Assembly on 18 December 2025');
  });

  it('leaves English text alone: the French repairs do not run on it, and its non-breaking hyphens are recorded', () => {
    const hyphens = cleaned.corrections.filter((c) => c.rule === 'hyphen');
    expect(hyphens.length).toBeGreaterThan(0);
    // Besides them, only footnote numbers set as superscripts.
    expect(cleaned.corrections.filter((c) => c.rule !== 'footnote-marker')).toEqual(hyphens);
    for (const c of hyphens) {
      expect(c).toMatchObject({ before: '\u2011', after: '-', rule: 'hyphen' });
      expect(cleaned.text[c.offset]).toBe('-');
    }
    expect(cleaned.text).toContain('COVID-19');
    expect(cleaned.corrections.some((c) => cleaned.text.slice(c.offset - 5, c.offset + 3) === 'COVID-19')).toBe(true);
  });
});

describe('PDF furniture and footnotes on small pages', () => {
  it('removes a running title without any digit that recurs on most pages, even or odd', () => {
    const page = (n: number, body: string): string =>
      (n % 2 === 0 ? ['Traite des personnes', body, `${n}`] : [body, 'Rapport annuel sur la traite', `${n}`]).join('\n');
    const raw = [1, 2, 3, 4, 5, 6].map((n) => page(n, `${n}. Paragraphe numéro ${n} du rapport.`)).join('\f');
    const { text, removed } = cleanText(raw, { mediaType: 'application/pdf' });
    expect(text.split('\n\n')).toEqual([1, 2, 3, 4, 5, 6].map((n) => `${n}. Paragraphe numéro ${n} du rapport.`));
    expect(removed.filter((r) => r.reason === 'repeated on several pages').map((r) => r.page)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(removed.filter((r) => r.reason === 'page number')).toHaveLength(6);
  });

  it('finds notes below the body without a rule when their numbers follow and their markers stand above', () => {
    const lines = ['7. Un paragraphe cite un rapport 3 de 2016, qui compte 12 États', 'et un autre 4.', '3 Rapport mondial.', '4 Ibid., p. 12.'];
    const parts = splitPageFootnotes(lines, 3);
    expect(parts.notes.map((n) => [n.number, n.lines.join(' ')])).toEqual([[3, 'Rapport mondial.'], [4, 'Ibid., p. 12.']]);
    expect(parts.body).toEqual(['7. Un paragraphe cite un rapport³ de 2016, qui compte 12 États', 'et un autre⁴.']);
    // A line starting with a number out of sequence is body text.
    expect(splitPageFootnotes(['Les États parties sont', '150 selon le rapport.'], 3).notes).toEqual([]);
  });

  it('joins a note that runs on to the foot of the next page, and the paragraph the notes cut', () => {
    const raw = [
      'Le Protocole a été ratifié par 150 États,3 selon le rapport annuel publié par le Bureau des affaires',
      '_______________',
      '3 Voir le rapport annuel, dont la note se poursuit',
      '\f',
      'juridiques des Nations Unies sur l’état des traités.4',
      '_______________',
      'sur la page suivante.',
      '4 Ibid.',
    ].join('\n').replace(/\n\f\n/, '\f');
    const { text, removed } = cleanText(raw, { mediaType: 'application/pdf' });
    expect(text.split('\n\n')).toEqual([
      "Le Protocole a été ratifié par 150 États,³ selon le rapport annuel publié par le Bureau des affaires juridiques des Nations Unies sur l'état des traités.⁴",
      '³ Voir le rapport annuel, dont la note se poursuit sur la page suivante.',
      '⁴ Ibid.',
    ]);
    expect(removed).toEqual([
      { line: '_______________', reason: 'footnote rule', page: 1 },
      { line: '_______________', reason: 'footnote rule', page: 2 },
    ]);
  });

  it('reads markers glued, spaced or after a figure, and prefers the surest reading of the page', () => {
    expect(markFootnoteMarkers('publié en 2016 6, l’Office', [6]).text).toBe('publié en 2016⁶, l’Office');
    expect(markFootnoteMarkers('pour la période 2022-2024 16 vise', [16]).text).toBe('pour la période 2022-2024¹⁶ vise');
    expect(markFootnoteMarkers('il y a eu 10 condamnations ; la traite des êtres humains 10. Des lois', [10]).text).toBe(
      'il y a eu 10 condamnations ; la traite des êtres humains¹⁰. Des lois',
    );
    expect(markFootnoteMarkers('(A/HRC/32/41 et Add.1) et des personnes 1 de 2016', [1]).text).toBe('(A/HRC/32/41 et Add.1) et des personnes¹ de 2016');
    const untouched = 'from 13 to 15 May 2013, on 30 July, in which 12 States, Target 5.2 and 8.7, 25 per cent';
    expect(markFootnoteMarkers(untouched, [2, 5, 7, 12, 13, 15, 25, 30]).found).toEqual([]);
  });
});
