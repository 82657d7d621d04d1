import { describe, expect, it } from 'vitest';
import { nameTheDocument } from './failure-reason.ts';

const ID = '9f2c'.repeat(16);

describe('nameTheDocument', () => {
  it('prefixes a storage error with the source it hit', () => {
    expect(nameTheDocument('Connection terminated unexpectedly', { source: '/seeds/2016.txt', documentId: ID }))
      .toBe('/seeds/2016.txt: Connection terminated unexpectedly');
  });

  it('keeps a reason that already names the source, its file name or the document', () => {
    expect(nameTheDocument('/seeds/a.pdf: encrypted PDF', { source: '/seeds/a.pdf', documentId: ID })).toBe('/seeds/a.pdf: encrypted PDF');
    expect(nameTheDocument('a.pdf has no text', { source: '/seeds/a.pdf', documentId: ID })).toBe('a.pdf has no text');
    expect(nameTheDocument(`document ${ID} has no clean text`, { source: '/x.txt', documentId: ID })).toBe(`document ${ID} has no clean text`);
  });

  it('falls back to the document id when the source is unknown', () => {
    expect(nameTheDocument('timeout', { source: null, documentId: ID })).toBe(`document ${ID.slice(0, 12)}: timeout`);
    expect(nameTheDocument('timeout', { source: null, documentId: null })).toBe('timeout');
  });
});
