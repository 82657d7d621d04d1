export { loadSources, type ResolvedSource } from './load-sources.ts';
export { parseSourcesFile, SourcesFileError } from './core/parse-sources-file.ts';
export { createScanSourceHandler, type ScanOutcome } from './scan-source.handler.ts';
export { createSourcesWorker } from './sources-worker.ts';
export { syncSchedules, nextRuns } from './schedules.ts';
export { listFiles } from './list-files.ts';
