import { z } from 'zod';

const MAX_URLS = 100;

/** POST /ingest as JSON: the http(s) URLs to fetch (private addresses are refused at fetch time). */
export const IngestUrls = z.strictObject({
  urls: z
    .array(z.url({ protocol: /^https?$/, error: 'each url must be an absolute http(s) URL' }).max(2_048))
    .min(1, 'give at least one url')
    .max(MAX_URLS, `at most ${MAX_URLS} urls a request`),
});
export type IngestUrls = z.infer<typeof IngestUrls>;

export const IngestionOut = z.object({ id: z.string(), source: z.string(), status: z.string() });
export const IngestResponse = z.object({ ingestions: z.array(IngestionOut) });
