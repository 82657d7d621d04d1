export * from './sql.ts';
export * from './open-storage.ts';
export * from './data-dir-lock.ts';
export { sourceLabel } from './repositories/ingestions.repository.ts';
export type { FactFilter } from './repositories/facts.repository.ts';
export type { StageDeps } from './stage-deps.ts';
export type { DocumentRow } from './repositories/documents.repository.ts';
export { isTransientDatabaseError } from './database-errors.ts';
