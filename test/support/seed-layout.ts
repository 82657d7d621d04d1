// What the PDF and HTML renderers need of a seed: its structure as the text pipeline reads it,
// and the lines of its header block (organ, distribution, date, title...), footnote lines aside.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanText } from '@palermo/clean';
import { segmentText } from '@palermo/segment';
import type { SegmentedDocument } from '@palermo/contracts';
import { palermo, SEEDS, type Sandbox } from './harness.ts';

/** A seed's structure and header block, for rendering it in another format. */
export function readSeedLayout(seed: string): { structure: SegmentedDocument; headerBlock: string[] } {
  const cleaned = cleanText(readFileSync(join(SEEDS, seed), 'utf8'), { mediaType: 'text/markdown' });
  const structure = segmentText(cleaned.text, cleaned.removed);
  const firstHeading = structure.sections[0] ? cleaned.text.indexOf(structure.sections[0].title) : 0;
  const headerBlock = cleaned.text
    .slice(0, Math.max(0, firstHeading))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !/^[IVX]+\.?$/.test(line) && !line.startsWith('*'));
  return { structure, headerBlock };
}

/** Ingests a seed and its rendering in another format, and returns `palermo document --format json` of both. */
export async function ingestSeedAndRendering<T>(sandbox: Sandbox, seed: string, rendering: string): Promise<{ fromText: T; fromRendering: T }> {
  const ingest = await palermo(sandbox, ['ingest', join(SEEDS, seed), rendering, '--wait']);
  if (ingest.code !== 0) throw new Error(`ingest failed:\n${ingest.stdout}${ingest.stderr}`);
  const read = async (ref: string) => JSON.parse((await palermo(sandbox, ['document', ref, '--format', 'json'])).stdout) as T;
  return { fromText: await read(seed), fromRendering: await read(rendering.split('/').at(-1)!) };
}
