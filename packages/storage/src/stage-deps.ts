import type { PalermoEnv } from '@palermo/pipeline';
import type { Storage } from './open-storage.ts';

/** What every stage's handler is built from: the store of record and the parsed configuration. */
export interface StageDeps {
  storage: Storage;
  env: PalermoEnv;
}
