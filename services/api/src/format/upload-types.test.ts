import { describe, expect, it } from 'vitest';
import { safeFileName, uploadProblem } from './upload-types.ts';

describe('uploadProblem', () => {
  it('accepts the types the fetch stage reads', () => {
    expect(uploadProblem('report.pdf', 'application/pdf')).toBeNull();
    expect(uploadProblem('report.TXT', 'text/plain; charset=utf-8')).toBeNull();
    expect(uploadProblem('notes.md', 'application/octet-stream')).toBeNull();
    expect(uploadProblem('page.htm', 'text/html')).toBeNull();
  });

  it('refuses other types, and a declared type that contradicts the extension', () => {
    expect(uploadProblem('image.png', 'image/png')).toMatch(/unsupported type/);
    expect(uploadProblem('noextension', 'text/plain')).toMatch(/unsupported type/);
    expect(uploadProblem('report.pdf', 'text/html')).toMatch(/does not match/);
  });
});

describe('safeFileName', () => {
  it('keeps names that cannot escape the upload folder', () => {
    expect(safeFileName('../../etc/passwd')).toBe('etc_passwd');
    expect(safeFileName('Rapport été 2016.pdf')).toBe('Rapport_ete_2016.pdf');
    expect(safeFileName('...')).toBe('upload');
  });
});
