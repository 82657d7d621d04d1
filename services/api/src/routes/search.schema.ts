import { z } from 'zod';
import { strictQuery } from './strict-query.ts';

export const SearchQuery = strictQuery({
  q: z.string().trim().min(1, 'q is the text to search for').max(200, 'q is at most 200 characters'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});

export const SearchHit = z
  .object({
    document: z.string(),
    source: z.string(),
    symbol: z.string().nullable(),
    section: z.object({ id: z.string(), title: z.string().nullable() }).nullable(),
    paragraph: z.number().int().nullable().describe('the printed paragraph number (for a footnote: of the paragraph that calls it)'),
    index: z.number().int().nullable().describe('the position of that paragraph in the document, from 0'),
    footnote: z.number().int().nullable().describe('set when the match is in a footnote'),
    snippet: z.string().describe('HTML: the text escaped, the matching words in <mark>'),
    rank: z.number(),
  })
  .meta({ id: 'SearchHit' });

export const SearchResponse = z.object({
  query: z.string(),
  words: z.array(z.object({ word: z.string(), mode: z.enum(['stemmed', 'as_written']) })).describe('how each word was matched; stop words are dropped'),
  total: z.number().int(),
  results: z.array(SearchHit),
});
