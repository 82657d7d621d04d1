import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/** Builds the root logger: JSON lines by default, pretty output only in a terminal. */
export function createLogger(options: { level: string; format: 'json' | 'pretty' | 'auto'; name?: string }): Logger {
  const pretty = options.format === 'pretty' || (options.format === 'auto' && process.stderr.isTTY === true);
  return pino({
    name: options.name ?? 'palermo',
    level: options.level,
    redact: { paths: ['*.password', '*.token', 'headers.authorization', 'redisUrl', 'databaseUrl'], censor: '[redacted]' },
    ...(pretty
      ? { transport: { target: 'pino-pretty', options: { destination: 2, ignore: 'pid,hostname', translateTime: 'HH:MM:ss' } } }
      : {}),
  }, pretty ? undefined : pino.destination(2));
}
