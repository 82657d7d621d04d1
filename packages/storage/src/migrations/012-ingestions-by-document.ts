/**
 * Ingestions found by their document: reprocessing a document from fetch names the request it
 * was ingested by, one indexed lookup per document (it read the newest 10,000 requests each time).
 */
export const ingestionsByDocument = `
create index ingestions_document on ingestions (document_id, created_at desc);
`;
