import { describe, expect, it } from "vitest";
import { LoginThrottle, MAX_FAILURES, WINDOW_MS } from "./login-throttle";

describe("LoginThrottle", () => {
  it(`blocks an email after ${MAX_FAILURES} failures until the window passes`, () => {
    const throttle = new LoginThrottle();
    const t0 = 1_000_000;
    for (let i = 0; i < MAX_FAILURES - 1; i++) throttle.recordFailure("a@x.io", t0 + i);
    expect(throttle.isBlocked("a@x.io", t0 + 100)).toBe(false);
    throttle.recordFailure("a@x.io", t0 + 100);
    expect(throttle.isBlocked("a@x.io", t0 + 101)).toBe(true);
    expect(throttle.isBlocked("b@x.io", t0 + 101)).toBe(false);
    expect(throttle.isBlocked("a@x.io", t0 + WINDOW_MS)).toBe(false);
  });

  it("forgets failures after a successful sign-in", () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < MAX_FAILURES; i++) throttle.recordFailure("a@x.io", 0);
    throttle.reset("a@x.io");
    expect(throttle.isBlocked("a@x.io", 1)).toBe(false);
  });
});
