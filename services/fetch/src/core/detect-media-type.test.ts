import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectMediaType } from './detect-media-type.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('detectMediaType', () => {
  it('reads the type from the content before the name', () => {
    expect(detectMediaType(bytes('%PDF-1.7\n...'), 'report.txt')).toBe('application/pdf');
    expect(detectMediaType(bytes('<!DOCTYPE html><html><body>x</body></html>'), 'report.pdf')).toBe('text/html');
    expect(detectMediaType(bytes('  <html lang="fr"><body>x</body></html>'), 'x')).toBe('text/html');
  });

  it('tells Markdown remnants from plain text', () => {
    const seed = readFileSync(new URL('../../../../seeds/000_644ba19c34dcf5cf.txt', import.meta.url));
    expect(detectMediaType(seed, 'seeds/000_644ba19c34dcf5cf.txt')).toBe('text/markdown');
    expect(detectMediaType(bytes('Rapport du Secrétaire général\n\n1. Le présent rapport'), 'note.txt')).toBe('text/plain');
  });

  it('refuses binary content', () => {
    expect(detectMediaType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'image.txt')).toBeNull();
  });
  it('reads UTF-16 with a byte-order mark as text, and tolerates a few stray NUL bytes', () => {
    const html = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('<!DOCTYPE html><html><body><p>États parties</p></body></html>', 'utf-16le')]);
    expect(detectMediaType(html, 'page.htm')).toBe('text/html');
    expect(detectMediaType(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('Rapport\n\n1. Le présent rapport', 'utf-16be')]), 'r.txt')).toBe('text/plain');
    expect(detectMediaType(bytes(`${'Rapport du Secrétaire général. '.repeat(40)}\u0000${'fin. '.repeat(20)}`), 'r.txt')).toBe('text/plain');
  });

  it('refuses a zip archive, even named .pdf or .txt', () => {
    const zip = Buffer.concat([Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000', 'latin1'), Buffer.alloc(64, 0), Buffer.from([0x8b, 0x1f, 0x03, 0x11, 0x02])]);
    expect(detectMediaType(zip, 'report.pdf')).toBeNull();
  });
});
