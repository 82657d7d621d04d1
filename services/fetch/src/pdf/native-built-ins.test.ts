import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module of the parser's child process, without types
import { keepNativeBuiltIns } from './native-built-ins.mjs';

const nativePush = Array.prototype.push;

afterEach(() => {
  Array.prototype.push = nativePush;
  delete (Array.prototype as unknown as Record<string, unknown>).palermoAdded;
});

describe('keepNativeBuiltIns', () => {
  it('puts back a built-in the load replaced, keeps what it added, and returns its result', async () => {
    const { result, replaced } = await keepNativeBuiltIns(async () => {
      Array.prototype.push = function push(this: unknown[], ...items: unknown[]) {
        return nativePush.apply(this, items);
      };
      Object.defineProperty(Array.prototype, 'palermoAdded', { value: () => 'added', configurable: true });
      return 'loaded';
    });
    expect(result).toBe('loaded');
    expect(replaced).toEqual(['Array.prototype.push']);
    expect(Array.prototype.push).toBe(nativePush);
    expect(typeof (Array.prototype as unknown as Record<string, unknown>).palermoAdded).toBe('function');
  });

  it('reports nothing when the load replaced nothing (NaN compares equal to itself)', async () => {
    const { replaced } = await keepNativeBuiltIns(async () => undefined);
    expect(replaced).toEqual([]);
  });
});
