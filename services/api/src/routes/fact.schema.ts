import { z } from 'zod';
import { Fact, FACT_FIELDS } from '@palermo/contracts';

type FactShape = typeof Fact.shape;

/** The fact contract as the API writes it: exactly FACT_FIELDS, in that order. */
export const FactOut = z
  .object(Object.fromEntries(FACT_FIELDS.map((field) => [field, Fact.shape[field]])) as { [K in (typeof FACT_FIELDS)[number]]: FactShape[K] })
  .meta({ id: 'Fact', description: 'A typed statement with provenance; the field names are a versioned contract.' });
