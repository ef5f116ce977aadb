import type { Clock } from "../state/clock";

/**
 * Per-key sliding one-second windows on the injected clock. The dispatcher keys by action + region +
 * SecretId, with the action's limit from the API overview table (seed 3990–4332, "频率限制（次/秒）").
 * Refused calls do not count against the window.
 */
export class RateLimiter {
  private readonly windows = new Map<string, number[]>();

  constructor(private readonly clock: Clock) {}

  /** Records a call and returns true, or returns false when `limit` calls already happened in the last second. */
  tryAcquire(key: string, limit: number): boolean {
    const now = this.clock.now();
    // Keep only calls within (now − 1 s, now]; entries "in the future" appear after the clock was set back.
    const calls = (this.windows.get(key) ?? []).filter((t) => t > now - 1000 && t <= now);
    if (calls.length >= limit) {
      this.windows.set(key, calls);
      return false;
    }
    calls.push(now);
    this.windows.set(key, calls);
    return true;
  }

  reset(): void {
    this.windows.clear();
  }
}
