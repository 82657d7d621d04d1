import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeText } from './decode-text.ts';

const FRENCH = "Rapport du Secrétaire général : 170 États parties ; l'œuvre du Fonds « à l'été » — déjà reçu.\n";

describe('decodeText', () => {
  it('decodes UTF-8 and drops the byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('États')]))).toEqual({ text: 'États', encoding: 'utf-8', nulRemoved: 0 });
  });
  it('falls back to Windows-1252 for invalid UTF-8', () => {
    expect(decodeText(new Uint8Array([0xc9, 0x74, 0x61, 0x74, 0x73, 0x20, 0x9c, 0x75, 0x76, 0x72, 0x65])).text).toBe('États œuvre');
  });
  it('reads Latin-1 French text', () => {
    const latin1 = iconv.encode(FRENCH.replace('œ', 'oe').replace('—', '-'), 'latin1');
    expect(decodeText(latin1)).toEqual({ text: FRENCH.replace('œ', 'oe').replace('—', '-'), encoding: 'windows-1252', nulRemoved: 0 });
  });
  it('reads UTF-16 LE and BE with a byte-order mark, and UTF-16 LE without one', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(FRENCH, 'utf-16le')]))).toEqual({ text: FRENCH, encoding: 'utf-16le', nulRemoved: 0 });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(FRENCH, 'utf-16be')]))).toEqual({ text: FRENCH, encoding: 'utf-16be', nulRemoved: 0 });
    expect(decodeText(iconv.encode(FRENCH, 'utf-16le')).text).toBe(FRENCH);
  });
  it('removes NUL characters and counts them, and normalises line ends', () => {
    expect(decodeText(new TextEncoder().encode('a\u0000b\r\nc\rd\u0000\u0000'))).toEqual({ text: 'ab\nc\nd', encoding: 'utf-8', nulRemoved: 3 });
  });
});
