import { z } from 'zod';

export const HealthResponse = z.object({ status: z.literal('ok') });

export const Check = z.object({ ok: z.boolean(), error: z.string().optional(), latencyMs: z.number() });

export const ReadyResponse = z.object({
  status: z.enum(['ready', 'unavailable']),
  checks: z.object({ redis: Check, database: Check }),
});
export type ReadyResponse = z.infer<typeof ReadyResponse>;
