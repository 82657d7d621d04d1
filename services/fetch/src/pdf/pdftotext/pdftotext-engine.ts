import { spawn, spawnSync } from 'node:child_process';
import type { ParseOutcome, ParseRequest } from '../pdf-parser-pool.ts';
import { bboxPages } from './bbox-items.ts';

/** Whether poppler's `pdftotext` can be run here (checked once). */
let installed: boolean | undefined;
export function pdftotextInstalled(): boolean {
  installed ??= spawnSync('pdftotext', ['-v'], { stdio: 'ignore', timeout: 5_000 }).status === 0;
  return installed;
}

/**
 * Reads a PDF with `pdftotext -bbox-layout` into the items the layout core takes, behind the same
 * fences as the pdf.js parser: a deadline (the process is killed), an operating-system memory
 * limit (`ulimit -v`, which a native program, unlike node, starts under), and a page cap (poppler
 * reads at most one page past it, and the document is refused if that page exists).
 */
export function parseWithPdftotext(request: ParseRequest, maxMemoryMb: number): Promise<ParseOutcome> {
  const args = ['-bbox-layout', '-enc', 'UTF-8', '-l', String(request.maxPages + 1), '-', '-'];
  const child = spawn('/bin/sh', ['-c', `ulimit -v ${maxMemoryMb * 1024} && exec pdftotext "$@"`, 'sh', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  let outBytes = 0;
  let stopped: ParseOutcome | null = null;
  const stop = (outcome: ParseOutcome): void => {
    stopped ??= outcome;
    child.kill('SIGKILL');
  };
  const deadline = setTimeout(() => stop({ kind: 'timeout' }), request.timeoutMs);
  child.stdout.on('data', (chunk: Buffer) => {
    outBytes += chunk.length;
    // The text of a document cannot need more than its memory cap: a runaway output is stopped there too.
    if (outBytes > maxMemoryMb * 1024 * 1024) stop({ kind: 'memory', detail: `its output passed ${maxMemoryMb} MB` });
    else out.push(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  child.stdin.on('error', () => undefined); // poppler may stop reading a file it refuses
  child.stdin.end(request.bytes);
  return new Promise((resolve) => {
    child.on('error', (error) => {
      clearTimeout(deadline);
      resolve({ kind: 'crashed', detail: error.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(deadline);
      const stderr = Buffer.concat(err).toString('utf8');
      if (stopped) return resolve(stopped);
      if (code === 0) return resolve(pages(Buffer.concat(out).toString('utf8'), request.maxPages));
      resolve(failure(code, signal, stderr));
    });
  });
}

function pages(xhtml: string, maxPages: number): ParseOutcome {
  const read = bboxPages(xhtml);
  if (read.length > maxPages) return { kind: 'refused', name: 'PageLimit', message: `more than ${maxPages} pages, the limit` };
  return { kind: 'pages', pages: read };
}

/** poppler's exit: 1 the file could not be opened (damaged, or a password is needed), 3 permissions, other a crash. */
function failure(code: number | null, signal: NodeJS.Signals | null, stderr: string): ParseOutcome {
  const said = stderr.trim().split('\n').filter(Boolean).slice(-1)[0]?.slice(0, 300) ?? '';
  // Under too small a cap poppler cannot even map its libraries: that is the cap too.
  if (/bad_alloc|out of memory|cannot allocate|failed to map segment/i.test(stderr)) return { kind: 'memory', detail: said };
  if (/password/i.test(stderr)) return { kind: 'refused', name: 'PasswordException', message: said };
  if (code === 1 || code === 3) return { kind: 'refused', name: 'InvalidPDFException', message: said || `pdftotext exited with ${code}` };
  return { kind: 'crashed', detail: `pdftotext ${signal ? `killed by ${signal}` : `exited with ${code}`}${said ? `: ${said}` : ''}` };
}
