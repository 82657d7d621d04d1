/**
 * Stage outputs compressed with lz4 instead of pglz where the server has it (PostgreSQL 14+ built
 * with lz4, as Debian's is): pglz cost ~0.2 s of server CPU per 42 bench PDFs to squeeze 7 MB of
 * JSON, and its reads (progress page counts, the API) decompress again. Rows already stored keep
 * pglz and stay readable; a server without lz4 (PGlite) keeps pglz for every row.
 */
export const outputsLz4 = `
do $$ begin
  alter table stage_outputs alter column output set compression lz4;
exception when feature_not_supported then null;
end $$;
`;
