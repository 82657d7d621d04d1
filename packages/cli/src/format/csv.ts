// Moved to contracts so the HTTP API writes the same CSV; kept here for the CLI's imports.
export { csvField, csvLine } from '@palermo/contracts';
