import { z } from 'zod';

/** The queue that scans declared sources on their schedules (not a document stage). */
export const SOURCES_QUEUE = 'sources';

const DURATION = /^(\d+)\s*(ms|s|m|h|d)$/;
const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** "90s", "15m", "6h", "1d" → milliseconds. */
export function parseDurationMs(text: string): number | null {
  const match = DURATION.exec(text.trim());
  if (!match?.[1] || !match[2]) return null;
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

const Every = z
  .string()
  .refine((text) => (parseDurationMs(text) ?? 0) >= 1_000, 'an interval such as "30s", "15m", "6h" or "1d" (at least one second)');

/** The languages a symbols source may ask for, and their one-letter codes in the Official Document System. */
export const ODS_LANGUAGE_CODES = { en: 'E', fr: 'F', es: 'S', ar: 'A', zh: 'C', ru: 'R' } as const;
export const SymbolLanguage = z.enum(['en', 'fr', 'es', 'ar', 'zh', 'ru']);
export type SymbolLanguage = z.infer<typeof SymbolLanguage>;

/** The variables a symbol pattern may hold besides its number `{n}`. */
export const SYMBOL_VARIABLES = ['session', 'year', 'committee'] as const;

// A UN document symbol as ODS spells it: capitals, digits, dots, dashes, slashes, parentheses, spaces.
const SYMBOL = /^[A-Z][A-Za-z0-9./()\- ]*[A-Za-z0-9.)]$/;
const VariableValue = z.union([z.int().positive(), z.enum(['previous', 'current', 'next'])]);
const Variable = z.union([VariableValue, z.array(VariableValue).min(1)]);

/** A range of document numbers: from N to M, or from N onwards (no `to`). */
export const SymbolNumberRange = z
  .object({ from: z.int().min(0), to: z.int().min(0).optional() })
  .strict()
  .refine((range) => range.to === undefined || range.to >= range.from, { message: '"to" must not be below "from"' });

/**
 * What a `symbols` source follows: a pattern such as `A/C.3/{session}/L.{n}` with its variables
 * (a value, "current", "next", "previous" or a list; `n` a range or "from N onwards"), or a plain
 * list of symbols; in one or more languages; a pattern stops after `stopAfter` consecutive misses.
 */
export const SymbolsDeclaration = z
  .object({
    pattern: z.string().min(3).optional(),
    list: z.array(z.string().regex(SYMBOL, 'a UN document symbol such as "A/RES/80/228"')).min(1).optional(),
    session: Variable.optional(),
    year: Variable.optional(),
    committee: Variable.optional(),
    n: SymbolNumberRange.optional(),
    languages: z.array(SymbolLanguage).min(1).refine((l) => new Set(l).size === l.length, 'each language once'),
    stopAfter: z.int().min(1).max(1_000).default(10),
  })
  .strict()
  .superRefine((decl, ctx) => {
    if ((decl.pattern === undefined) === (decl.list === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'give either "pattern" or "list", not both or neither' });
      return;
    }
    if (decl.list !== undefined) {
      for (const key of [...SYMBOL_VARIABLES, 'n'] as const) {
        if (decl[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" belongs to a pattern, not a list` });
      }
      return;
    }
    const used = [...decl.pattern!.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
    for (const name of used) {
      if (name !== 'n' && !(SYMBOL_VARIABLES as readonly string[]).includes(name)) {
        ctx.addIssue({ code: 'custom', path: ['pattern'], message: `unknown variable {${name}}: use {n}, {session}, {year} or {committee}` });
      } else if (name !== 'n' && decl[name as (typeof SYMBOL_VARIABLES)[number]] === undefined) {
        ctx.addIssue({ code: 'custom', path: [name], message: `the pattern uses {${name}}: give its value` });
      }
    }
    if (used.filter((name) => name === 'n').length !== 1) ctx.addIssue({ code: 'custom', path: ['pattern'], message: 'a pattern holds the document number {n} exactly once' });
    if (decl.n === undefined) ctx.addIssue({ code: 'custom', path: ['n'], message: 'give the numbers to follow, e.g. {from: 1} or {from: 1, to: 300}' });
    for (const key of SYMBOL_VARIABLES) {
      if (decl[key] !== undefined && !used.includes(key)) ctx.addIssue({ code: 'custom', path: [key], message: `the pattern does not use {${key}}` });
    }
    const sample = decl.pattern!.replace(/\{[^}]*\}/g, '1');
    if (!SYMBOL.test(sample)) ctx.addIssue({ code: 'custom', path: ['pattern'], message: 'not a UN document symbol pattern such as "A/RES/{session}/{n}"' });
  });
export type SymbolsDeclaration = z.infer<typeof SymbolsDeclaration>;

/** One declared source: a folder, a list of URLs or UN document symbols, scanned on an interval or a cron pattern. */
export const SourceDeclaration = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes'),
    folder: z.string().min(1).optional(),
    urls: z.array(z.url({ protocol: /^https?$/ })).min(1).optional(),
    symbols: SymbolsDeclaration.optional(),
    every: Every.optional(),
    cron: z.string().min(9).optional(),
  })
  .strict()
  .refine((s) => [s.folder, s.urls, s.symbols].filter((x) => x !== undefined).length === 1, {
    message: 'give either "folder" or "urls" or "symbols": exactly one of them',
  })
  .refine((s) => (s.every === undefined) !== (s.cron === undefined), { message: 'give either "every" or "cron", not both or neither' });
export type SourceDeclaration = z.infer<typeof SourceDeclaration>;

/** The sources file. */
export const SourcesFile = z
  .object({ sources: z.array(SourceDeclaration) })
  .strict()
  .refine((file) => new Set(file.sources.map((s) => s.name)).size === file.sources.length, { message: 'source names must be unique' });
export type SourcesFile = z.infer<typeof SourcesFile>;

/** A scan of one declared source, by name (the declaration is re-read from the file). */
export const ScanSourceJob = z.object({ source: z.string().min(1) });
export type ScanSourceJob = z.infer<typeof ScanSourceJob>;

/** What one scan of a source found. */
export const SourceRunRecord = z.object({
  source: z.string(),
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
  found: z.number().int(),
  queued: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(z.object({ item: z.string(), error: z.string() })),
});
export type SourceRunRecord = z.infer<typeof SourceRunRecord>;

/** Where one series of a symbols source stands (a pattern with its variables filled in, or a list). */
export const SymbolSeriesState = z.object({
  source: z.string(),
  series: z.string(), // e.g. "A/C.3/80/L.{n}", or "list"
  nextNumber: z.number().int().nullable(), // where the next run starts walking (null for a list)
  lastFound: z.string().nullable(), // the last symbol found in any language
  lastFoundAt: z.date().nullable(),
  lastRunAt: z.date().nullable(),
  lastRunFound: z.array(z.string()), // "symbol (language)" newly stored or changed in the last run
  waitingFor: z.array(z.string()), // the next symbol of the series, and editions not yet available
});
export type SymbolSeriesState = z.infer<typeof SymbolSeriesState>;

/** What an ingestion knows of its document before reading it: the UN symbol and the language asked for. */
export const SymbolHint = z.object({ symbol: z.string().min(1), language: SymbolLanguage });
export type SymbolHint = z.infer<typeof SymbolHint>;
