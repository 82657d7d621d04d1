export { createApiServer } from './server.ts';
export { apiConfigFrom, type ApiConfig } from './api-config.ts';
export type { ApiDeps } from './api-deps.ts';
export { startApi, type RunningApi } from './start-api.ts';
export { timelinePoints, type TimelinePoint } from './timeline/timeline-points.ts';
