// What the benchmark reads: the real PDFs in the fixtures and, when it is beside the clone, the
// corpus of real UN PDFs; and the seeds as text.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SEEDS } from '../../support/harness.ts';

/** One input document, in memory. */
export interface BenchInput {
  name: string;
  bytes: Uint8Array;
}

const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'un-pdfs');

function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every distinct real PDF available: the fixtures, then the corpus when present. */
export function benchPdfs(): BenchInput[] {
  const paths = [...walk(join(ROOT, 'test', 'fixtures')), ...(existsSync(CORPUS) ? walk(CORPUS) : [])].filter((p) => p.endsWith('.pdf')).sort();
  const seen = new Set<string>();
  const inputs: BenchInput[] = [];
  for (const path of paths) {
    const bytes = new Uint8Array(readFileSync(path));
    const hash = createHash('sha256').update(bytes).digest('hex');
    if (seen.has(hash)) continue;
    seen.add(hash);
    inputs.push({ name: path.slice(path.lastIndexOf('/') + 1), bytes });
  }
  return inputs;
}

/** The four seed reports as text. */
export function benchSeeds(): Array<{ name: string; text: string }> {
  return readdirSync(SEEDS).sort().map((name) => ({ name, text: readFileSync(join(SEEDS, name), 'utf8') }));
}

/** A byte-distinct copy of a document (ids are content hashes): a PDF comment after %%EOF, or a trailing text line. */
export function distinctCopy(input: BenchInput, copy: number): Uint8Array {
  const suffix = new TextEncoder().encode(input.name.endsWith('.pdf') ? `\n% palermo bench copy ${copy}\n` : `\n\n<!-- copy ${copy} -->\n`);
  const out = new Uint8Array(input.bytes.byteLength + suffix.byteLength);
  out.set(input.bytes);
  out.set(suffix, input.bytes.byteLength);
  return out;
}
