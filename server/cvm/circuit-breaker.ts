export type BreakerState = "closed" | "open" | "half-open";

export interface BreakerOptions {
  /** Consecutive transient failures that open the breaker. */
  failureThreshold: number;
  /** How long an open breaker fails fast before letting one probe through. */
  cooldownMs: number;
}

export const DEFAULT_BREAKER_OPTIONS: BreakerOptions = { failureThreshold: 5, cooldownMs: 15_000 };

/**
 * A circuit breaker for one (endpoint, region): when the service keeps failing transiently, stop sending it
 * requests for a while so pages fail fast instead of each waiting out timeouts and retries.
 * closed → (N consecutive transient failures) → open → (cool-down) → half-open: one probe; success closes,
 * failure re-opens.
 */
export class CircuitBreaker {
  #state: BreakerState = "closed";
  #failures = 0;
  #openedAt = 0;
  #probeInFlight = false;
  readonly #opts: BreakerOptions;
  readonly #now: () => number;

  constructor(opts: Partial<BreakerOptions> = {}, now: () => number = Date.now) {
    this.#opts = { ...DEFAULT_BREAKER_OPTIONS, ...opts };
    this.#now = now;
  }

  get state(): BreakerState {
    return this.#state;
  }

  /** True when a request may go out now. In half-open, only the first caller (the probe) gets true. */
  tryAcquire(): boolean {
    if (this.#state === "open" && this.#now() - this.#openedAt >= this.#opts.cooldownMs) {
      this.#state = "half-open";
      this.#probeInFlight = false;
    }
    if (this.#state === "closed") return true;
    if (this.#state === "half-open" && !this.#probeInFlight) {
      this.#probeInFlight = true;
      return true;
    }
    return false;
  }

  /** The service answered (even with a business error): it is healthy. */
  onSuccess(): void {
    this.#state = "closed";
    this.#failures = 0;
    this.#probeInFlight = false;
  }

  onTransientFailure(): void {
    this.#failures += 1;
    if (this.#state === "half-open" || this.#failures >= this.#opts.failureThreshold) {
      this.#state = "open";
      this.#openedAt = this.#now();
      this.#probeInFlight = false;
    }
  }

  /** The acquired request never reached a verdict (the caller aborted): free the probe slot. */
  release(): void {
    this.#probeInFlight = false;
  }
}
