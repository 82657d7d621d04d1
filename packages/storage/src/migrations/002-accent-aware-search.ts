/**
 * French search that keeps `traite` (trafficking) and `traité` (treaty) apart. The `french`
 * stemmer with accents folded reduces both, and `traitement`, to `trait`; that index (`search`)
 * stays for recall, and two word-level indexes beside it let a query tell when accents matter:
 * `search_exact` holds the words as written (lowercased), `search_folded` the same words with
 * accents removed. `french_unaccent` is the configuration `ts_headline` needs to highlight
 * `États` for a query typed `etats`.
 */
export const accentAwareSearch = `
create function palermo_unaccent(text) returns text language sql immutable parallel safe strict
  as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

create text search configuration french_unaccent (copy = french);
alter text search configuration french_unaccent
  alter mapping for hword, hword_part, word with public.unaccent, french_stem;

alter table paragraphs
  add column search_exact tsvector generated always as (to_tsvector('simple', text)) stored,
  add column search_folded tsvector generated always as (to_tsvector('simple', palermo_unaccent(text))) stored;
create index paragraphs_search_exact on paragraphs using gin (search_exact);
create index paragraphs_search_folded on paragraphs using gin (search_folded);
`;
