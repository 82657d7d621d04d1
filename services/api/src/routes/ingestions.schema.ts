import { z } from 'zod';
import { DocumentStatus, SourceRef } from '@palermo/contracts';
import { strictQuery } from './strict-query.ts';

export const IngestionsQuery = strictQuery({
  status: DocumentStatus.optional(),
  limit: z.coerce.number().int().min(1).max(1_000).default(200),
});

/** One request to read a source: what was asked, where it stands, why it failed. */
export const IngestionSummary = z.object({
  id: z.string(),
  source: SourceRef,
  status: z.string(),
  documentId: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const IngestionsResponse = z.object({ ingestions: z.array(IngestionSummary) });
