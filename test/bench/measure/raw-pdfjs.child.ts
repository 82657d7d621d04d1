// Run by parse-rate.ts: pdf.js through pdf-parse's getText, one PDF after another, `passes` times
// over the bench's PDFs, in a fresh process of its own; prints one JSON line per pass. The first
// pass is what a process that has just started pays (pdf.js compiled and optimised as it goes), the
// later ones what a process that has been running pays. With `native`, V8's own Array.prototype.push
// and JSON.parse are put back after pdf.js is loaded, as the product's parser process does.
import type { PDFParse as Parser } from 'pdf-parse';
import { benchPdfs } from './inputs.ts';
// @ts-expect-error plain JavaScript module of the parser's child process, without types
import { keepNativeBuiltIns } from '../../../services/fetch/src/pdf/native-built-ins.mjs';

const [passes = '3', mode = 'as-shipped'] = process.argv.slice(2);
const pdfs = benchPdfs();
const load = async () => {
  const { PDFParse } = await import('pdf-parse');
  // @ts-expect-error pdf.js's worker module has no types; loaded for its globalThis.pdfjsWorker
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return PDFParse;
};
const PDFParse: typeof Parser = mode === 'native' ? (await keepNativeBuiltIns(load)).result : await load();

for (let pass = 0; pass < Number(passes); pass++) {
  const pages: Record<string, number> = {};
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (const pdf of pdfs) {
    const parser = new PDFParse({ data: new Uint8Array(pdf.bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 });
    try {
      pages[pdf.name] = (await parser.getText()).pages.length;
    } finally {
      await parser.destroy();
    }
  }
  const used = process.cpuUsage(cpu);
  console.log(JSON.stringify({ pages, seconds: (performance.now() - start) / 1000, cpuSeconds: (used.user + used.system) / 1e6 }));
}
process.exit(0);
