import { describe, expect, it } from "vitest";
import { quotaHotSpots, toQuotaOverview } from "./overview";
import { usage } from "./usage";

describe("usage", () => {
  it("is hot strictly above 80 %, full at or over the total", () => {
    expect(usage(80, 100).level).toBe("ok");
    expect(usage(81, 100).level).toBe("hot");
    expect(usage(100, 100)).toEqual({ used: 100, total: 100, share: 1, level: "full" });
    expect(usage(120, 100).share).toBe(1);
  });

  it("no quota at all: 0 of 0 is fine, anything used of 0 is full", () => {
    expect(usage(0, 0)).toEqual({ used: 0, total: 0, share: 0, level: "ok" });
    expect(usage(1, 0).level).toBe("full");
  });
});

describe("toQuotaOverview (DescribeAccountQuota, seed 16572–16884)", () => {
  const q = {
    PostPaidQuotaSet: [
      { Zone: "ap-guangzhou-4", TotalQuota: 10, UsedQuota: 9, RemainingQuota: 1 },
      { Zone: "ap-guangzhou-3", TotalQuota: 500, UsedQuota: 15, RemainingQuota: 485 },
    ],
    PrePaidQuotaSet: [{ Zone: "ap-guangzhou-3", TotalQuota: 150, UsedQuota: 150, RemainingQuota: 0, OnceQuota: 300 }],
    SpotPaidQuotaSet: [],
    ImageQuotaSet: [{ UsedQuota: 3, TotalQuota: 10 }],
    DisasterRecoverGroupQuotaSet: [{ GroupQuota: 10, CurrentNum: 9, CvmInHostGroupQuota: 50, CvmInSwitchGroupQuota: 20, CvmInRackGroupQuota: 30 }],
  };

  it("one row per zone (sorted), zones missing from a set have 0 of 0, totals sum the zones", () => {
    const o = toQuotaOverview("ap-guangzhou", q, 500);
    expect(o.zones.map((z) => z.Zone)).toEqual(["ap-guangzhou-3", "ap-guangzhou-4"]);
    expect(o.zones[1].prePaid).toEqual({ used: 0, total: 0, share: 0, level: "ok", once: 0 });
    expect(o.zones[0].prePaid.once).toBe(300);
    expect(o.totals.postPaid).toMatchObject({ used: 24, total: 510 });
    expect(o.image).toMatchObject({ used: 3, total: 500 }); // DescribeImageQuota's figure wins
    expect(o.placement).toMatchObject({ used: 9, total: 10, perHost: 50, perSwitch: 20, perRack: 30, level: "hot" });
  });

  it("hot spots: every quota over 80 % or used up, fullest first", () => {
    const spots = quotaHotSpots(toQuotaOverview("ap-guangzhou", q));
    expect(spots.map((s) => `${s.kind}@${s.Zone ?? "region"}:${s.usage.level}`)).toEqual(["prePaid@ap-guangzhou-3:full", "postPaid@ap-guangzhou-4:hot", "placement@region:hot"]);
  });
});
