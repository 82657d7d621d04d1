// Prints what the reader makes of one PDF, to look at a dev document's reading (never a held-out one's):
//   node --import tsx test/eval/reading/dump-reading.ts FILE.pdf          paragraphs, sections, tables, notes
//   node --import tsx test/eval/reading/dump-reading.ts FILE.pdf --raw    the fetch stage's text
//   node --import tsx test/eval/reading/dump-reading.ts FILE.pdf --clean  the clean stage's text
import { readFileSync } from 'node:fs';
import { cleanText } from '@palermo/clean';
import { closePdfParsers, extractPdfText } from '../../../services/fetch/src/pdf/extract-pdf-text.ts';
import { readPdf, stopReading } from './read-pdf.ts';

const [file = '', mode] = process.argv.slice(2);
const bytes = readFileSync(file);
if (mode === '--raw' || mode === '--clean') {
  const fetched = await extractPdfText(bytes, { maxBytes: 20_000_000, maxPages: 300, timeoutMs: 120_000, maxMemoryMb: 1024 }, file, 'reading-eval');
  closePdfParsers();
  console.log(mode === '--raw' ? fetched.text : cleanText(fetched.text, { mediaType: 'application/pdf', layout: fetched.layout }).text);
} else {
  const doc = await readPdf(bytes, file);
  stopReading();
  for (const s of doc.sections) console.log(`SECTION ${s.id} L${s.level} ${s.title}`);
  for (const p of doc.paragraphs) console.log(`[${p.label ?? (p.numbered ? p.number : '-')}] ${p.role ?? ''} ${p.sectionId ?? ''} | ${p.text}`);
  for (const t of doc.tables ?? []) console.log(`TABLE ${t.rows.length} rows: ${JSON.stringify(t.rows.slice(0, 2))}`);
  for (const f of doc.footnotes) console.log(`NOTE ${f.number} ${f.text.slice(0, 80)}`);
  for (const b of (doc.blocks ?? []).filter((b) => b.kind === 'closing')) console.log(`CLOSING ${b.text}`);
}
