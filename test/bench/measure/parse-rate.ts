// The parser's own speed, the reference the pipeline is held to: pdf.js through pdf-parse (what the
// issue names "raw pdf.js"), in a process of its own so that pdf.js's polyfills (its legacy build
// replaces Array.prototype.push) touch neither the bench's other measures nor its clock; and
// poppler's pdftotext when it is installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PARSER_V8_FLAGS } from '../../../services/fetch/src/pdf/pdf-parser-pool.ts';
import type { BenchInput } from './inputs.ts';

/** Pages read, wall seconds and CPU seconds of one pass over the PDFs. */
export interface ParseRate {
  pages: number;
  seconds: number;
  cpuSeconds: number;
}

/** A fresh process's passes over the PDFs: the first cold, the others warm; and each PDF's pages. */
export interface PdfjsPasses {
  cold: ParseRate;
  warm: ParseRate[];
  pageCounts: Map<string, number>;
}

const CHILD = fileURLToPath(new URL('./raw-pdfjs.child.ts', import.meta.url));

/**
 * pdf.js through pdf-parse in a fresh process, `passes` passes. `native`: as the product's parser
 * process runs pdf.js, with V8's own built-ins put back after loading and its V8 flags.
 */
export function pdfjsPasses(passes: number, mode: 'as-shipped' | 'native' = 'as-shipped'): PdfjsPasses {
  const flags = mode === 'native' ? PARSER_V8_FLAGS : [];
  const out = execFileSync(process.execPath, [...flags, '--import', 'tsx', CHILD, String(passes), mode], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const runs = out.trim().split('\n').map((line) => JSON.parse(line) as { pages: Record<string, number>; seconds: number; cpuSeconds: number });
  const rate = (r: (typeof runs)[number]): ParseRate => ({ pages: Object.values(r.pages).reduce((a, b) => a + b, 0), seconds: r.seconds, cpuSeconds: r.cpuSeconds });
  return { cold: rate(runs[0]!), warm: runs.slice(1).map(rate), pageCounts: new Map(Object.entries(runs[0]!.pages)) };
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
