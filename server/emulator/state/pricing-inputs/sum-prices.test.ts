import { describe, expect, it } from "vitest";
import { priceInstance } from "../../pricing";
import { documentedCode } from "./documented-codes";
import { sumItems, sumPrices } from "./sum-prices";

const order = { zone: "ap-guangzhou-3", instanceType: "S5.MEDIUM4", systemDisk: { DiskType: "CLOUD_PREMIUM", DiskSize: 50 } };

describe("sumPrices", () => {
  it("a batch of n equal orders = one order with InstanceCount n (prepaid and hourly)", () => {
    for (const chargeType of ["PREPAID", "POSTPAID_BY_HOUR", "SPOTPAID"] as const) {
      const one = priceInstance({ ...order, chargeType, period: 12 });
      const three = priceInstance({ ...order, chargeType, period: 12, count: 3 });
      expect(sumPrices([one, one, one]).InstancePrice, chargeType).toEqual(three.InstancePrice);
    }
  });

  it("a per-GB traffic rate is not added up over instances", () => {
    const traffic = priceInstance({ ...order, chargeType: "POSTPAID_BY_HOUR", internet: { InternetChargeType: "TRAFFIC_POSTPAID_BY_HOUR", InternetMaxBandwidthOut: 10 } });
    expect(sumItems([traffic.BandwidthPrice, traffic.BandwidthPrice])).toMatchObject({ ChargeUnit: "GB", UnitPrice: traffic.BandwidthPrice.UnitPrice });
  });

  it("different discounts give the effective one; an empty batch is all zero", () => {
    const month = priceInstance({ ...order, chargeType: "PREPAID", period: 1 }).InstancePrice;
    const year = priceInstance({ ...order, chargeType: "PREPAID", period: 12 }).InstancePrice;
    const both = sumItems([month, year]);
    expect(both.Discount).toBe(Math.round(((both.DiscountPrice * 100) / (both.OriginalPrice * 100)) * 1000) / 10);
    expect(both.Discount).toBeGreaterThan(83);
    expect(both.Discount).toBeLessThan(100);
    expect(sumPrices([]).InstancePrice.OriginalPrice).toBe(0);
  });
});

describe("documentedCode", () => {
  it("keeps a documented code, maps an undocumented one, else falls back to InvalidParameterValue", () => {
    expect(documentedCode("InquiryPriceResizeInstanceDisks", "UnsupportedOperation.InvalidDisk")).toBe("UnsupportedOperation.InvalidDisk");
    expect(documentedCode("InquiryPriceResizeInstanceDisks", "UnsupportedOperation.InvalidDataDisk", { "UnsupportedOperation.InvalidDataDisk": "UnsupportedOperation.InvalidDisk" })).toBe(
      "UnsupportedOperation.InvalidDisk",
    );
    expect(documentedCode("InquiryPriceResetInstance", "InvalidParameterValue.InvalidPassword")).toBe("InvalidParameterValue");
    expect(documentedCode("InquiryPriceResetInstance", "MissingParameter")).toBe("MissingParameter");
  });
});
