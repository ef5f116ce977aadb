import { describe, expect, it } from "vitest";
import { backoffDelayMs } from "./backoff";
import { CloudApiError } from "./errors";
import { RateLimiter, scheduleSend } from "./rate-limiter";


describe("RateLimiter (sliding one-second window per key)", () => {
  it("lets a burst of `rate` calls through at once, then paces the rest at 1/rate s", async () => {
    const limiter = new RateLimiter();
    const started = Date.now();
    const done: number[] = [];
    await Promise.all(
      Array.from({ length: 13 }, () => limiter.acquire("StopInstances|ap-guangzhou", 10).then(() => done.push(Date.now() - started))),
    );
    done.sort((a, b) => a - b);
    expect(done[9]).toBeLessThan(50); // the first 10 immediately
    expect(done[10]).toBeGreaterThanOrEqual(1_000); // the 11th only once the first has left the window
  });

  it("never lets more than `rate` sends into any one-second window under sustained load (a token bucket would)", () => {
    // 60 callers arriving 50 ms apart at 10/s: a bucket of 10 refilling at 10/s lets ~15 through in the first second.
    const sends: number[] = [];
    for (let i = 0; i < 60; i++) sends.push(scheduleSend(sends, i * 50, 10));
    for (const t of sends) expect(sends.filter((u) => u >= t && u < t + 1_000).length).toBeLessThanOrEqual(10);
    expect(sends[59]).toBeLessThan(6_500); // and it still serves 10 per second, not fewer
  });

  it("keeps separate buckets per key (action + region)", async () => {
    const limiter = new RateLimiter();
    for (let i = 0; i < 10; i++) await limiter.acquire("A|r1", 10);
    const started = Date.now();
    await limiter.acquire("A|r2", 10);
    await limiter.acquire("B|r1", 10);
    expect(Date.now() - started).toBeLessThan(50);
  });

  it("refuses with ClientRateLimited instead of queueing longer than maxWaitMs", async () => {
    const clock = { now: 0 };
    const limiter = new RateLimiter({ now: () => clock.now, maxWaitMs: 250 });
    for (let i = 0; i < 2; i++) await limiter.acquire("k", 2); // two in the window
    const waiting = limiter.acquire("k", 2); // the next slot is a second away: over the cap
    await expect(waiting).rejects.toMatchObject({ code: "ClientRateLimited" });
    await expect(waiting).rejects.toBeInstanceOf(CloudApiError);
  });

  it("gives the token back when the wait is aborted", async () => {
    const clock = { now: 0 };
    const limiter = new RateLimiter({ now: () => clock.now, maxWaitMs: 10_000 });
    await limiter.acquire("k", 1);
    const controller = new AbortController();
    const waiting = limiter.acquire("k", 1, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ code: "ClientAborted" });
    clock.now = 1_100; // the first send has left the window: a slot is free now only if the aborted one was returned
    const started = Date.now();
    await limiter.acquire("k", 1);
    expect(Date.now() - started).toBeLessThan(50);
  });
});

describe("backoffDelayMs (exponential, equal jitter)", () => {
  const policy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1_000 };
  it("doubles the window per attempt within [window/2, window], capped at maxDelayMs", () => {
    expect(backoffDelayMs(0, policy, () => 0)).toBe(50);
    expect(backoffDelayMs(0, policy, () => 1)).toBe(100);
    expect(backoffDelayMs(2, policy, () => 0)).toBe(200);
    expect(backoffDelayMs(2, policy, () => 1)).toBe(400);
    expect(backoffDelayMs(10, policy, () => 1)).toBe(1_000);
  });
  it("spreads concurrent retries (jitter)", () => {
    const delays = new Set(Array.from({ length: 20 }, () => backoffDelayMs(3, policy)));
    expect(delays.size).toBeGreaterThan(1);
  });
});
