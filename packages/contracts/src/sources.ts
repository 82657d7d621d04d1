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

/** One declared source: a folder or a list of URLs, scanned on an interval or a cron pattern. */
export const SourceDeclaration = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes'),
    folder: z.string().min(1).optional(),
    urls: z.array(z.url({ protocol: /^https?$/ })).min(1).optional(),
    every: Every.optional(),
    cron: z.string().min(9).optional(),
  })
  .strict()
  .refine((s) => (s.folder === undefined) !== (s.urls === undefined), { message: 'give either "folder" or "urls", not both or neither' })
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
