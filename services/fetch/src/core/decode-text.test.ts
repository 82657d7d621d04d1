import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeText } from './decode-text.ts';

const FRENCH = "Rapport du Secrétaire général : 170 États parties ; l'œuvre du Fonds « à l'été » — déjà reçu.\n";

describe('decodeText', () => {
  it('decodes UTF-8 and drops the byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('États')]))).toEqual({ text: 'États', encoding: 'utf-8', nulRemoved: 0, corrections: [] });
  });
  it('falls back to Windows-1252 for invalid UTF-8', () => {
    expect(decodeText(new Uint8Array([0xc9, 0x74, 0x61, 0x74, 0x73, 0x20, 0x9c, 0x75, 0x76, 0x72, 0x65])).text).toBe('États œuvre');
  });
  it('reads Latin-1 French text', () => {
    const latin1 = iconv.encode(FRENCH.replace('œ', 'oe').replace('—', '-'), 'latin1');
    expect(decodeText(latin1)).toEqual({ text: FRENCH.replace('œ', 'oe').replace('—', '-'), encoding: 'windows-1252', nulRemoved: 0, corrections: [] });
  });
  it('reads UTF-16 LE and BE with a byte-order mark, and UTF-16 LE without one', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(FRENCH, 'utf-16le')]))).toEqual({ text: FRENCH, encoding: 'utf-16le', nulRemoved: 0, corrections: [] });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(FRENCH, 'utf-16be')]))).toEqual({ text: FRENCH, encoding: 'utf-16be', nulRemoved: 0, corrections: [] });
    expect(decodeText(iconv.encode(FRENCH, 'utf-16le')).text).toBe(FRENCH);
  });
  it('removes NUL characters, recording each at its offset in the text with line ends normalised', () => {
    const nul = (offset: number) => ({ offset, before: 'U+0000', after: '', rule: 'control-character' });
    expect(decodeText(new TextEncoder().encode('a\u0000b\r\nc\rd\u0000\u0000'))).toEqual({ text: 'ab\nc\nd', encoding: 'utf-8', nulRemoved: 3, corrections: [nul(1), nul(6), nul(6)] });
  });
  it('records no NUL in UTF-16: its zero bytes are halves of characters', () => {
    expect(decodeText(iconv.encode('Trafficking in persons\r\n', 'utf-16le'))).toEqual({ text: 'Trafficking in persons\n', encoding: 'utf-16le', nulRemoved: 0, corrections: [] });
  });
  it('keeps each NUL offset pointing at the character after it in a real resolution line', () => {
    const line = 'Reiterating its strong condemnation of trafficking in persons,\r\n';
    const decoded = decodeText(new TextEncoder().encode(line.replace('strong', '\u0000strong').replace('persons', 'per\u0000sons')));
    expect(decoded.text).toBe(line.replace('\r\n', '\n'));
    expect(decoded.corrections.map((c) => decoded.text.slice(c.offset, c.offset + 4))).toEqual(['stro', 'sons']);
  });
});
