// The four French seeds must read exactly as they did before the reader learnt real UN layout:
// every paragraph, footnote, section and metadata field, from the text and from the PDF the team
// renders of it. The expected outputs were recorded once, before that work, in frozen/; a change
// here is a change of behaviour on the seeds, to be justified, never re-recorded by default.
// No server is needed: the stages' pure cores are called in the order the pipeline calls them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanText } from '@palermo/clean';
import type { SegmentedDocument } from '@palermo/contracts';
import { segmentText } from '@palermo/segment';
import { closePdfParsers, extractPdfText } from '../../services/fetch/src/pdf/extract-pdf-text.ts';
import { SEEDS } from '../support/harness.ts';
import { readSeedLayout } from '../support/seed-layout.ts';
import { renderUnPdf } from '../support/un-pdf.ts';

const CASES = [
  { seed: '000_644ba19c34dcf5cf.txt', symbol: 'S/2016/949', jobNumber: '16-19731 (F)' },
  { seed: '001_4f7ec48e7529aa45.txt', symbol: 'A/78/140', jobNumber: '23-14488 (F)' },
  { seed: '002_6dceaf7ad839cf46.txt', symbol: 'CTOC/COP/2012/2', jobNumber: 'V.12-54630 (F)' },
  { seed: '003_fe48b1f1ca8da9ce.txt', symbol: 'A/63/90', jobNumber: '08-41035 (F)' },
];
const FROZEN = new URL('./frozen/', import.meta.url);
const LIMITS = { maxBytes: 10_000_000, maxPages: 200, timeoutMs: 60_000, maxMemoryMb: 512 };

/**
 * What a reader of the document saw when it was frozen: the fields that existed then, without the
 * reading text every offset already describes. Fields added since (tables, blocks, paragraph
 * labels and roles, session number, document type, sponsors) are new information, not a change.
 */
function view(doc: SegmentedDocument): Omit<SegmentedDocument, 'text'> {
  const { symbol, organ, date, session, agendaItem, title, language } = doc.metadata;
  return {
    metadata: { symbol, organ, date, session, agendaItem, title, language },
    sections: doc.sections,
    paragraphs: doc.paragraphs.map(({ index, number, numbered, sectionId, text, start, end, footnoteRefs }) => ({ index, number, numbered, sectionId, text, start, end, footnoteRefs })),
    footnotes: doc.footnotes,
    warnings: doc.warnings,
  };
}
afterAll(closePdfParsers);

const pretty = (value: unknown): string => `${JSON.stringify(value, null, 1)}\n`;

describe.each(CASES)('the seed $seed reads as before', ({ seed, symbol, jobNumber }) => {
  const frozenText = new URL(`${seed}.text.json`, FROZEN);

  it('from its text', async () => {
    const cleaned = cleanText(readFileSync(join(SEEDS, seed), 'utf8'), { mediaType: 'text/plain' });
    const doc = segmentText(cleaned.text, cleaned.removed);
    await expect(pretty(view(doc))).toMatchFileSnapshot(frozenText.pathname);
  });

  it('from its PDF rendering', async () => {
    // The rendering is made from the frozen structure, so that a change to the text reading cannot
    // hide a change to the PDF reading by changing what is rendered.
    const { structure: current, headerBlock } = readSeedLayout(seed);
    const frozen = existsSync(frozenText) ? (JSON.parse(readFileSync(frozenText, 'utf8')) as Omit<SegmentedDocument, 'text'>) : view(current);
    const structure: SegmentedDocument = { ...frozen, text: current.text };
    const bytes = await renderUnPdf(structure, { symbol, jobNumber, headerBlock });
    const fetched = await extractPdfText(bytes, LIMITS, seed.replace('.txt', '.pdf'), 'frozen');
    const cleaned = cleanText(fetched.text, { mediaType: 'application/pdf', layout: fetched.layout });
    const doc = segmentText(cleaned.text, cleaned.removed);
    await expect(pretty(view(doc))).toMatchFileSnapshot(new URL(`${seed}.pdf.json`, FROZEN).pathname);
  }, 120_000);
});
