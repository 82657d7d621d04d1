import { z } from 'zod';

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const HASH_TAG = /\{[^{}]+\}/;

/** Every setting the product reads from the environment, each with a default and a unit suffix. */
export const PalermoEnv = z.object({
  REDIS_URL: z.string().default('redis://127.0.0.1:6379'),
  DATABASE_URL: z.string().optional(),
  PALERMO_DATA_DIR: z.string().default('.data'),
  REDIS_CLUSTER: flag.default(false), // true: REDIS_URL seeds a Redis Cluster (several URLs separated by commas)
  // A hash tag such as {palermo} puts every key of the queues on one cluster slot (BullMQ's way).
  QUEUE_PREFIX: z.string().regex(/^[A-Za-z0-9_-]*(\{[A-Za-z0-9_-]+\})?[A-Za-z0-9_-]*$/, 'letters, digits, - and _, with at most one hash tag such as {palermo}').min(1).default('palermo'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty', 'auto']).default('auto'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  WORKER_HEAP_GROWTH_PERCENT: z.coerce.number().int().min(0).max(1000).default(50), // palermo work; 0: V8's own
  JOB_ATTEMPTS: z.coerce.number().int().min(1).max(50).optional(), // unset: each queue's own (packages/contracts QUEUES)
  JOB_BACKOFF_MS: z.coerce.number().int().min(0).optional(),
  // How long a worker's lock on a job lasts without renewal, and how often stalled jobs (their
  // worker died) are looked for: a job stalled twice fails, and storage records why.
  JOB_LOCK_MS: z.coerce.number().int().min(500).default(30_000),
  FILE_ROOTS: z.string().optional(), // path-delimited list; unset: the working directory
  FETCH_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  FETCH_MAX_BYTES: z.coerce.number().int().positive().default(50 * 1024 * 1024),
  FETCH_ALLOW_PRIVATE: flag.default(false),
  TEXT_MAX_CHARS: z.coerce.number().int().positive().default(5_000_000), // text read from one document
  TEXT_MAX_LINE_CHARS: z.coerce.number().int().positive().default(100_000), // one line of that text
  PDF_MAX_BYTES: z.coerce.number().int().positive().default(50 * 1024 * 1024),
  PDF_MAX_PAGES: z.coerce.number().int().positive().default(500),
  PDF_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  PDF_MAX_MEMORY_MB: z.coerce.number().int().positive().default(512),
  PDF_ENGINE: z.enum(['pdfjs', 'pdftotext']).default('pdfjs'), // pdftotext: poppler's, when installed (else pdf.js)
  // `palermo ingest --wait` gives up, naming what does not move and why, after this long with no progress.
  INGEST_STALL_TIMEOUT_MS: z.coerce.number().int().positive().default(5 * 60_000),
  PDF_PARSER_PROCESSES: z.coerce.number().int().min(1).max(16).default(1), // long-lived pdf.js processes per worker process (each one JITs pdf.js afresh)
  PDF_PARSER_MAX_DOCUMENTS: z.coerce.number().int().min(1).default(500), // a parser process is replaced after this many PDFs, or sooner once resident above 60 % of its cap
  RECONCILE_INTERVAL_MS: z.coerce.number().int().min(0).default(5 * 60_000),
  SOURCES_FILE: z.string().default('sources.yaml'),
  SYMBOLS_ENDPOINT: z.url({ protocol: /^https?$/ }).default('https://documents.un.org/api/symbol/access'), // ODS, or a mirror
  SYMBOLS_HOST_INTERVAL_MS: z.coerce.number().int().min(0).default(1_000), // pause between two requests to one host
  SYMBOLS_MAX_BACKOFF_MS: z.coerce.number().int().min(0).default(60_000), // longest pause after failures in a row
  API_HOST: z.string().min(1).default('127.0.0.1'), // loopback unless an operator opens it
  API_PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  API_TOKEN: z.string().min(16, 'at least 16 characters').optional(), // bearer token for writes and /admin
  ADMIN_USER: z.string().min(1).optional(), // basic auth for /admin/queues, with ADMIN_PASSWORD
  ADMIN_PASSWORD: z.string().min(8, 'at least 8 characters').optional(),
  API_READ_OPEN: flag.default(true), // false: reads need the token too
  API_MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(50 * 1024 * 1024),
  API_UPLOAD_DIR: z.string().optional(), // unset: <PALERMO_DATA_DIR>/uploads; must be inside FILE_ROOTS
  EVENTS_STREAM_MAX_LENGTH: z.coerce.number().int().positive().default(10_000), // entries kept in <QUEUE_PREFIX>:events
}).superRefine((env, context) => {
  // Without a hash tag a queue's keys spread over slots, and BullMQ's scripts fail with CROSSSLOT.
  if (env.REDIS_CLUSTER && !HASH_TAG.test(env.QUEUE_PREFIX)) {
    context.addIssue({ code: 'custom', path: ['QUEUE_PREFIX'], message: `with REDIS_CLUSTER=true, QUEUE_PREFIX needs a hash tag such as {${env.QUEUE_PREFIX}}, so that each queue's keys live on one slot` });
  }
});
export type PalermoEnv = z.infer<typeof PalermoEnv>;

/** Parses the environment once, at the edge; a bad value is a readable error naming the variable. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): PalermoEnv {
  const result = PalermoEnv.safeParse(source);
  if (!result.success) {
    throw new Error(`invalid configuration:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** The folders file sources must be inside: FILE_ROOTS, or the working directory. */
export function fileRoots(env: Pick<PalermoEnv, 'FILE_ROOTS'>): string[] {
  return env.FILE_ROOTS ? env.FILE_ROOTS.split(':').filter(Boolean) : [process.cwd()];
}
