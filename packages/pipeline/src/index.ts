export * from './env.ts';
export * from './logger.ts';
export * from './errors.ts';
export * from './redis-connection.ts';
export * from './job-options.ts';
export * from './queue-set.ts';
export * from './stage.ts';
export * from './stage-worker.ts';
