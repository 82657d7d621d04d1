import { z } from 'zod';
import { Fund, Instrument } from '@palermo/contracts';
import { strictQuery } from './strict-query.ts';

export const TimelinePoint = z
  .object({
    date: z.string().nullable().describe('as_of, else the end of the period; null when undated (listed last)'),
    value: z.number().nullable(),
    qualifier: z.string().nullable(),
    as_of: z.string().nullable(),
    period: z.string().nullable(),
    instrument: z.string().nullable(),
    fund: z.string().nullable(),
    measure: z.string().nullable(),
    currency: z.string().nullable(),
    unit: z.string().nullable(),
    document: z.string(),
    source: z.string(),
    section: z.string().nullable(),
    paragraph: z.number().int().nullable(),
    footnote: z.number().int().nullable(),
    span: z.tuple([z.number().int(), z.number().int()]),
    quote: z.string(),
    flags: z.array(z.string()).describe('e.g. parties_fell: lower than a figure dated earlier for the same instrument'),
  })
  .meta({ id: 'TimelinePoint' });

export const TreatyPartiesQuery = strictQuery({
  instrument: Instrument.optional().describe('e.g. trafficking_protocol; all instruments when absent'),
});

export const FundQuery = strictQuery({
  fund: Fund.default('trafficking_victims_trust_fund'),
  measure: z.string().regex(/^[a-z0-9_]{1,64}$/, 'a measure is lowercase letters, digits and _, e.g. grants_awarded').optional().describe('e.g. grants_awarded; every measure when absent'),
});

export const TreatyPartiesTimeline = z.object({ instrument: z.string().nullable(), points: z.array(TimelinePoint) });
export const FundTimeline = z.object({ fund: z.string(), measure: z.string().nullable(), points: z.array(TimelinePoint) });
