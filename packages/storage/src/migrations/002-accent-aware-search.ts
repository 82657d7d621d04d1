/**
 * French search that keeps `traite` (trafficking) and `traité` (treaty) apart. The `french`
 * stemmer with accents folded reduces both, and `traitement`, to `trait`; that index (`search`)
 * stays for recall, and two word-level indexes beside it let a query tell when accents matter:
 * `search_exact` holds the words as written (lowercased), `search_folded` the same words with
 * accents removed. Footnotes get the same three (treaties are often cited there). `passages`
 * puts paragraphs and footnotes in one relation for the search; `french_unaccent` is the
 * configuration `ts_headline` needs to highlight `États` for a query typed `etats`.
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

alter table footnotes
  add column search tsvector generated always as (to_tsvector('french', palermo_unaccent(text))) stored,
  add column search_exact tsvector generated always as (to_tsvector('simple', text)) stored,
  add column search_folded tsvector generated always as (to_tsvector('simple', palermo_unaccent(text))) stored;
create index footnotes_search on footnotes using gin (search);
create index footnotes_search_exact on footnotes using gin (search_exact);
create index footnotes_search_folded on footnotes using gin (search_folded);

-- A footnote is placed by the paragraph that calls it.
create view passages as
  select p.document_id, p.idx, p.number, null::integer as footnote, p.section_id, p.text, p.search, p.search_exact, p.search_folded
  from paragraphs p
  union all
  select f.document_id, f.paragraph_idx, c.number, f.number, c.section_id, f.text, f.search, f.search_exact, f.search_folded
  from footnotes f left join paragraphs c on c.document_id = f.document_id and c.idx = f.paragraph_idx;
`;
