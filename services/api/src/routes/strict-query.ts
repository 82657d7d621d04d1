import { z } from 'zod';

/**
 * A query-string schema that refuses parameters it does not know, naming the ones it takes:
 * a misspelt filter (`?instrumnet=`) must fail loudly, not silently return everything.
 */
export function strictQuery<T extends z.ZodRawShape>(shape: T) {
  const names = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown parameter ${issue.keys.map((k) => `"${k}"`).join(', ')}; this route takes ${names || 'none'}` : undefined),
  });
}
