/**
 * Language editions: each document's symbol and language as the segment stage read them, so a
 * report and its translation (same symbol, another language) can be linked and reconciled.
 */
export const editions = `
create table document_editions (
  document_id text primary key references documents (id) on delete cascade,
  symbol text not null,
  language text not null,
  recorded_at timestamptz not null default now()
);
create index document_editions_symbol on document_editions (symbol, language);
`;
