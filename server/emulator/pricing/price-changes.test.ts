import { describe, expect, it } from "vitest";
import { shapeErrors } from "../catalog/compute/seed-structures.testing";
import { HOST_TYPES } from "../catalog/compute/hosts";
import {
  isValidPeriod,
  priceBandwidthChange,
  priceChangeType,
  priceHostRenew,
  priceInstance,
  priceRefund,
  priceReset,
  priceResize,
  remainingDays,
} from "./index";

const zone = "ap-guangzhou-3";
const disks = { systemDisk: { DiskType: "CLOUD_PREMIUM", DiskSize: 50 }, dataDisks: [{ DiskType: "CLOUD_PREMIUM", DiskSize: 100 }] };
const term = { now: "2024-03-01T00:00:00Z", expiredTime: "2024-03-31T00:00:00Z" };

describe("priceResize", () => {
  it("prepaid: a bigger disk costs the monthly difference for the days left", () => {
    const p = priceResize({ zone, instanceType: "S5.LARGE8", chargeType: "PREPAID", current: disks, target: { ...disks, dataDisks: [{ DiskType: "CLOUD_PREMIUM", DiskSize: 200 }] }, term });
    expect(p.InstancePrice.OriginalPrice).toBe(35); // 100 GB × 0.35 × 30/30
    const half = priceResize({ zone, instanceType: "S5.LARGE8", chargeType: "PREPAID", current: disks, target: { ...disks, dataDisks: [{ DiskType: "CLOUD_PREMIUM", DiskSize: 200 }] }, term: { ...term, now: "2024-03-16T00:00:00Z" } });
    expect(half.InstancePrice.OriginalPrice).toBe(17.5);
    expect(shapeErrors(p, "Price", { complete: new Set(["Price", "ItemPrice"]) })).toEqual([]);
  });

  it("prepaid: bigger resize costs more; same size costs nothing; the term discount applies", () => {
    const to = (size: number, period = 1) =>
      priceResize({ zone, instanceType: "S5.LARGE8", chargeType: "PREPAID", current: disks, target: { ...disks, dataDisks: [{ DiskType: "CLOUD_PREMIUM", DiskSize: size }] }, term: { ...term, period } }).InstancePrice;
    expect(to(300).DiscountPrice).toBeGreaterThan(to(200).DiscountPrice);
    expect(to(100).DiscountPrice).toBe(0);
    expect(to(200, 12).DiscountPrice).toBe(Math.round(to(200).OriginalPrice * 83) / 100);
  });

  it("postpaid: quotes the new hourly price, equal to buying the new configuration", () => {
    const target = { ...disks, dataDisks: [{ DiskType: "CLOUD_PREMIUM", DiskSize: 500 }] };
    const p = priceResize({ zone, instanceType: "S5.LARGE8", chargeType: "POSTPAID_BY_HOUR", current: disks, target });
    expect(p.InstancePrice).toEqual(priceInstance({ zone, instanceType: "S5.LARGE8", chargeType: "POSTPAID_BY_HOUR", ...target }).InstancePrice);
  });

  it("needs the remaining term for prepaid", () => {
    expect(() => priceResize({ zone, instanceType: "S5.LARGE8", chargeType: "PREPAID", current: disks, target: disks })).toThrow();
  });
});

describe("priceReset and priceChangeType", () => {
  it("reinstalling is free unless the system disk grows", () => {
    const same = priceReset({ zone, instanceType: "S5.LARGE8", chargeType: "PREPAID", ...disks, term });
    const bigger = priceReset({ zone, instanceType: "S5.LARGE8", chargeType: "PREPAID", ...disks, newSystemDiskSize: 100, term });
    expect(same.InstancePrice.DiscountPrice).toBe(0);
    expect(bigger.InstancePrice.OriginalPrice).toBe(17.5);
  });

  it("prepaid upgrade pays the instance difference for the days left; a downgrade quotes 0", () => {
    const up = priceChangeType({ zone, instanceType: "S5.LARGE8", newInstanceType: "S5.2XLARGE16", chargeType: "PREPAID", ...disks, term });
    const buy = (t: string) => priceInstance({ zone, instanceType: t, chargeType: "PREPAID", ...disks }).InstancePrice.OriginalPrice;
    expect(up.InstancePrice.OriginalPrice).toBeCloseTo(buy("S5.2XLARGE16") - buy("S5.LARGE8"), 2);
    const down = priceChangeType({ zone, instanceType: "S5.2XLARGE16", newInstanceType: "S5.LARGE8", chargeType: "PREPAID", ...disks, term });
    expect(down.InstancePrice.DiscountPrice).toBe(0);
  });

  it("postpaid: the new type's hourly price", () => {
    const p = priceChangeType({ zone, instanceType: "S5.LARGE8", newInstanceType: "S5.16XLARGE256", chargeType: "POSTPAID_BY_HOUR", ...disks });
    expect(p.InstancePrice.UnitPrice).toBe(16.09);
  });
});

