// The parser pool against real child processes: reuse, recycling, a crash from outside, the
// deadline and the memory cap on a deflate bomb (whose resident memory is watched from here).
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { PARSER_V8_FLAGS, PdfParserPool } from './pdf-parser-pool.ts';
import { deflateBombPdf, pdfWithText } from './testing/make-pdf.ts';

const LARGE = readFileSync(new URL('../../../../test/fixtures/pdf-engine/A_81_6_Sect.24.pdf', import.meta.url));
const HELLO = pdfWithText('Hello world');
const pools: PdfParserPool[] = [];
const pool = (options: Partial<ConstructorParameters<typeof PdfParserPool>[0]> = {}): PdfParserPool => {
  const created = new PdfParserPool({ processes: 1, maxDocuments: 50, maxMemoryMb: 256, ...options });
  pools.push(created);
  return created;
};
const request = (bytes: Uint8Array, timeoutMs = 60_000) => ({ bytes, maxPages: 100, timeoutMs });

afterEach(() => {
  for (const created of pools.splice(0)) created.close();
});

async function until<T>(probe: () => T | undefined, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function residentMb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

describe('PdfParserPool', () => {
  it('keeps one process for several documents and replaces it after maxDocuments', async () => {
    const parsers = pool({ maxDocuments: 2 });
    expect((await parsers.parse(request(HELLO))).kind).toBe('pages');
    const [first] = parsers.pids();
    expect(first).toBeGreaterThan(0);
    const second = await parsers.parse(request(HELLO));
    expect(second).toMatchObject({ kind: 'pages', pages: [{ items: [{ str: 'Hello world', fontSize: 12 }] }] });
    expect(parsers.pids()).toEqual([]); // recycled after its second document
    expect((await parsers.parse(request(HELLO))).kind).toBe('pages');
    expect(parsers.pids()).toHaveLength(1);
    expect(parsers.pids()[0]).not.toBe(first);
  });

  it.runIf(process.platform === 'linux')('runs node with the parser V8 flags and heap sizes, through the memory-limit wrapper', async () => {
    const parsers = pool({ maxMemoryMb: 256 });
    await parsers.parse(request(HELLO));
    const [pid] = parsers.pids();
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    expect(args).toEqual(expect.arrayContaining([...PARSER_V8_FLAGS, '--max-old-space-size=256', '--max-semi-space-size=32']));
    expect(readFileSync(`/proc/${pid}/limits`, 'utf8')).toMatch(/Max data size\s+268435456\s/);
  });

  it('replaces a process whose resident memory has grown past recycleAboveMb, and keeps one that has not', async () => {
    const lean = pool();
    await lean.parse(request(HELLO));
    const [kept] = lean.pids();
    await lean.parse(request(HELLO));
    expect(lean.pids()).toEqual([kept]);
    const grown = pool({ recycleAboveMb: 1 }); // every node process is resident above 1 MB
    expect((await grown.parse(request(HELLO))).kind).toBe('pages');
    expect(grown.pids()).toEqual([]);
  });

  it('keeps the process when pdf.js refuses a document, and says why', async () => {
    const parsers = pool();
    await parsers.parse(request(HELLO));
    const [pid] = parsers.pids();
    const outcome = await parsers.parse(request(new TextEncoder().encode('%PDF-1.7\nnot a pdf\n%%EOF')));
    expect(outcome.kind).toBe('refused');
    expect(parsers.pids()).toEqual([pid]);
  });

  it('reports a process killed from outside as a crash, and parses the next document in a new one', async () => {
    const parsers = pool();
    const running = parsers.parse(request(LARGE));
    const pid = await until(() => parsers.pids()[0]);
    process.kill(pid, 'SIGKILL');
    expect(await running).toMatchObject({ kind: 'crashed', detail: expect.stringMatching(/SIGKILL/) });
    expect((await parsers.parse(request(HELLO))).kind).toBe('pages');
    expect(parsers.pids()[0]).not.toBe(pid);
  });

  it('ends a parse at its deadline and replaces the process', async () => {
    const parsers = pool();
    expect(await parsers.parse(request(LARGE, 20))).toEqual({ kind: 'timeout' });
    expect(parsers.pids()).toEqual([]);
    expect((await parsers.parse(request(HELLO))).kind).toBe('pages');
  });

  it('runs up to `processes` parses at once and queues the rest', async () => {
    const parsers = pool({ processes: 2 });
    const outcomes = await Promise.all([1, 2, 3, 4, 5].map(() => parsers.parse(request(HELLO))));
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['pages', 'pages', 'pages', 'pages', 'pages']);
    expect(parsers.pids()).toHaveLength(2);
  });

  it('stops a deflate bomb at the memory cap, all memory counted, not only the heap', async () => {
    const parsers = pool({ maxMemoryMb: 256 });
    await parsers.parse(request(HELLO));
    const [pid] = parsers.pids();
    let peak = 0;
    const watch = setInterval(() => (peak = Math.max(peak, residentMb(pid!))), 5);
    const started = Date.now();
    const outcome = await parsers.parse(request(deflateBombPdf(4)));
    clearInterval(watch);
    expect(outcome.kind).toBe('memory');
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThan(256 * 1.1); // measured: 4 GB of zeros stopped at about 200 MB resident
    expect(Date.now() - started).toBeLessThan(30_000);
    expect((await parsers.parse(request(HELLO))).kind).toBe('pages');
  }, 60_000);
});
