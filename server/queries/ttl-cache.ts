import "server-only";

/**
 * A tiny in-process cache of promises: concurrent callers share one upstream call, and entries expire after
 * `ttlMs`. A failure is kept only for `errorTtlMs` (a few seconds): long enough that one page render doesn't
 * repeat a slow failing call, short enough that the next click retries.
 */
export function createTtlCache<T>({
  ttlMs,
  errorTtlMs = 5_000,
  maxEntries = 500,
  now = Date.now,
}: { ttlMs: number; errorTtlMs?: number; maxEntries?: number; now?: () => number }) {
  const entries = new Map<string, { expires: number; value: Promise<T> }>();

  return {
    get(key: string, load: () => Promise<T>): Promise<T> {
      const hit = entries.get(key);
      if (hit && hit.expires > now()) return hit.value;
      entries.delete(key);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      const value = load();
      const entry = { expires: now() + ttlMs, value };
      entries.set(key, entry);
      value.catch(() => {
        entry.expires = Math.min(entry.expires, now() + errorTtlMs);
      });
      return value;
    },
    clear(): void {
      entries.clear();
    },
  };
}
