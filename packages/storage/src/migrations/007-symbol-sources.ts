/**
 * Symbols sources: where each series stands (so the next run starts there), each edition's
 * state (a symbol in one language: stored, not available yet, or failing), the documents stored
 * for each symbol and language (so language editions link by symbol before anyone reads them),
 * and the ingestion's hint of what its document is.
 */
export const symbolSources = `
alter table ingestions add column hint jsonb;

create table symbol_series (
  source text not null,
  series text not null,
  next_number integer,
  last_found text,
  last_found_at timestamptz,
  last_run_at timestamptz,
  last_run_found jsonb not null default '[]',
  waiting_for jsonb not null default '[]',
  primary key (source, series)
);

create table symbol_editions (
  source text not null,
  series text not null,
  symbol text not null,
  language text not null,
  status text not null check (status in ('stored', 'not-available', 'error')),
  reason text,
  document_id text,
  checked_at timestamptz not null default now(),
  found_at timestamptz,
  primary key (source, symbol, language)
);
create index symbol_editions_series on symbol_editions (source, series);

create table symbol_documents (
  document_id text not null,
  symbol text not null,
  language text not null,
  ingestion_id uuid,
  created_at timestamptz not null default now(),
  primary key (document_id, symbol, language)
);
create index symbol_documents_symbol on symbol_documents (symbol, language, created_at desc);
`;
