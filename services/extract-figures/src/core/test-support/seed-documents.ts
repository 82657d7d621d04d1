import { readFileSync } from 'node:fs';
import type { SegmentedDocument } from '@palermo/contracts';
import { paragraphsFromText } from './paragraphs-from-text.ts';

/** File names of the four seed reports, by year. */
export const SEEDS = {
  2016: '000_644ba19c34dcf5cf.txt',
  2023: '001_4f7ec48e7529aa45.txt',
  2012: '002_6dceaf7ad839cf46.txt',
  2008: '003_fe48b1f1ca8da9ce.txt',
} as const;

/** Reads a seed report from the repository's `seeds/` folder. */
export function readSeed(name: string): string {
  return readFileSync(new URL(`../../../../../seeds/${name}`, import.meta.url), 'utf8');
}

/** A seed report segmented by the test helper. */
export function seedDocument(year: keyof typeof SEEDS): SegmentedDocument {
  return paragraphsFromText(readSeed(SEEDS[year]));
}

/** The repaired wording of the OCR-damaged 2012 report's key paragraphs (what the clean stage should give). */
export function repaired2012Document(): SegmentedDocument {
  return paragraphsFromText(readFileSync(new URL('./report-2012-excerpt.txt', import.meta.url), 'utf8'));
}
