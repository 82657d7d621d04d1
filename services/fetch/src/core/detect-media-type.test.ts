import { readFileSync } from 'node:fs';
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
});
