import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALWAYS_SOLD_OUT, familyOfferedInZone, isTypeOfferedInZone } from "../catalog/compute/availability";
import { findFamily } from "../catalog/compute/families";
import { shapeErrors } from "../catalog/compute/seed-structures.testing";
import { REGIONS } from "../catalog/regions";
import { startEmulator, type RunningEmulator } from "../server";
import { expectError } from "../state/pricing-inputs/quote-testing";
import { sdkClient } from "../testing";

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
afterAll(() => emulator.close());

const client = (opts: Parameters<typeof sdkClient>[1] = {}) => sdkClient(emulator.url, opts);
const filter = (Name: string, ...Values: string[]) => ({ Name, Values });
const GZ_ZONES = REGIONS.find((r) => r.region === "ap-guangzhou")!.zones.map((z) => z.zone);
/** A zone (and its region) that offers a family, found through the catalogue. */
function zoneOffering(family: string): { region: string; zone: string } {
  for (const r of REGIONS) for (const z of r.zones) if (familyOfferedInZone(z.zone, findFamily(family)!)) return { region: r.region, zone: z.zone };
  throw new Error(`no zone offers ${family}`);
}

describe("DescribeZoneInstanceConfigInfos", () => {
  const ZONES_ACTION = "DescribeZoneInstanceConfigInfos";

  it("DescribeZoneInstanceConfigInfos: the seed example (POSTPAID_BY_HOUR in ap-guangzhou-2) has S2.SMALL1 as documented", async () => {
    const res = await client({ language: "en-US" }).DescribeZoneInstanceConfigInfos({
      Filters: [filter("instance-charge-type", "POSTPAID_BY_HOUR"), filter("zone", "ap-guangzhou-2")],
    });
    const items = res.InstanceTypeQuotaSet!;
    expect(items.length).toBeGreaterThan(20);
    for (const i of items) expect(i).toMatchObject({ Zone: "ap-guangzhou-2", InstanceChargeType: "POSTPAID_BY_HOUR" });
    // seed 20743–20828
    expect(items.find((i) => i.InstanceType === "S2.SMALL1")).toMatchObject({
      Status: "SELL", NetworkCard: 0, InstanceFamily: "S2", TypeName: "Standard S2", Memory: 1, Cpu: 1, SoldOutReason: "",
      StorageBlockAmount: 0, CpuType: "Intel Xeon E5-2680 v4", InstancePps: 20, InstanceBandwidth: 1.5, Gpu: 0, GpuCount: 0,
      Fpga: 0, Frequency: "2.4GHz", StatusCategory: "EnoughStock",
      Price: { OriginalPrice: 59, DiscountPrice: 59, OriginalPriceOneYear: 708, DiscountPriceOneYear: 587.64, ChargeUnit: "HOUR" },
    });
  });

  it("DescribeZoneInstanceConfigInfos: every item is a complete InstanceTypeQuotaItem with a complete ItemPrice", async () => {
    const res = await client().DescribeZoneInstanceConfigInfos({ Filters: [filter("zone", "ap-guangzhou-3")] });
    const complete = new Set(["InstanceTypeQuotaItem", "ItemPrice", "LocalDiskType"]);
    for (const i of res.InstanceTypeQuotaSet!) expect(shapeErrors(i, "InstanceTypeQuotaItem", { complete })).toEqual([]);
  });

  it("DescribeZoneInstanceConfigInfos: without filters, every zone of the region under PREPAID, POSTPAID_BY_HOUR and SPOTPAID", async () => {
    const items = (await client().DescribeZoneInstanceConfigInfos({})).InstanceTypeQuotaSet!;
    expect(new Set(items.map((i) => i.Zone))).toEqual(new Set(GZ_ZONES));
    expect(new Set(items.map((i) => i.InstanceChargeType))).toEqual(new Set(["PREPAID", "POSTPAID_BY_HOUR", "SPOTPAID"]));
    // The always-sold-out type shows as SOLD_OUT with the seed's reason (seed 37543), never as SELL.
    const soldOut = items.filter((i) => i.InstanceType === ALWAYS_SOLD_OUT);
    expect(soldOut.length).toBeGreaterThan(0);
    for (const i of soldOut) expect(i).toMatchObject({ Status: "SOLD_OUT", StatusCategory: "WithoutStock", SoldOutReason: "ResourcesSoldOut.SpecifiedInstanceType" });
  });

  it("DescribeZoneInstanceConfigInfos: Filters are ANDed, Values of one Filter ORed", async () => {
    const res = await client().DescribeZoneInstanceConfigInfos({
      Filters: [filter("zone", "ap-guangzhou-3", "ap-guangzhou-4"), filter("instance-family", "S5", "SA2"), filter("instance-type", "S5.MEDIUM4", "SA2.MEDIUM4", "M5.LARGE32")],
    });
    const keys = res.InstanceTypeQuotaSet!.map((i) => `${i.Zone}/${i.InstanceType}`);
    expect(new Set(keys)).toEqual(new Set(["ap-guangzhou-3/S5.MEDIUM4", "ap-guangzhou-3/SA2.MEDIUM4", "ap-guangzhou-4/S5.MEDIUM4", "ap-guangzhou-4/SA2.MEDIUM4"]));
  });

  it("DescribeZoneInstanceConfigInfos: sort-keys cpu:desc then mem:asc orders the items", async () => {
    const res = await client().DescribeZoneInstanceConfigInfos({
      Filters: [filter("zone", "ap-guangzhou-3"), filter("instance-charge-type", "PREPAID"), filter("sort-keys", "cpu:desc", "mem:asc")],
    });
    const items = res.InstanceTypeQuotaSet!;
    for (let k = 1; k < items.length; k++) {
      const [a, b] = [items[k - 1], items[k]];
      expect(a.Cpu! > b.Cpu! || (a.Cpu === b.Cpu && a.Memory! <= b.Memory!), `${a.InstanceType} before ${b.InstanceType}`).toBe(true);
    }
  });

  it("DescribeZoneInstanceConfigInfos: CDHPAID is a documented filter value that matches no item (CDH instances are sold per host)", async () => {
    const res = await client().DescribeZoneInstanceConfigInfos({ Filters: [filter("instance-charge-type", "CDHPAID")] });
    expect(res.InstanceTypeQuotaSet).toEqual([]);
  });

  it("DescribeZoneInstanceConfigInfos: a finance region sells no SPOTPAID", async () => {
    const res = await client({ region: "ap-shanghai-fsi" }).DescribeZoneInstanceConfigInfos({ Filters: [filter("instance-family", "S5")] });
    expect(res.InstanceTypeQuotaSet!.length).toBeGreaterThan(0);
    expect(res.InstanceTypeQuotaSet!.some((i) => i.InstanceChargeType === "SPOTPAID")).toBe(false);
  });

  it("DescribeZoneInstanceConfigInfos: TypeName follows the language (zh-CN 标准型S5, en-US Standard S5)", async () => {
    const only = { Filters: [filter("zone", "ap-guangzhou-3"), filter("instance-type", "S5.MEDIUM4")] };
    expect((await client({ language: "zh-CN" }).DescribeZoneInstanceConfigInfos(only)).InstanceTypeQuotaSet![0].TypeName).toBe("标准型S5");
    expect((await client({ language: "en-US" }).DescribeZoneInstanceConfigInfos(only)).InstanceTypeQuotaSet![0].TypeName).toBe("Standard S5");
  });

  it("DescribeZoneInstanceConfigInfos: an undocumented filter name → InvalidFilter", async () => {
    await expectError(ZONES_ACTION, client().DescribeZoneInstanceConfigInfos({ Filters: [filter("instance-name", "x")] }), "InvalidFilter");
  });

  it("DescribeZoneInstanceConfigInfos: more than 10 Filters → InvalidParameterValue.LimitExceeded", async () => {
    const Filters = Array.from({ length: 11 }, () => filter("zone", "ap-guangzhou-3"));
    await expectError(ZONES_ACTION, client().DescribeZoneInstanceConfigInfos({ Filters }), "InvalidParameterValue.LimitExceeded");
  });

  it("DescribeZoneInstanceConfigInfos: more than 100 Values in a Filter → InvalidFilterValue.LimitExceeded", async () => {
    const values = Array.from({ length: 101 }, (_, i) => `S5.T${i}`);
    await expectError(ZONES_ACTION, client().DescribeZoneInstanceConfigInfos({ Filters: [filter("instance-type", ...values)] }), "InvalidFilterValue.LimitExceeded");
  });

  it("DescribeZoneInstanceConfigInfos: a zone of another region → InvalidZone.MismatchRegion", async () => {
    await expectError(ZONES_ACTION, client().DescribeZoneInstanceConfigInfos({ Filters: [filter("zone", "ap-shanghai-2")] }), "InvalidZone.MismatchRegion");
  });

  it("DescribeZoneInstanceConfigInfos: a malformed instance-type → InvalidInstanceType.Malformed", async () => {
    await expectError(ZONES_ACTION, client().DescribeZoneInstanceConfigInfos({ Filters: [filter("instance-type", "s5 medium")] }), "InvalidInstanceType.Malformed");
  });

  it("DescribeZoneInstanceConfigInfos: a bad sort-keys or instance-charge-type value → InvalidParameterValue", async () => {
    await expectError(ZONES_ACTION, client().DescribeZoneInstanceConfigInfos({ Filters: [filter("sort-keys", "price:desc")] }), "InvalidParameterValue");
    await expectError(ZONES_ACTION, client().DescribeZoneInstanceConfigInfos({ Filters: [filter("instance-charge-type", "MONTHLY")] }), "InvalidParameterValue");
  });
});

