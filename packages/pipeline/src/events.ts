import type { RedisConnection } from './redis-connection.ts';
import { DocumentIndexedEvent } from '@palermo/contracts';

/** Where stages announce what they finished, for downstream consumers. */
export interface EventPublisher {
  publish(event: DocumentIndexedEvent): Promise<void>;
}

/** The Redis stream events go to: one per deployment, beside its queues. */
export function eventsStreamKey(prefix: string): string {
  return `${prefix}:events`;
}

/**
 * Publishes on a Redis stream rather than pub/sub: a consumer that was down reads on from its
 * last id (or through a consumer group) instead of missing what happened meanwhile. The stream
 * is capped (approximately, which keeps XADD cheap) so it cannot grow without bound.
 */
export function createStreamPublisher(redis: RedisConnection, options: { prefix: string; maxLength: number }): EventPublisher {
  const key = eventsStreamKey(options.prefix);
  return {
    async publish(event) {
      const valid = DocumentIndexedEvent.parse(event);
      await redis.xadd(key, 'MAXLEN', '~', String(options.maxLength), '*', 'type', valid.type, 'event', JSON.stringify(valid));
    },
  };
}
