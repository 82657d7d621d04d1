import { describe, expect, it } from 'vitest';
import { parseEnv } from './env.ts';
import { clusterSeeds } from './redis-connection.ts';

describe('Redis Cluster settings', () => {
  it('accepts a queue prefix with a hash tag, and requires one with REDIS_CLUSTER=true', () => {
    expect(parseEnv({ QUEUE_PREFIX: '{palermo}' }).QUEUE_PREFIX).toBe('{palermo}');
    expect(parseEnv({ REDIS_CLUSTER: 'true', QUEUE_PREFIX: 'prod{palermo}' }).REDIS_CLUSTER).toBe(true);
    expect(parseEnv({}).REDIS_CLUSTER).toBe(false);
    expect(() => parseEnv({ REDIS_CLUSTER: 'true', QUEUE_PREFIX: 'palermo' })).toThrow(/QUEUE_PREFIX[\s\S]*hash tag such as \{palermo\}/);
    expect(() => parseEnv({ REDIS_CLUSTER: 'true' })).toThrow(/QUEUE_PREFIX/);
  });

  it('refuses a prefix with stray or nested braces', () => {
    for (const prefix of ['{a}{b}', '{', 'a}', '{{a}}', '{}', 'a:b']) {
      expect(() => parseEnv({ QUEUE_PREFIX: prefix }), prefix).toThrow(/QUEUE_PREFIX/);
    }
  });

  it('seeds a cluster from one URL or several, with the first one\'s credentials', () => {
    expect(clusterSeeds('redis://10.0.0.1:7000')).toEqual({ nodes: [{ host: '10.0.0.1', port: 7000 }] });
    expect(clusterSeeds('redis://user:p%40ss@a:7000, redis://b')).toEqual({
      nodes: [{ host: 'a', port: 7000 }, { host: 'b', port: 6379 }],
      username: 'user',
      password: 'p@ss',
    });
    expect(() => clusterSeeds(' , ')).toThrow(/REDIS_URL/);
  });
});
