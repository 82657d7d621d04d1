// Moved to contracts so the HTTP API shows the same outline; kept here for the CLI's imports.
export { describeOutline, type OutlineEntry } from '@palermo/contracts';
