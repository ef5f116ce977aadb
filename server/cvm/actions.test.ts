import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import { CVM_ACTIONS, isCvmAction, type CvmRequest, type CvmResponse } from "./actions";
import { CVM_RATE_LIMITS } from "./rate-limits";

// The emulator commits its own copy of the seed catalog; both generated views must agree on every action.
const catalog = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "../emulator/catalog/action-specs.json"), "utf8"),
) as { actions: Record<string, { rateLimitPerSecond: number }> };

describe("generated CVM action map", () => {
  it("lists the 98 seed actions, unique and sorted", () => {
    expect(CVM_ACTIONS).toHaveLength(98);
    expect(new Set(CVM_ACTIONS).size).toBe(98);
    expect([...CVM_ACTIONS]).toEqual([...CVM_ACTIONS].sort());
    expect([...CVM_ACTIONS]).toEqual(Object.keys(catalog.actions).sort());
  });

  it("has each action's documented rate limit (e.g. DescribeImportImageOs 288/s, seed 4203)", () => {
    for (const action of CVM_ACTIONS) expect(CVM_RATE_LIMITS[action]).toBe(catalog.actions[action].rateLimitPerSecond);
    expect(CVM_RATE_LIMITS.DescribeImportImageOs).toBe(288);
  });

  it("recognises action names at runtime", () => {
    expect(isCvmAction("RunInstances")).toBe(true);
    expect(isCvmAction("PurchaseResourcePoolPacks")).toBe(false); // in the SDK, not in the seed
  });

  it("types requests and responses from the SDK", () => {
    expectTypeOf<CvmRequest<"DescribeRegions">>().toEqualTypeOf<Record<string, never>>();
    expectTypeOf<CvmRequest<"StopInstances">>().toHaveProperty("InstanceIds");
    expectTypeOf<CvmResponse<"DescribeInstances">["RequestId"]>().toEqualTypeOf<string>();
  });
});
