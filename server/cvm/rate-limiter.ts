import { abortableSleep } from "./abortable-sleep";
import { CloudApiError, ClientErrorCode } from "./errors";

// Requests reach the server a little after we send them and not always in order: leave this much room at the edge
// of each one-second window.
const WINDOW_MS = 1_000;
const EDGE_MARGIN_MS = 25;

/**
 * When a request arriving at `now` may be sent, given the send times already scheduled (ascending): never earlier
 * than the rate-th previous send plus a second, so no one-second window holds more than `rate` sends.
 */
export function scheduleSend(sends: readonly number[], now: number, rate: number): number {
  return sends.length < rate ? now : Math.max(now, sends[sends.length - rate] + WINDOW_MS + EDGE_MARGIN_MS);
}

/**
 * Client-side pacing per key (the client uses action + region), so the console stays under each action's documented
 * requests-per-second (seed 3990–4332) instead of collecting RequestLimitExceeded. The rule is a sliding window —
 * at most `rate` requests in any one second — because that is how the limit is counted upstream; a token bucket
 * would allow a burst plus its refill (up to 2×rate) inside one second.
 * Reservation style: each caller is given a send time (never earlier than the rate-th previous send + 1 s) and
 * waits for it, so concurrent callers go out in arrival order.
 */
export class RateLimiter {
  readonly #sends = new Map<string, number[]>();
  readonly #now: () => number;
  readonly #maxWaitMs: number;

  constructor(opts: { now?: () => number; maxWaitMs?: number } = {}) {
    this.#now = opts.now ?? Date.now;
    this.#maxWaitMs = opts.maxWaitMs ?? 10_000;
  }

  /** Resolves when a request may go out; rejects with ClientRateLimited if the queue is longer than maxWaitMs. */
  async acquire(key: string, ratePerSecond: number, signal?: AbortSignal): Promise<void> {
    const now = this.#now();
    const rate = Math.max(1, Math.floor(ratePerSecond));
    // Send times still inside a window that could hold the new request; older ones no longer count.
    const sends = (this.#sends.get(key) ?? []).filter((t) => t > now - WINDOW_MS - EDGE_MARGIN_MS);
    const at = scheduleSend(sends, now, rate);
    const waitMs = at - now;
    if (waitMs > this.#maxWaitMs) {
      this.#sends.set(key, sends);
      throw new CloudApiError({
        code: ClientErrorCode.RateLimited,
        message: "Too many requests are queued for this action; try again shortly.",
      });
    }
    sends.push(at);
    this.#sends.set(key, sends);
    try {
      await abortableSleep(waitMs, signal);
    } catch (err) {
      // The request never went out: give its slot back.
      const i = sends.lastIndexOf(at);
      if (i >= 0) sends.splice(i, 1);
      throw err;
    }
  }
}
