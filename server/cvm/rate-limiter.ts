import { abortableSleep } from "./abortable-sleep";
import { CloudApiError, ClientErrorCode } from "./errors";

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * Client-side token buckets, one per key (the client uses action + region), so the console stays under each
 * action's documented requests-per-second (seed 3990–4332) instead of collecting RequestLimitExceeded.
 * Reservation style: a caller takes a token even when the bucket is empty (driving it negative) and waits until
 * the bucket has refilled past its reservation, so concurrent callers are served in arrival order.
 */
export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly #now: () => number;
  readonly #maxWaitMs: number;

  constructor(opts: { now?: () => number; maxWaitMs?: number } = {}) {
    this.#now = opts.now ?? Date.now;
    this.#maxWaitMs = opts.maxWaitMs ?? 10_000;
  }

  /** Resolves when a request may go out; rejects with ClientRateLimited if the queue is longer than maxWaitMs. */
  async acquire(key: string, ratePerSecond: number, signal?: AbortSignal): Promise<void> {
    const now = this.#now();
    const bucket = this.#buckets.get(key) ?? { tokens: ratePerSecond, updatedAt: now };
    // Refill for the time elapsed, capped at one second's worth (the burst a per-second limit allows).
    bucket.tokens = Math.min(ratePerSecond, bucket.tokens + ((now - bucket.updatedAt) / 1000) * ratePerSecond);
    bucket.updatedAt = now;
    this.#buckets.set(key, bucket);

    const waitMs = bucket.tokens >= 1 ? 0 : ((1 - bucket.tokens) / ratePerSecond) * 1000;
    if (waitMs > this.#maxWaitMs) {
      throw new CloudApiError({
        code: ClientErrorCode.RateLimited,
        message: "Too many requests are queued for this action; try again shortly.",
      });
    }
    bucket.tokens -= 1;
    try {
      await abortableSleep(waitMs, signal);
    } catch (err) {
      bucket.tokens += 1; // give the reservation back: the request never went out
      throw err;
    }
  }
}
