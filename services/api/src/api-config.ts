import { join, resolve } from 'node:path';
import type { PalermoEnv } from '@palermo/pipeline';

/** What the HTTP API is configured with, taken once from the parsed environment. */
export interface ApiConfig {
  host: string;
  port: number;
  token: string | null;
  adminUser: string | null;
  adminPassword: string | null;
  readOpen: boolean;
  maxUploadBytes: number;
  uploadDir: string;
}

/** The API's settings from the environment: uploads default to `<PALERMO_DATA_DIR>/uploads`. */
export function apiConfigFrom(env: PalermoEnv): ApiConfig {
  return {
    host: env.API_HOST,
    port: env.API_PORT,
    token: env.API_TOKEN ?? null,
    adminUser: env.ADMIN_USER ?? null,
    adminPassword: env.ADMIN_PASSWORD ?? null,
    readOpen: env.API_READ_OPEN,
    maxUploadBytes: env.API_MAX_UPLOAD_BYTES,
    uploadDir: resolve(env.API_UPLOAD_DIR ?? join(env.PALERMO_DATA_DIR, 'uploads')),
  };
}