describe("DescribeInstanceTypeConfigs", () => {
  const TYPES_ACTION = "DescribeInstanceTypeConfigs";

  it("DescribeInstanceTypeConfigs: the seed example (GET, zone ap-guangzhou-2, family I1) lists the I1 types", async () => {
    const res = await client({ reqMethod: "GET" }).DescribeInstanceTypeConfigs({ Filters: [filter("zone", "ap-guangzhou-2"), filter("instance-family", "I1")] });
    const set = res.InstanceTypeConfigSet!;
    // seed 11395–11425: I1.MEDIUM4 then I1.MEDIUM8, 2 vCPU, no GPU/FPGA.
    expect(set.slice(0, 2)).toEqual([
      { Zone: "ap-guangzhou-2", InstanceFamily: "I1", InstanceType: "I1.MEDIUM4", CPU: 2, GPU: 0, FPGA: 0, Memory: 4, GpuCount: 0 },
      { Zone: "ap-guangzhou-2", InstanceFamily: "I1", InstanceType: "I1.MEDIUM8", CPU: 2, GPU: 0, FPGA: 0, Memory: 8, GpuCount: 0 },
    ]);
    for (const c of set) {
      expect(c).toMatchObject({ Zone: "ap-guangzhou-2", InstanceFamily: "I1" });
      expect(shapeErrors(c, "InstanceTypeConfig")).toEqual([]);
    }
  });

  it("DescribeInstanceTypeConfigs: without filters, the types on sale in every zone of the region, none sold out", async () => {
    const set = (await client().DescribeInstanceTypeConfigs({})).InstanceTypeConfigSet!;
    expect(new Set(set.map((c) => c.Zone))).toEqual(new Set(GZ_ZONES));
    expect(set.some((c) => c.InstanceType === ALWAYS_SOLD_OUT)).toBe(false);
    const onSale = (await client().DescribeZoneInstanceConfigInfos({ Filters: [filter("instance-charge-type", "POSTPAID_BY_HOUR")] })).InstanceTypeQuotaSet!;
    expect(new Set(set.map((c) => `${c.Zone}/${c.InstanceType}`))).toEqual(
      new Set(onSale.filter((i) => i.Status === "SELL").map((i) => `${i.Zone}/${i.InstanceType}`)),
    );
  });

  it("DescribeInstanceTypeConfigs: a vGPU type has a fractional GpuCount and an integer GPU", async () => {
    const { region, zone } = zoneOffering("GNV4");
    const set = (await client({ region }).DescribeInstanceTypeConfigs({ Filters: [filter("zone", zone), filter("instance-type", "GNV4.LARGE20")] })).InstanceTypeConfigSet!;
    expect(set).toEqual([{ Zone: zone, InstanceFamily: "GNV4", InstanceType: "GNV4.LARGE20", CPU: 4, GPU: 1, FPGA: 0, Memory: 20, GpuCount: 0.25 }]);
  });

  it("DescribeInstanceTypeConfigs: naming a sold-out type → ResourcesSoldOut.SpecifiedInstanceType", async () => {
    const zone = GZ_ZONES.find((z) => isTypeOfferedInZone(z, ALWAYS_SOLD_OUT))!;
    const call = client().DescribeInstanceTypeConfigs({ Filters: [filter("zone", zone), filter("instance-type", ALWAYS_SOLD_OUT)] });
    await expectError(TYPES_ACTION, call, "ResourcesSoldOut.SpecifiedInstanceType");
  });

  it("DescribeInstanceTypeConfigs: a well-formed type that does not exist gives an empty list", async () => {
    expect((await client().DescribeInstanceTypeConfigs({ Filters: [filter("instance-type", "S5.HUGE999")] })).InstanceTypeConfigSet).toEqual([]);
  });

  it("DescribeInstanceTypeConfigs: 2 Values in a Filter → InvalidFilterValue.LimitExceeded (the limit is 1)", async () => {
    await expectError(TYPES_ACTION, client().DescribeInstanceTypeConfigs({ Filters: [filter("instance-family", "S5", "M5")] }), "InvalidFilterValue.LimitExceeded");
  });

  it("DescribeInstanceTypeConfigs: sort-keys is not one of its filters → InvalidFilter", async () => {
    await expectError(TYPES_ACTION, client().DescribeInstanceTypeConfigs({ Filters: [filter("sort-keys", "cpu:desc")] }), "InvalidFilter");
  });

  it("DescribeInstanceTypeConfigs: an unknown zone → InvalidZone.MismatchRegion; a malformed type → InvalidInstanceType.Malformed", async () => {
    await expectError(TYPES_ACTION, client().DescribeInstanceTypeConfigs({ Filters: [filter("zone", "ap-guangzhou-99")] }), "InvalidZone.MismatchRegion");
    await expectError(TYPES_ACTION, client().DescribeInstanceTypeConfigs({ Filters: [filter("instance-type", "S5")] }), "InvalidInstanceType.Malformed");
  });
});