describe("priceRefund", () => {
  const paid = priceInstance({ zone, instanceType: "S5.LARGE8", chargeType: "PREPAID", period: 12, ...disks }).InstancePrice.DiscountPrice;
  const termStart = "2024-01-01T00:00:00Z";
  const expiredTime = "2025-01-01T00:00:00Z";

  it("gives everything back within 5 days of creation, in the seed's wording", () => {
    const r = priceRefund({ paid, termStart, expiredTime, now: "2024-01-03T00:00:00Z", createdTime: termStart });
    expect(r.Refunds).toBe(paid);
    expect(r.PriceDetail).toBe(`退款：${paid}元，现金券： 0元,代金券/折扣券不退（全额退款;'}`);
    expect(shapeErrors({ InstanceId: "ins-abcdefgh", ...r }, "InstanceRefund")).toEqual([]);
  });

  it("later, prorates by whole days left and never exceeds what was paid", () => {
    const at = (now: string) => priceRefund({ paid, termStart, expiredTime, now, createdTime: termStart }).Refunds;
    expect(at("2024-07-02T00:00:00Z")).toBeCloseTo(paid / 2, 0);
    expect(at("2024-07-02T00:00:00Z")).toBeLessThanOrEqual(paid / 2 + 0.01);
    expect(at("2024-12-31T12:00:00Z")).toBe(0);
    expect(at("2025-06-01T00:00:00Z")).toBe(0);
    for (const now of ["2024-01-10T00:00:00Z", "2024-03-15T07:00:00Z", "2024-11-30T23:59:59Z"]) {
      expect(at(now)).toBeLessThanOrEqual(paid);
      expect(at(now)).toBeGreaterThanOrEqual(0);
    }
    expect(at("2024-03-01T00:00:00Z")).toBeGreaterThan(at("2024-09-01T00:00:00Z"));
  });
});

describe("priceBandwidthChange", () => {
  it("hourly kinds quote the new rate; traffic is per GB like the seed example", () => {
    const traffic = priceBandwidthChange({ zone, internetChargeType: "TRAFFIC_POSTPAID_BY_HOUR", currentMbps: 10, newMbps: 20 });
    expect(traffic.BandwidthPrice).toMatchObject({ UnitPrice: 0.8, ChargeUnit: "GB" });
    const bw = (mbps: number) => priceBandwidthChange({ zone, internetChargeType: "BANDWIDTH_POSTPAID_BY_HOUR", currentMbps: 1, newMbps: mbps }).BandwidthPrice.UnitPrice;
    expect(bw(5)).toBe(0.32); // 5 × 0.063
    expect(bw(6)).toBe(0.57); // + 0.25 above the 5 Mbps tier
    expect(bw(10) - bw(9)).toBeCloseTo(0.25, 2);
    expect(bw(2) - bw(1)).toBeCloseTo(0.063, 1); // 0.13 − 0.06: each quote is rounded to the fen
  });

  it("prepaid: the monthly difference for the chosen days, inclusive", () => {
    const p = priceBandwidthChange({ zone, internetChargeType: "BANDWIDTH_PREPAID", currentMbps: 5, newMbps: 10, startTime: "2024-03-01", endTime: "2024-03-30" });
    expect(p.BandwidthPrice.OriginalPrice).toBe(400); // 5 Mbps × 80 for 30 days
    const oneDay = priceBandwidthChange({ zone, internetChargeType: "BANDWIDTH_PREPAID", currentMbps: 5, newMbps: 10, startTime: "2024-03-01", endTime: "2024-03-01" });
    expect(oneDay.BandwidthPrice.OriginalPrice).toBe(13.33);
  });

  it("bandwidth prepaid is tiered: 1–5 Mbps cheap, 80 CNY per Mbps above", () => {
    const month = (mbps: number) => priceInstance({ zone, instanceType: "S5.MEDIUM4", chargeType: "PREPAID", internet: { InternetChargeType: "BANDWIDTH_PREPAID", InternetMaxBandwidthOut: mbps } }).BandwidthPrice.OriginalPrice;
    expect([1, 5, 6, 10].map(month)).toEqual([23, 125, 205, 525]);
    expect(month(0)).toBe(0);
  });
});

describe("hosts and periods", () => {
  it("InquiryPriceRenewHosts: HostPriceInfo with a prepaid ItemPrice, discounted for a year", () => {
    for (const h of HOST_TYPES) {
      const one = priceHostRenew({ zone, hostType: h.hostType, period: 1 });
      expect(shapeErrors(one, "HostPriceInfo", { complete: new Set(["HostPriceInfo"]) })).toEqual([]);
      expect(one.HostPrice.OriginalPrice).toBeGreaterThan(5000);
      const year = priceHostRenew({ zone, hostType: h.hostType, period: 12 }).HostPrice;
      expect(year.DiscountPrice).toBe(Math.round(one.HostPrice.OriginalPrice * 12 * 83) / 100);
    }
  });

  it("instance periods go to 60 months, host periods to 36", () => {
    expect([1, 11, 12, 24, 36, 48, 60].every((p) => isValidPeriod(p))).toBe(true);
    expect([0, 13, 25, 61, 1.5, "1"].some((p) => isValidPeriod(p))).toBe(false);
    expect(isValidPeriod(48, "host")).toBe(false);
    expect(isValidPeriod(36, "host")).toBe(true);
  });

  it("remainingDays counts a started day", () => {
    expect(remainingDays("2024-03-01T00:00:00Z", "2024-03-31T00:00:00Z")).toBe(30);
    expect(remainingDays("2024-03-01T12:00:00Z", "2024-03-31T00:00:00Z")).toBe(30);
    expect(remainingDays("2024-04-01T00:00:00Z", "2024-03-31T00:00:00Z")).toBe(0);
  });
});
