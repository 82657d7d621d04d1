export * from './queues.ts';
export * from './jobs.ts';
export * from './text-records.ts';
export * from './facts.ts';
export * from './storage-records.ts';
export * from './outline.ts';
export * from './csv.ts';
export * from './sources.ts';
