import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { notAPdfReason, notFoundStatus, odsAddress } from './ods-address.ts';

describe('odsAddress', () => {
  it('asks the endpoint for the PDF of a symbol in one language', () => {
    expect(odsAddress('https://documents.un.org/api/symbol/access', 'A/C.3/80/L.12', 'fr')).toBe('https://documents.un.org/api/symbol/access?s=A%2FC.3%2F80%2FL.12&l=F&t=pdf');
    expect(odsAddress('http://127.0.0.1:8080/mirror/access', 'CTOC/COP/WG.4/2025/2', 'zh')).toBe('http://127.0.0.1:8080/mirror/access?s=CTOC%2FCOP%2FWG.4%2F2025%2F2&l=C&t=pdf');
  });
});

describe('notAPdfReason', () => {
  it('accepts a real UN PDF', () => {
    expect(notAPdfReason(readFileSync(new URL('../../../../test/fixtures/un-pdfs/A_RES_80_228.pdf', import.meta.url)))).toBeNull();
  });

  it('names what came instead of a PDF', () => {
    const text = (s: string) => new TextEncoder().encode(s);
    expect(notAPdfReason(text('<!DOCTYPE html><html><body>Document not found</body></html>'))).toBe('an HTML page, not a PDF');
    expect(notAPdfReason(text('\n  <html lang="fr"><head><title>ODS</title>'))).toBe('an HTML page, not a PDF');
    expect(notAPdfReason(text('{"error":"symbol not found"}'))).toBe('a JSON answer, not a PDF');
    expect(notAPdfReason(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))).toBe('an answer that is not a PDF');
    expect(notAPdfReason(new Uint8Array())).toBe('an empty answer, not a PDF');
  });
});

describe('notFoundStatus', () => {
  it('tells "no such document" from other failures', () => {
    expect(notFoundStatus(new Error('http://x/access?s=A: HTTP 404'))).toBe(404);
    expect(notFoundStatus(Object.assign(new Error('gone'), { status: 410 }))).toBe(410);
    expect(notFoundStatus(new Error('http://x/access?s=A: HTTP 403'))).toBeNull();
    expect(notFoundStatus(new Error('http://x: HTTP 503, will retry'))).toBeNull();
    expect(notFoundStatus(new Error('resolves to a private or loopback address (10.0.0.1)'))).toBeNull();
  });
});
