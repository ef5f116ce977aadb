import { describe, expect, it } from "vitest";
import { buyHref } from "./buy-link";
import { quoteFromPrice, quoteRequest } from "./quote";
import { DEFAULT_SPEC } from "./spec";

describe("quoteRequest", () => {
  it("is the wizard's request shape for one instance: prepaid period, disks, bandwidth billed with the instance", () => {
    const spec = { ...DEFAULT_SPEC, dataSize: 100, bw: 5 };
    expect(quoteRequest(spec, "month12", "ap-guangzhou-3", "S5.MEDIUM4", "img-aaaaaaaa")).toEqual({
      InstanceChargeType: "PREPAID",
      InstanceChargePrepaid: { Period: 12, RenewFlag: "NOTIFY_AND_MANUAL_RENEW" },
      Placement: { Zone: "ap-guangzhou-3" },
      InstanceType: "S5.MEDIUM4",
      ImageId: "img-aaaaaaaa",
      SystemDisk: { DiskType: "CLOUD_PREMIUM", DiskSize: 50 },
      DataDisks: [{ DiskType: "CLOUD_PREMIUM", DiskSize: 100, DeleteWithInstance: true }],
      InternetAccessible: { InternetChargeType: "BANDWIDTH_PREPAID", InternetMaxBandwidthOut: 5, PublicIpAssigned: true },
      InstanceCount: 1,
    });
    const hourly = quoteRequest({ ...DEFAULT_SPEC, bw: 0 }, "spot", "z", "S5.MEDIUM4", "img-aaaaaaaa");
    expect(hourly).toMatchObject({ InstanceChargeType: "SPOTPAID", InternetAccessible: { InternetChargeType: "BANDWIDTH_POSTPAID_BY_HOUR", PublicIpAssigned: false } });
    expect(hourly.DataDisks).toBeUndefined();
    expect(quoteRequest({ ...DEFAULT_SPEC, net: "TRAFFIC" }, "month1", "z", "t", "i").InternetAccessible.InternetChargeType).toBe("TRAFFIC_POSTPAID_BY_HOUR");
  });
});

describe("quoteFromPrice", () => {
  it("a prepaid answer is an up-front total with its monthly share; list vs paid kept", () => {
    const q = quoteFromPrice({ Price: { InstancePrice: { OriginalPrice: 1200, DiscountPrice: 996 }, BandwidthPrice: { OriginalPrice: 240, DiscountPrice: 240 } }, RequestId: "r1" }, "month12");
    expect(q).toEqual({ unit: "once", amount: 1236, original: 1440, months: 12, monthly: 103, monthlyOriginal: 120, requestId: "r1" });
  });

  it("an hourly answer is per hour, 720 hours to the month; traffic is per GB, apart", () => {
    const q = quoteFromPrice(
      { Price: { InstancePrice: { UnitPrice: 0.4, UnitPriceDiscount: 0.36, ChargeUnit: "HOUR" }, BandwidthPrice: { UnitPrice: 0.8, UnitPriceDiscount: 0.8, ChargeUnit: "GB" } }, RequestId: "r2" },
      "hourly",
    );
    expect(q).toMatchObject({ unit: "hour", amount: 0.36, original: 0.4, monthly: 259.2, perGB: { amount: 0.8, original: 0.8 } });
  });
});

describe("buyHref", () => {
  it("opens the wizard on exactly the priced cell: region, zone, type, billing, period, image, disks, bandwidth", () => {
    const href = buyHref({ ...DEFAULT_SPEC, dataSize: 100, bw: 5 }, { region: "ap-shanghai", InstanceType: "S5.MEDIUM4" }, { mode: "month12", zone: "ap-shanghai-2", imageId: "img-aaaaaaaa" });
    const url = new URL(href, "http://x");
    expect(url.pathname).toBe("/instances/new");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      region: "ap-shanghai",
      zone: "ap-shanghai-2",
      type: "S5.MEDIUM4",
      charge: "PREPAID",
      period: "12",
      image: "img-aaaaaaaa",
      source: "PUBLIC_IMAGE",
      systemDiskType: "CLOUD_PREMIUM",
      systemDiskSize: "50",
      dataDiskType: "CLOUD_PREMIUM",
      dataDiskSize: "100",
      bandwidth: "5",
      internetChargeType: "BANDWIDTH_PREPAID",
    });
    expect(new URL(buyHref(DEFAULT_SPEC, { region: "r", InstanceType: "t" }, { mode: "spot", zone: "z" }), "http://x").searchParams.get("charge")).toBe("SPOTPAID");
  });
});

describe("formatYuan", () => {
  it("shows ¥ with two decimals, four for sub-yuan prices, grouped", async () => {
    const { formatYuan } = await import("./money");
    expect(formatYuan(1931.8, "en-US")).toBe("¥1,931.80");
    expect(formatYuan(0.0725, "en-US")).toBe("¥0.0725");
    expect(formatYuan(0.37, "zh-CN")).toBe("¥0.37");
  });
});
