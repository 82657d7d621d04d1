import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';

describe('decodeText', () => {
  it('decodes UTF-8 and drops the byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('États')]))).toBe('États');
  });
  it('falls back to Windows-1252 for invalid UTF-8', () => {
    expect(decodeText(new Uint8Array([0xc9, 0x74, 0x61, 0x74, 0x73, 0x20, 0x9c, 0x75, 0x76, 0x72, 0x65]))).toBe('États œuvre');
  });
  it('never keeps NUL characters and normalises line ends', () => {
    expect(decodeText(new TextEncoder().encode('a\u0000b\r\nc\rd'))).toBe('ab\nc\nd');
  });
});
