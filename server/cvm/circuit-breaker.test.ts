import { describe, expect, it } from "vitest";
import { CircuitBreaker } from "./circuit-breaker";

function breaker(threshold = 3, cooldownMs = 1_000) {
  const clock = { now: 0 };
  return { clock, b: new CircuitBreaker({ failureThreshold: threshold, cooldownMs }, () => clock.now) };
}

describe("CircuitBreaker", () => {
  it("closed → open after N consecutive transient failures", () => {
    const { b } = breaker(3);
    b.onTransientFailure();
    b.onTransientFailure();
    expect(b.tryAcquire()).toBe(true);
    b.onTransientFailure();
    expect(b.state).toBe("open");
    expect(b.tryAcquire()).toBe(false);
  });

  it("a success resets the consecutive count", () => {
    const { b } = breaker(2);
    b.onTransientFailure();
    b.onSuccess();
    b.onTransientFailure();
    expect(b.state).toBe("closed");
  });

  it("open → half-open after the cool-down lets exactly one probe through", () => {
    const { b, clock } = breaker(1, 1_000);
    b.onTransientFailure();
    clock.now = 999;
    expect(b.tryAcquire()).toBe(false);
    clock.now = 1_000;
    expect(b.tryAcquire()).toBe(true);
    expect(b.state).toBe("half-open");
    expect(b.tryAcquire()).toBe(false); // a second caller while the probe is out
  });

  it("half-open: probe success closes, probe failure re-opens for another cool-down", () => {
    const { b, clock } = breaker(1, 1_000);
    b.onTransientFailure();
    clock.now = 1_000;
    b.tryAcquire();
    b.onTransientFailure();
    expect(b.state).toBe("open");
    clock.now = 1_500;
    expect(b.tryAcquire()).toBe(false);
    clock.now = 2_000;
    expect(b.tryAcquire()).toBe(true);
    b.onSuccess();
    expect(b.state).toBe("closed");
    expect(b.tryAcquire()).toBe(true);
  });

  it("release() frees the probe slot when the probe was cancelled", () => {
    const { b, clock } = breaker(1, 10);
    b.onTransientFailure();
    clock.now = 10;
    expect(b.tryAcquire()).toBe(true);
    b.release();
    expect(b.tryAcquire()).toBe(true);
  });
});
