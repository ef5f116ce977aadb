import { describe, expect, it } from "vitest";
import { INSTANCE_TYPES, findInstanceType } from "../catalog/compute/instance-types";
import { shapeErrors } from "../catalog/compute/seed-structures.testing";
import { typesForZone } from "../catalog/compute/availability";
import { defaultInstanceType } from "../catalog/compute/availability";
import { priceChargeTypeChange, priceInstance, priceRenew, zoneItemPrice, type Price } from "./index";
import { instanceHourlyFen } from "./unit-prices";

// The seed's InquiryPriceRunInstances example configuration (seed 12233–12330, 12565–12640).
const seedOrder = {
  zone: "ap-shanghai-2",
  instanceType: "S5.16XLARGE256",
  systemDisk: { DiskType: "CLOUD_PREMIUM", DiskSize: 50 },
  dataDisks: [{ DiskType: "CLOUD_PREMIUM", DiskSize: 100 }],
  internet: { InternetChargeType: "TRAFFIC_POSTPAID_BY_HOUR", InternetMaxBandwidthOut: 10 },
};
const complete = new Set(["Price", "ItemPrice"]);

describe("priceInstance reproduces the seed's examples", () => {
  it("PREPAID 1 month: OriginalPrice 8884.5; traffic 0.8 per GB", () => {
    const p = priceInstance({ ...seedOrder, chargeType: "PREPAID", period: 1 });
    expect(p.InstancePrice).toMatchObject({ OriginalPrice: 8884.5, DiscountPrice: 8884.5, Discount: 100, UnitPrice: 0 });
    expect(p.BandwidthPrice).toMatchObject({ UnitPrice: 0.8, UnitPriceDiscount: 0.8, ChargeUnit: "GB", OriginalPrice: 0 });
  });

  it("POSTPAID_BY_HOUR: UnitPrice 16.09 in every step (S5 is not tiered)", () => {
    const { InstancePrice } = priceInstance({ ...seedOrder, chargeType: "POSTPAID_BY_HOUR" });
    expect(InstancePrice).toMatchObject({ UnitPrice: 16.09, UnitPriceSecondStep: 16.09, UnitPriceThirdStep: 16.09, UnitPriceDiscount: 16.09, ChargeUnit: "HOUR", OriginalPrice: 0 });
  });

  it("minimal inquiry in ap-shanghai-2: 0.2 / 0.12 / 0.1 per hour by usage step, no bandwidth", () => {
    const p = priceInstance({ zone: "ap-shanghai-2", instanceType: defaultInstanceType("ap-shanghai-2"), chargeType: "POSTPAID_BY_HOUR" });
    expect(p.InstancePrice).toMatchObject({ UnitPrice: 0.2, UnitPriceSecondStep: 0.12, UnitPriceThirdStep: 0.1 });
    expect(Object.values(p.BandwidthPrice).filter((v) => typeof v === "number").every((v) => v === 0)).toBe(true);
  });

  it("zone item for S2.SMALL1 in ap-guangzhou-2: 59 a month, 708 a year, 587.64 paid for a year", () => {
    expect(zoneItemPrice("ap-guangzhou-2", "S2.SMALL1", "POSTPAID_BY_HOUR")).toMatchObject({
      OriginalPrice: 59,
      OriginalPriceOneYear: 708,
      DiscountPriceOneYear: 587.64,
      ChargeUnit: "HOUR",
    });
  });
});

