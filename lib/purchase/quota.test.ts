import { describe, expect, it } from "vitest";
import { quotaImpact, type ZoneQuota } from "./quota";

const zone: ZoneQuota = {
  postPaid: { total: 288, used: 10, remaining: 278 },
  prePaid: { total: 150, used: 0, remaining: 150, once: 100 },
  spot: { total: 199, used: 0, remaining: 199 },
};

describe("what a purchase takes of the zone's quota (DescribeAccountQuota)", () => {
  it("pay-as-you-go counts instances", () => {
    expect(quotaImpact(zone, "POSTPAID_BY_HOUR", 3, 4)).toMatchObject({ kind: "postPaid", unit: "instances", needed: 3, remaining: 278 });
    expect(quotaImpact(zone, "POSTPAID_BY_HOUR", 279, 4)?.exceeds).toBe("remaining");
  });

  it("spot counts vCPUs: 100 × 16 vCPU exceeds 199", () => {
    expect(quotaImpact(zone, "SPOTPAID", 100, 16)).toMatchObject({ kind: "spot", unit: "vcpus", needed: 1600, exceeds: "remaining" });
    expect(quotaImpact(zone, "SPOTPAID", 12, 16)?.exceeds).toBeUndefined();
  });

  it("prepaid is also limited per order (OnceQuota)", () => {
    expect(quotaImpact({ prePaid: { total: 500, used: 0, remaining: 500, once: 100 } }, "PREPAID", 101, 2)?.exceeds).toBe("once");
  });

  it("instances on a dedicated host hold no instance quota; an unknown zone gives nothing", () => {
    expect(quotaImpact(zone, "CDHPAID", 5, 2)?.kind).toBe("none");
    expect(quotaImpact(undefined, "POSTPAID_BY_HOUR", 1, 2)).toBeNull();
  });
});
