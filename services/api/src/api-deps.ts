import type { Logger, QueueSet, RedisConnection } from '@palermo/pipeline';
import type { Storage } from '@palermo/storage';
import type { ApiConfig } from './api-config.ts';

/** What the server is built from: storage, the queues (a fail-fast producer), and its settings. */
export interface ApiDeps {
  storage: Storage;
  queues: QueueSet;
  redis: RedisConnection;
  config: ApiConfig;
  log: Logger;
}
