import { z } from 'zod';
import { FactKind, Fund, Instrument } from '@palermo/contracts';
import { endOf, PartialDate, startOf } from '../format/date-range.ts';
import { FactOut } from './fact.schema.ts';
import { strictQuery } from './strict-query.ts';

/** The filters of GET /facts; anything else is refused. */
export const FactsQuery = strictQuery({
  kind: FactKind.optional(),
  instrument: Instrument.optional(),
  fund: Fund.optional(),
  measure: z.string().regex(/^[a-z0-9_]{1,64}$/, 'a measure is lowercase letters, digits and _, e.g. grants_awarded').optional(),
  document: z.string().regex(/^[0-9a-f]{4,64}$/, 'a document id (64 hex characters) or its first characters (at least 4)').optional(),
  from: PartialDate.optional().describe('facts dated (as_of, or date for treaty actions) on or after this: yyyy, yyyy-mm or yyyy-mm-dd'),
  to: PartialDate.optional().describe('facts dated on or before this: yyyy, yyyy-mm or yyyy-mm-dd'),
  format: z.enum(['json', 'jsonl', 'csv']).optional().describe('overrides the Accept header: application/json, application/x-ndjson, text/csv'),
}).refine((query) => !query.from || !query.to || startOf(query.from) <= endOf(query.to), {
  message: 'from is after to',
  path: ['from'],
});
export type FactsQuery = z.infer<typeof FactsQuery>;

/** GET /facts as JSON; JSON Lines and CSV carry the same fields one fact a line. */
export const FactsResponse = z.object({ count: z.number().int(), facts: z.array(FactOut) });

/** GET /facts as JSON Lines or CSV: text, one fact a line. */
export const FactsText = z.string();
