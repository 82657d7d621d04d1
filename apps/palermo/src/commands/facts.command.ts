import { basename } from 'node:path';
import { csvLine, FACT_FIELDS, FactKind, type Fact } from '@palermo/contracts';
import { openStorage } from '@palermo/storage';
import { renderTable } from '../format/table.ts';
import { describeValue } from '../format/value.ts';
import type { CommandContext } from './command-context.ts';

export interface FactsOptions {
  kind?: string;
  document?: string;
  instrument?: string;
  fund?: string;
  measure?: string;
  format: 'table' | 'jsonl' | 'csv';
}

/** `palermo facts`: the stored facts, as a table for people or JSON Lines / CSV for programs. */
export async function factsCommand(options: FactsOptions, { env, out }: CommandContext): Promise<number> {
  if (options.kind && !FactKind.safeParse(options.kind).success) {
    out.error(`unknown kind ${options.kind}; the kinds are ${FactKind.options.join(', ')}`);
    return 2;
  }
  const storage = await openStorage({ databaseUrl: env.DATABASE_URL, dataDir: env.PALERMO_DATA_DIR });
  try {
    const facts = await storage.facts.list(options);
    if (options.format === 'jsonl') for (const fact of facts) out.write(`${JSON.stringify(pick(fact))}\n`);
    else if (options.format === 'csv') {
      out.write(`${FACT_FIELDS.join(',')}\n`);
      for (const fact of facts) out.write(`${csvLine(FACT_FIELDS.map((field) => fact[field]))}\n`);
    } else out.write(`${renderFactsTable(facts)}\n`);
    return 0;
  } finally {
    await storage.close();
  }
}

/** The contract's fields, in the contract's order. */
function pick(fact: Fact): Record<string, unknown> {
  return Object.fromEntries(FACT_FIELDS.map((field) => [field, fact[field]]));
}

/** A readable summary: one line a fact, grouped by document. */
export function renderFactsTable(facts: readonly Fact[]): string {
  if (facts.length === 0) return 'no facts stored';
  const rows = facts.map((fact) => [
    basename(fact.source),
    fact.footnote !== null ? `n${fact.footnote}` : String(fact.paragraph ?? ''),
    fact.kind,
    describeValue(fact),
    fact.state ?? fact.instrument ?? fact.fund ?? '',
    [fact.action, fact.state ? fact.instrument : null, fact.measure ?? fact.subject].filter(Boolean).join(' '),
    fact.as_of ?? fact.date ?? fact.period ?? '',
    fact.flags.join(' '),
    fact.quote,
  ]);
  return renderTable(['document', '¶', 'kind', 'value', 'about', 'measure', 'as of', 'flags', 'quote'], rows, 48);
}
