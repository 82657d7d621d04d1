import type { EventPublisher, PalermoEnv } from '@palermo/pipeline';
import type { Storage } from './open-storage.ts';

/** What every stage's handler is built from: the store of record, the configuration, and where to announce results. */
export interface StageDeps {
  storage: Storage;
  env: PalermoEnv;
  events: EventPublisher;
}
