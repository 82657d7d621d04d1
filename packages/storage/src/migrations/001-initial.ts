/** The first schema: ingestions, raw bytes, documents, stage outputs, paragraphs, facts, history. */
export const initial = `
create extension if not exists unaccent schema public;

create table ingestions (
  id uuid primary key,
  source jsonb not null,
  source_label text not null,
  status text not null,
  document_id text,
  last_error text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index ingestions_status on ingestions (status);

create table blobs (
  sha256 text primary key,
  bytes bytea not null,
  byte_length integer not null,
  created_at timestamptz not null default now()
);

create table documents (
  id text primary key references blobs (sha256),
  media_type text not null,
  byte_length integer not null,
  source text not null,
  stage text not null,
  status text not null,
  last_error text,
  pipeline_version integer not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index documents_status on documents (status, stage);

create table document_sources (
  document_id text not null references documents (id) on delete cascade,
  source text not null,
  first_seen_at timestamptz not null default now(),
  primary key (document_id, source)
);

-- Each stage's output for a document (claim check): what the next stage reads.
create table stage_outputs (
  document_id text not null references documents (id) on delete cascade,
  stage text not null,
  pipeline_version integer not null,
  output jsonb not null,
  completed_at timestamptz not null default now(),
  primary key (document_id, stage)
);

create table paragraphs (
  document_id text not null references documents (id) on delete cascade,
  idx integer not null,
  number integer,
  numbered boolean not null,
  section_id text,
  text text not null,
  start_offset integer not null,
  end_offset integer not null,
  search tsvector not null,
  primary key (document_id, idx)
);
create index paragraphs_search on paragraphs using gin (search);

create table footnotes (
  document_id text not null references documents (id) on delete cascade,
  number integer not null,
  marker text not null,
  text text not null,
  paragraph_idx integer,
  primary key (document_id, number)
);

create table facts (
  id bigserial primary key,
  document_id text not null references documents (id) on delete cascade,
  ordinal integer not null,
  kind text not null,
  instrument text,
  fund text,
  measure text,
  as_of text,
  value double precision,
  paragraph integer,
  fact jsonb not null,
  extractor_version text not null,
  unique (document_id, ordinal)
);
create index facts_kind on facts (kind, instrument, fund, measure);

create table stage_runs (
  id bigserial primary key,
  document_id text,
  ingestion_id uuid,
  stage text not null,
  job_id text not null,
  attempt integer not null,
  outcome text not null,
  error text,
  duration_ms integer not null,
  finished_at timestamptz not null default now()
);
create index stage_runs_document on stage_runs (document_id, finished_at);
`;