describe("DescribeInstanceFamilyConfigs", () => {
  it("DescribeInstanceFamilyConfigs: Chinese full names by default, English for en-US", async () => {
    const zh = (await client().DescribeInstanceFamilyConfigs()).InstanceFamilyConfigSet!;
    expect(zh).toContainEqual({ InstanceFamilyName: "标准型S5", InstanceFamily: "S5" });
    for (const f of zh) expect(shapeErrors(f, "InstanceFamilyConfig")).toEqual([]);
    const en = (await client({ language: "en-US" }).DescribeInstanceFamilyConfigs()).InstanceFamilyConfigSet!;
    expect(en).toContainEqual({ InstanceFamilyName: "Standard S5", InstanceFamily: "S5" });
    expect(en.map((f) => f.InstanceFamily)).toEqual(zh.map((f) => f.InstanceFamily));
  });

  for (const region of ["ap-guangzhou", "ap-tokyo", "ap-shenzhen-fsi"]) {
    it(`DescribeInstanceFamilyConfigs (${region}): exactly the families of the region's instance types`, async () => {
      const families = (await client({ region }).DescribeInstanceFamilyConfigs()).InstanceFamilyConfigSet!.map((f) => f.InstanceFamily);
      const zones = (await client({ region }).DescribeZoneInstanceConfigInfos({})).InstanceTypeQuotaSet!;
      expect(new Set(families)).toEqual(new Set(zones.map((i) => i.InstanceFamily)));
      expect(new Set(families).size).toBe(families.length);
    });
  }
});