describe("price levels and shape", () => {
  it("S5.MEDIUM4 costs 0.3–0.4 CNY an hour postpaid in the mainland; overseas is dearer", () => {
    const t = findInstanceType("S5.MEDIUM4")!;
    const gz = instanceHourlyFen("ap-guangzhou-3", t);
    expect(gz).toBeGreaterThanOrEqual(30);
    expect(gz).toBeLessThanOrEqual(40);
    for (const zone of ["ap-hongkong-2", "ap-singapore-1", "na-siliconvalley-1", "eu-frankfurt-1", "xx-unknown-1"]) {
      expect(instanceHourlyFen(zone, t), zone).toBeGreaterThan(gz);
    }
  });

  it("every Price is complete: both items with all 19 ItemPrice members, numbers with ≤ 2 decimals", () => {
    const check = (p: Price) => {
      expect(shapeErrors(p, "Price", { complete })).toEqual([]);
      for (const item of [p.InstancePrice, p.BandwidthPrice]) {
        for (const [k, v] of Object.entries(item)) if (typeof v === "number" && !k.startsWith("Discount")) expect(Math.round(v * 100) / 100).toBe(v);
      }
    };
    for (const chargeType of ["PREPAID", "POSTPAID_BY_HOUR", "SPOTPAID", "CDHPAID"] as const) check(priceInstance({ ...seedOrder, chargeType, period: 12 }));
  });

  it("every zone item price (all zones' types, all charge types) is a complete ItemPrice", () => {
    for (const t of typesForZone("ap-shanghai-2")) {
      for (const c of ["PREPAID", "POSTPAID_BY_HOUR", "SPOTPAID"]) {
        expect(shapeErrors(zoneItemPrice("ap-shanghai-2", t.instanceType, c), "ItemPrice")).toEqual([]);
      }
    }
  });

  it("bigger types cost more within a family; GPUs dominate GPU prices", () => {
    for (const a of INSTANCE_TYPES) {
      for (const b of INSTANCE_TYPES) {
        if (a.family === b.family && a.cpu <= b.cpu && a.memory <= b.memory && a !== b) {
          expect(instanceHourlyFen("ap-guangzhou-3", a)).toBeLessThan(instanceHourlyFen("ap-guangzhou-3", b));
        }
      }
    }
    expect(instanceHourlyFen("ap-guangzhou-3", findInstanceType("GN7.2XLARGE32")!)).toBeGreaterThan(
      2 * instanceHourlyFen("ap-guangzhou-3", findInstanceType("S5.2XLARGE32")!),
    );
  });
});

