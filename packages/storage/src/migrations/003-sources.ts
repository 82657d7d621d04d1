/** Declared sources: what each item looked like last time (for conditional requests) and each scan's result. */
export const sources = `
alter table ingestions add column content_sha256 text;

create table source_items (
  source text not null,
  item text not null,
  etag text,
  last_modified text,
  sha256 text,
  checked_at timestamptz not null default now(),
  last_error text,
  primary key (source, item)
);

create table source_runs (
  id bigserial primary key,
  source text not null,
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  found integer not null default 0,
  queued integer not null default 0,
  unchanged integer not null default 0,
  errors jsonb not null default '[]'
);
create index source_runs_source on source_runs (source, started_at desc);
`;
