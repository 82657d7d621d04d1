import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pdfWithUnicodeMap } from '../testing/make-pdf.ts';
import { mapsLostCharacters } from './lost-characters.ts';

const FIXTURE = new URL('../../../../../test/fixtures/un-pdfs/A_RES_80_228.pdf', import.meta.url);
const SECT_24 = new URL('../../../../../test/fixtures/pdf-engine/A_81_6_Sect.24.pdf', import.meta.url);

/** The bytes of a PDF object holding `cmap` as a stream, deflated or not (all the scan reads). */
function streamObject(cmap: string, deflate: boolean, dictionary = ''): Uint8Array {
  const body = deflate ? deflateSync(cmap) : Buffer.from(cmap, 'latin1');
  const head = `%PDF-1.7\n6 0 obj\n<< /Length ${body.length}${deflate ? ' /Filter /FlateDecode' : ''}${dictionary} >>\nstream\n`;
  return new Uint8Array(Buffer.concat([Buffer.from(head), body, Buffer.from('\nendstream\nendobj\n%%EOF\n')]));
}
const cmap = (entries: string) => `/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange ${entries} endcmap end end`;

describe('mapsLostCharacters', () => {
  it('finds a ToUnicode map giving NUL, stored plain or deflated', () => {
    expect(mapsLostCharacters(pdfWithUnicodeMap('ATraffickingBreport', { A: 0x00, B: 0x01 }))).toBe(true);
    expect(mapsLostCharacters(streamObject(cmap('1 beginbfchar <0003> <0000> endbfchar'), true))).toBe(true);
  });

  it('finds U+0085, alone, in a range or in a list of a range', () => {
    expect(mapsLostCharacters(pdfWithUnicodeMap('wordAword', { A: 0x85 }))).toBe(true);
    expect(mapsLostCharacters(streamObject(cmap('1 beginbfrange <20> <FF> <0020> endbfrange'), true))).toBe(true);
    expect(mapsLostCharacters(streamObject(cmap('1 beginbfrange <01> <02> [<0041> <0085>] endbfrange'), false))).toBe(true);
  });

  it('leaves alone maps whose characters poppler keeps, other controls included (they are recorded from its output)', () => {
    expect(mapsLostCharacters(pdfWithUnicodeMap('ATraffickingBreport', { A: 0x41, B: 0x01 }))).toBe(false);
    expect(mapsLostCharacters(streamObject(cmap('1 beginbfrange <20> <7E> <0020> endbfrange 1 beginbfrange <A1> <FF> <00A1> endbfrange'), true))).toBe(false);
    expect(mapsLostCharacters(pdfWithUnicodeMap('trafAficking zeroBwidth', { A: 0xad, B: 0x200b }))).toBe(false);
    expect(mapsLostCharacters(streamObject(cmap('1 beginbfchar <0041> <00410000> endbfchar'), true, ' /Subtype /Image'))).toBe(false);
  });

  it('leaves alone code 0 mapped to U+0000, the .notdef glyph pdfkit maps so in every font, but not other codes', () => {
    expect(mapsLostCharacters(streamObject(cmap('1 beginbfrange <0000> <0003> [<0000> <002e> <0049> <0020>] endbfrange'), true))).toBe(false);
    expect(mapsLostCharacters(streamObject(cmap('1 beginbfrange <0000> <0005> <0000> endbfrange 1 beginbfchar <0000> <0000> endbfchar'), true))).toBe(false);
    expect(mapsLostCharacters(streamObject(cmap('1 beginbfrange <0000> <0003> [<0041> <0000> <0049> <0020>] endbfrange'), true))).toBe(true);
  });

  it('finds a no-break, narrow no-break or thin space, which poppler reads as a word gap', () => {
    for (const space of [0xa0, 0x2009, 0x202f, 0x3000]) expect(mapsLostCharacters(pdfWithUnicodeMap('2~500', { '~': space }))).toBe(true);
    expect(mapsLostCharacters(streamObject(cmap('1 beginbfrange <20> <FF> <0020> endbfrange'), true))).toBe(true); // code A0 is U+00A0
  });

  it('finds the narrow no-break spaces of A/81/6 (Sect. 24), which pdf.js keeps', () => {
    expect(mapsLostCharacters(readFileSync(SECT_24))).toBe(true);
  });

  it('finds nothing in a real UN PDF (its three ToUnicode maps give ordinary characters)', () => {
    expect(mapsLostCharacters(readFileSync(FIXTURE))).toBe(false);
  });
});
