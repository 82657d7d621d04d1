// The parser's own speed, the reference the pipeline is held to: pdf.js through pdf-parse in this
// process (what the product wraps), and poppler's pdftotext when it is installed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFParse } from 'pdf-parse';
import type { BenchInput } from './inputs.ts';

/** Pages read, wall seconds and CPU seconds of one pass over the PDFs. */
export interface ParseRate {
  pages: number;
  seconds: number;
  cpuSeconds: number;
}

/** pdf.js in this process, one PDF after another, as the product calls it. */
export async function pdfjsRate(pdfs: readonly BenchInput[]): Promise<ParseRate> {
  let pages = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (const pdf of pdfs) {
    const parser = new PDFParse({ data: new Uint8Array(pdf.bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 });
    try {
      pages += (await parser.getText()).pages.length;
    } finally {
      await parser.destroy();
    }
  }
  const used = process.cpuUsage(cpu);
  return { pages, seconds: (performance.now() - start) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

/** True when poppler's pdftotext runs here. */
export function hasPdftotext(): boolean {
  return spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
}

/** pdftotext, one process per PDF, as a fast path would run it. */
export function pdftotextRate(pdfs: readonly BenchInput[], pageCounts: ReadonlyMap<string, number>): ParseRate {
  const dir = mkdtempSync(join(tmpdir(), 'palermo-bench-pdftotext-'));
  try {
    const files = pdfs.map((pdf, i) => {
      const path = join(dir, `${i}.pdf`);
      writeFileSync(path, pdf.bytes);
      return { path, pages: pageCounts.get(pdf.name) ?? 0 };
    });
    const start = performance.now();
    for (const file of files) spawnSync('pdftotext', ['-enc', 'UTF-8', file.path, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
    const seconds = (performance.now() - start) / 1000;
    return { pages: files.reduce((n, f) => n + f.pages, 0), seconds, cpuSeconds: seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pages of each PDF, by name (read once with pdf.js). */
export async function pageCounts(pdfs: readonly BenchInput[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const pdf of pdfs) {
    const parser = new PDFParse({ data: new Uint8Array(pdf.bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 });
    try {
      counts.set(pdf.name, (await parser.getInfo()).total);
    } finally {
      await parser.destroy();
    }
  }
  return counts;
}
