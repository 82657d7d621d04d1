/**
 * Requests in the order they were made. `created_at` alone ties when two requests are made in one
 * tick of the clock (PGlite's counts milliseconds): "the newest request that read a document" was
 * then either one. A sequence breaks the tie; rows stored before it get theirs in table order.
 */
export const ingestionsOrder = `
alter table ingestions add column seq bigserial;
drop index ingestions_document;
create index ingestions_document on ingestions (document_id, created_at desc, seq desc);
`;
