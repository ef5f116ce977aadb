import { describe, expect, it } from "vitest";
import { createClock, createManualClock } from "./clock";

describe("clock", () => {
  it("createClock: real time plus an offset that advance and set move", () => {
    const clock = createClock();
    expect(Math.abs(clock.now() - Date.now())).toBeLessThan(50);
    clock.advance(301_000);
    expect(clock.now() - Date.now()).toBeGreaterThanOrEqual(300_950);
    expect(clock.nowSeconds()).toBe(Math.floor(clock.now() / 1000));
    clock.set(Date.UTC(2030, 0, 1));
    expect(Math.abs(clock.now() - Date.UTC(2030, 0, 1))).toBeLessThan(50);
  });

  it("createManualClock: stands still until moved", async () => {
    const clock = createManualClock(1_000_000);
    await new Promise((r) => setTimeout(r, 5));
    expect(clock.now()).toBe(1_000_000);
    clock.advance(1500);
    expect(clock.now()).toBe(1_001_500);
    expect(clock.nowSeconds()).toBe(1001);
  });
});
