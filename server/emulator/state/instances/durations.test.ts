import { describe, expect, it } from "vitest";
import { Store } from "../store";
import { parseSpeed, setSpeed, transitionTiming } from "./durations";

describe("transition durations", () => {
  it("realistic by default: Start 8 s, Stop 10 s, Reboot 15 s, RunInstances 20–40 s (stable per instance)", () => {
    const store = Store.open(":memory:");
    expect(transitionTiming(store, "StartInstances", "ins-a").ms).toBe(8_000);
    expect(transitionTiming(store, "StopInstances", "ins-a").ms).toBe(10_000);
    expect(transitionTiming(store, "RebootInstances", "ins-a").ms).toBe(15_000);
    const launches = ["ins-a", "ins-b", "ins-c", "ins-d"].map((id) => transitionTiming(store, "RunInstances", id).ms);
    for (const ms of launches) {
      expect(ms).toBeGreaterThanOrEqual(20_000);
      expect(ms).toBeLessThanOrEqual(40_000);
    }
    expect(new Set(launches).size).toBeGreaterThan(1);
    expect(transitionTiming(store, "RunInstances", "ins-a").ms).toBe(launches[0]);
  });

  it("factor, overrides, instant and describes modes", () => {
    const store = Store.open(":memory:");
    setSpeed(store, { mode: "realistic", factor: 0.1, overridesMs: { StopInstances: 2_000 } });
    expect(transitionTiming(store, "StartInstances", "x").ms).toBe(800);
    expect(transitionTiming(store, "StopInstances", "x").ms).toBe(200);
    setSpeed(store, { mode: "instant" });
    expect(transitionTiming(store, "StopInstances", "x")).toEqual({ ms: 0 });
    setSpeed(store, { mode: "describes", describes: 3 });
    expect(transitionTiming(store, "StopInstances", "x")).toEqual({ ms: 0, describesLeft: 3 });
  });

  it("parseSpeed: the EMULATOR_SPEED strings and the JSON form; anything else is a message", () => {
    expect(parseSpeed("instant")).toEqual({ mode: "instant" });
    expect(parseSpeed("describes:4")).toEqual({ mode: "describes", describes: 4 });
    expect(parseSpeed("realistic:0.5")).toEqual({ mode: "realistic", factor: 0.5 });
    expect(parseSpeed({ mode: "realistic", overridesMs: { RunInstances: 1000 } })).toEqual({ mode: "realistic", overridesMs: { RunInstances: 1000 } });
    expect(typeof parseSpeed("warp")).toBe("string");
    expect(typeof parseSpeed({ mode: "realistic", factor: 0 })).toBe("string");
    expect(typeof parseSpeed({ mode: "describes", describes: -1 })).toBe("string");
  });
});
