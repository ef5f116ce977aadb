export interface RetryPolicy {
  /** Total attempts including the first. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 250, maxDelayMs: 5_000 };

/**
 * Exponential backoff with "equal jitter": half the window is fixed, half random, so retries from many callers
 * spread out (avoiding a thundering herd after throttling) yet never fire immediately.
 * `attempt` is 0 for the wait after the first failure.
 */
export function backoffDelayMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const window = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return window / 2 + random() * (window / 2);
}
