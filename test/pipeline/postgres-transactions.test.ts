// A long-running worker opens thousands of transactions on the same few pooled clients. Each used
// to leave one more 'error' listener on its client (Node warned of a leak at the eleventh): the
// listeners, and what their closures held, grew for as long as the worker ran.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage, type Storage } from '@palermo/storage';
import { createSandbox, type Sandbox } from '../support/harness.ts';

describe('transactions on PostgreSQL', () => {
  let sandbox: Sandbox;
  let storage: Storage;
  const warnings: Error[] = [];
  const onWarning = (warning: Error) => warnings.push(warning);

  beforeAll(async () => {
    sandbox = await createSandbox('postgres');
    storage = await openStorage({ databaseUrl: sandbox.env.DATABASE_URL, dataDir: null });
    process.on('warning', onWarning);
  });

  afterAll(async () => {
    process.off('warning', onWarning);
    await storage?.close();
    await sandbox?.cleanup();
  });

  it('leave no listener behind on the pooled clients, committed or rolled back', async () => {
    for (let i = 0; i < 30; i++) {
      const [row] = await storage.db.transaction((tx) => tx.query<{ n: number }>('select $1::int as n', [i]));
      expect(row?.n).toBe(i);
      await expect(storage.db.transaction(() => Promise.reject(new Error('rolled back')))).rejects.toThrow('rolled back');
    }
    // Warnings are emitted on the next tick.
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning').map((w) => w.message)).toEqual([]);
  });
});
