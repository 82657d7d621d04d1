/**
 * Settles like `work`, or rejects with `onTimeout()`'s error after `timeoutMs`, whichever comes
 * first; `onTimeout` may also cancel the work. The loser's outcome is dropped, never unhandled.
 */
export async function withDeadline<T>(work: Promise<T>, timeoutMs: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), timeoutMs);
  });
  work.catch(() => undefined);
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
