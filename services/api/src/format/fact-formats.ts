import { csvLine, FACT_FIELDS, type Fact } from '@palermo/contracts';

/** The representations of a list of facts. */
export type FactFormat = 'json' | 'jsonl' | 'csv';

export const MEDIA_TYPES: Readonly<Record<FactFormat, string>> = {
  json: 'application/json; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

const BY_MEDIA_TYPE: ReadonlyArray<[string, FactFormat]> = [
  ['application/json', 'json'], ['application/x-ndjson', 'jsonl'], ['application/jsonl', 'jsonl'],
  ['application/jsonlines', 'jsonl'], ['text/csv', 'csv'], ['application/*', 'json'], ['*/*', 'json'],
];

/**
 * The format to answer in: `?format=` wins, else the most preferred type of the Accept header
 * that we can produce (q-values honoured), else JSON. Null when Accept admits none of ours (406).
 */
export function negotiateFactFormat(accept: string | undefined, format: FactFormat | undefined): FactFormat | null {
  if (format) return format;
  if (!accept || accept.trim() === '') return 'json';
  const ranges = accept
    .split(',')
    .map((part, order) => {
      const [type = '', ...params] = part.trim().toLowerCase().split(';').map((s) => s.trim());
      const q = Number(params.find((p) => p.startsWith('q='))?.slice(2) ?? '1');
      return { type, q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((range) => range.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const range of ranges) {
    const found = BY_MEDIA_TYPE.find(([type]) => type === range.type);
    if (found) return found[1];
  }
  return null;
}

/** A fact with exactly the contract's fields, in the contract's order. */
export function factRecord(fact: Fact): Record<(typeof FACT_FIELDS)[number], unknown> {
  return Object.fromEntries(FACT_FIELDS.map((field) => [field, fact[field]])) as Record<(typeof FACT_FIELDS)[number], unknown>;
}

/** JSON Lines: one fact a line, each with the contract's fields. */
export function factsToJsonl(facts: readonly Fact[]): string {
  return facts.map((fact) => `${JSON.stringify(factRecord(fact))}\n`).join('');
}

/** CSV with a header line of the contract's field names. */
export function factsToCsv(facts: readonly Fact[]): string {
  return [FACT_FIELDS.join(','), ...facts.map((fact) => csvLine(FACT_FIELDS.map((field) => fact[field])))].map((line) => `${line}\r\n`).join('');
}
