// Measures how much of each seed the French lexicon recognises, before and after cleaning: the
// OCR-damaged 2012 report should come out as readable as the clean ones.
import { readFileSync, readdirSync } from 'node:fs';
import { cleanText } from '../src/core/clean-text.ts';
import { frenchLexicon } from '../src/core/french-lexicon.ts';
import { lexiconCoverage } from '../src/core/lexicon-coverage.ts';

const seeds = new URL('../../../seeds/', import.meta.url);
const lexicon = frenchLexicon();
console.log(`lexicon: ${lexicon.size} forms loaded in ${lexicon.loadMs.toFixed(0)} ms`);
const pct = (x: number): string => `${(x * 100).toFixed(2)} %`.padStart(8);
console.log('seed                       words  unknown before  unknown after  corrections  removed  clean ms');
for (const name of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
  const raw = readFileSync(new URL(name, seeds), 'utf8');
  const started = performance.now();
  const cleaned = cleanText(raw);
  const ms = performance.now() - started;
  const before = lexiconCoverage(raw, lexicon);
  const after = lexiconCoverage(cleaned.text, lexicon);
  console.log(
    `${name.padEnd(26)} ${String(after.words).padStart(5)}  ${pct(before.unknownShare)}        ${pct(after.unknownShare)}       ${String(cleaned.corrections.length).padStart(5)}     ${String(cleaned.removed.length).padStart(4)}    ${ms.toFixed(0).padStart(5)}`,
  );
}