describe("charge types", () => {
  const order = { zone: "ap-guangzhou-3", instanceType: "S5.LARGE8", systemDisk: { DiskType: "CLOUD_BSSD", DiskSize: 60 }, dataDisks: [{ DiskType: "CLOUD_SSD", DiskSize: 200 }] };

  it("longer prepaid terms cost less per month: 12 months at 83%, 24 at 70%, 36 at 50%, 60 cheapest", () => {
    const perMonth = (period: number) => priceInstance({ ...order, chargeType: "PREPAID", period }).InstancePrice.DiscountPrice / period;
    const one = priceInstance({ ...order, chargeType: "PREPAID", period: 1 }).InstancePrice;
    const year = priceInstance({ ...order, chargeType: "PREPAID", period: 12 }).InstancePrice;
    expect(year.OriginalPrice).toBeCloseTo(one.OriginalPrice * 12, 2);
    expect(year.Discount).toBe(83);
    expect(year.DiscountPrice).toBeCloseTo(Math.round(one.OriginalPrice * 12 * 83) / 100, 2);
    const periods = [1, 6, 11, 12, 24, 36, 48, 60];
    for (let i = 1; i < periods.length; i++) expect(perMonth(periods[i])).toBeLessThanOrEqual(perMonth(periods[i - 1]) + 1e-9);
    expect(perMonth(12)).toBeLessThan(perMonth(11));
    expect(perMonth(60)).toBeLessThan(perMonth(36));
  });

  it("count multiplies every total exactly", () => {
    for (const chargeType of ["PREPAID", "POSTPAID_BY_HOUR", "SPOTPAID"] as const) {
      const internet = { InternetChargeType: chargeType === "PREPAID" ? "BANDWIDTH_PREPAID" : "BANDWIDTH_POSTPAID_BY_HOUR", InternetMaxBandwidthOut: 8 };
      const one = priceInstance({ ...order, internet, chargeType, period: 3 });
      const seven = priceInstance({ ...order, internet, chargeType, period: 3, count: 7 });
      for (const k of ["OriginalPrice", "UnitPrice", "UnitPriceDiscount"] as const) {
        expect(Math.round(seven.InstancePrice[k] * 100)).toBe(Math.round(one.InstancePrice[k] * 100) * 7);
        expect(Math.round(seven.BandwidthPrice[k] * 100)).toBe(Math.round(one.BandwidthPrice[k] * 100) * 7);
      }
    }
  });

  it("SPOTPAID discounts the instance (not the disks) and reports the discount", () => {
    const post = priceInstance({ ...order, chargeType: "POSTPAID_BY_HOUR" }).InstancePrice;
    const spot = priceInstance({ ...order, chargeType: "SPOTPAID" }).InstancePrice;
    const disksOnly = priceInstance({ ...order, chargeType: "CDHPAID" }).InstancePrice;
    expect(spot.UnitPrice).toBe(post.UnitPrice);
    expect(spot.UnitPriceDiscount).toBeLessThan(post.UnitPrice * 0.5);
    expect(spot.UnitPriceDiscount).toBeGreaterThan(disksOnly.UnitPrice);
    expect(spot.Discount).toBeCloseTo((spot.UnitPriceDiscount / spot.UnitPrice) * 100, 0);
  });

  it("CDHPAID: the instance is free on its host, its cloud disks are not", () => {
    const cdh = priceInstance({ zone: "ap-shanghai-2", instanceType: "CDH_1C1G", chargeType: "CDHPAID", systemDisk: { DiskType: "CLOUD_PREMIUM", DiskSize: 50 } });
    expect(cdh.InstancePrice.UnitPrice).toBe(0.03);
    const noDisk = priceInstance({ ...order, chargeType: "CDHPAID" }).InstancePrice.UnitPrice;
    expect(noDisk).toBeLessThan(priceInstance({ ...order, chargeType: "POSTPAID_BY_HOUR" }).InstancePrice.UnitPrice);
  });

  it("an unknown type is a caller bug, not a price", () => {
    expect(() => priceInstance({ zone: "ap-guangzhou-3", instanceType: "NOPE.LARGE8", chargeType: "POSTPAID_BY_HOUR" })).toThrow();
  });
});

describe("renew and charge-type change use the purchase model", () => {
  const order = { zone: "ap-beijing-6", instanceType: "M5.LARGE32", systemDisk: { DiskType: "CLOUD_PREMIUM", DiskSize: 50 }, dataDisks: [{ DiskType: "CLOUD_PREMIUM", DiskSize: 500 }] };

  it("renewing N months costs what buying N months shows, for every period", () => {
    for (const period of [1, 2, 12, 24, 36, 48, 60]) {
      expect(priceRenew({ ...order, period }).InstancePrice).toEqual(priceInstance({ ...order, chargeType: "PREPAID", period }).InstancePrice);
    }
  });

  it("renew includes prepaid bandwidth but not hourly bandwidth", () => {
    const bw = (InternetChargeType: string) => priceRenew({ ...order, period: 1, internet: { InternetChargeType, InternetMaxBandwidthOut: 10 } }).BandwidthPrice;
    expect(bw("BANDWIDTH_PREPAID").OriginalPrice).toBe(125 + 5 * 80);
    expect(bw("TRAFFIC_POSTPAID_BY_HOUR").UnitPrice).toBe(0);
  });

  it("postpaid → prepaid quotes the prepaid purchase of the instance, prepaid → postpaid the hourly price", () => {
    expect(priceChargeTypeChange({ ...order, chargeType: "PREPAID", period: 12 }).InstancePrice).toEqual(
      priceInstance({ ...order, chargeType: "PREPAID", period: 12 }).InstancePrice,
    );
    expect(priceChargeTypeChange({ ...order, chargeType: "POSTPAID_BY_HOUR" }).InstancePrice.UnitPrice).toBe(
      priceInstance({ ...order, chargeType: "POSTPAID_BY_HOUR" }).InstancePrice.UnitPrice,
    );
  });
});
