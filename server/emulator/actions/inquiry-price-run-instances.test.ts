import type { InquiryPriceRunInstancesRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALWAYS_SOLD_OUT, familyOfferedInZone, isTypeOfferedInZone } from "../catalog/compute/availability";
import { findFamily } from "../catalog/compute/families";
import { shapeErrors } from "../catalog/compute/seed-structures.testing";
import { getRegion } from "../catalog/regions";
import { startEmulator, type RunningEmulator } from "../server";
import { expectError } from "../state/pricing-inputs/quote-testing";
import { DEMO_ACCOUNT } from "../accounts";
import { defaultSpeed, setSpeed } from "../state/instances/durations";
import { defaultZoneTotals, setQuotaOverride } from "../state/quota";
import { sdkClient } from "../testing";

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
afterAll(() => emulator.close());

const ACTION = "InquiryPriceRunInstances";
// The inquiry allows 10 calls a second (seed 11970); these tests are about validation, not the rate limit.
const client = (region = "ap-shanghai") => {
  emulator.runtime.limiter.reset();
  return sdkClient(emulator.url, { region });
};
const inquire = (req: Partial<InquiryPriceRunInstancesRequest>, region = "ap-shanghai") =>
  client(region).InquiryPriceRunInstances({ Placement: { Zone: "ap-shanghai-2" }, ImageId: "img-pmqg1cw7", ...req });
const fails = (req: Partial<InquiryPriceRunInstancesRequest>, code: string, region?: string) => expectError(ACTION, inquire(req, region), code);

/** The zones of a region that are on sale (DescribeZones AVAILABLE). */
const sellingZones = (region: string) => getRegion(region)!.zones.filter((z) => z.state === "AVAILABLE").map((z) => z.zone);

/** A zone of `region` that offers `family` (or does not, with offered = false). */
function zoneOf(region: string, family: string, offered = true): string {
  const zone = sellingZones(region).find((z) => familyOfferedInZone(z, findFamily(family)!) === offered);
  if (!zone) throw new Error(`no zone of ${region} with ${family} offered=${offered}`);
  return zone;
}

// seed 12231: example 1, and seed 12563: example 3 (the same configuration, other charge type); seed 12436: example 2.
const SEED_EXAMPLE: Partial<InquiryPriceRunInstancesRequest> = {
  SystemDisk: { DiskSize: 50, DiskType: "CLOUD_PREMIUM" },
  InstanceCount: 1,
  LoginSettings: { Password: "Qcloud@TestApi123++" },
  EnhancedService: { SecurityService: { Enabled: true }, MonitorService: { Enabled: true } },
  InternetAccessible: { PublicIpAssigned: true, InternetChargeType: "TRAFFIC_POSTPAID_BY_HOUR", InternetMaxBandwidthOut: 10 },
  InstanceName: "QCLOUD-TEST",
  InstanceType: "S5.16XLARGE256",
  DataDisks: [{ DiskSize: 100, DiskType: "CLOUD_PREMIUM" }],
};

describe("InquiryPriceRunInstances: the seed's examples", () => {
  it("InquiryPriceRunInstances: example 1, PREPAID 1 month → OriginalPrice 8884.5, traffic 0.8 per GB", async () => {
    const res = await inquire({ ...SEED_EXAMPLE, InstanceChargeType: "PREPAID", InstanceChargePrepaid: { RenewFlag: "NOTIFY_AND_AUTO_RENEW", Period: 1 } });
    expect(shapeErrors(res.Price, "Price", { complete: new Set(["Price", "ItemPrice"]) })).toEqual([]);
    expect(res.Price!.InstancePrice).toMatchObject({ OriginalPrice: 8884.5, DiscountPrice: 8884.5, UnitPrice: 0 });
    expect(res.Price!.BandwidthPrice).toMatchObject({ UnitPrice: 0.8, OriginalPrice: 0, DiscountPrice: 0 });
  });

  it("InquiryPriceRunInstances: example 2, only Zone and ImageId → 0.2 / 0.12 / 0.1 per hour, no bandwidth", async () => {
    const res = await inquire({});
    expect(res.Price!.InstancePrice).toMatchObject({ UnitPrice: 0.2, UnitPriceSecondStep: 0.12, UnitPriceThirdStep: 0.1, ChargeUnit: "HOUR", OriginalPrice: 0 });
    expect(Object.values(res.Price!.BandwidthPrice!).filter((v) => typeof v === "number")).toEqual(Array(18).fill(0));
  });

  it("InquiryPriceRunInstances: example 3, POSTPAID_BY_HOUR → UnitPrice 16.09 in every step", async () => {
    const res = await inquire({ ...SEED_EXAMPLE, InstanceChargeType: "POSTPAID_BY_HOUR" });
    expect(res.Price!.InstancePrice).toMatchObject({ UnitPrice: 16.09, UnitPriceSecondStep: 16.09, UnitPriceThirdStep: 16.09, OriginalPrice: 0 });
    expect(res.Price!.BandwidthPrice!.UnitPrice).toBe(0.8);
  });
});

describe("InquiryPriceRunInstances: how the price is built", () => {
  const S5 = { InstanceType: "S5.MEDIUM4", SystemDisk: { DiskType: "CLOUD_PREMIUM", DiskSize: 50 } };

  it("InquiryPriceRunInstances: InstanceCount multiplies the whole order, prepaid and hourly", async () => {
    const prepaid = { ...S5, InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 1 } };
    const one = (await inquire(prepaid)).Price!.InstancePrice!;
    const three = (await inquire({ ...prepaid, InstanceCount: 3 })).Price!.InstancePrice!;
    expect(Math.round(three.OriginalPrice! * 100)).toBe(3 * Math.round(one.OriginalPrice! * 100));
    const hourOne = (await inquire(S5)).Price!.InstancePrice!;
    const hourThree = (await inquire({ ...S5, InstanceCount: 3 })).Price!.InstancePrice!;
    expect(Math.round(hourThree.UnitPrice! * 100)).toBe(3 * Math.round(hourOne.UnitPrice! * 100));
  });

  it("InquiryPriceRunInstances: a 12-month term lists 12 months and charges 83% of it (Discount 83)", async () => {
    const month = (await inquire({ ...S5, InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 1 } })).Price!.InstancePrice!;
    const year = (await inquire({ ...S5, InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 12 } })).Price!.InstancePrice!;
    expect(year.OriginalPrice).toBeCloseTo(month.OriginalPrice! * 12, 2);
    expect(year.Discount).toBe(83);
    expect(year.DiscountPrice).toBeCloseTo(year.OriginalPrice! * 0.83, 2);
  });

  it("InquiryPriceRunInstances: a PREPAID instance's bandwidth defaults to BANDWIDTH_PREPAID, priced for the term", async () => {
    const req = { ...S5, InstanceChargeType: "PREPAID", InternetAccessible: { InternetMaxBandwidthOut: 5 } };
    const one = (await inquire({ ...req, InstanceChargePrepaid: { Period: 1 } })).Price!.BandwidthPrice!;
    const two = (await inquire({ ...req, InstanceChargePrepaid: { Period: 2 } })).Price!.BandwidthPrice!;
    expect(one.OriginalPrice).toBeGreaterThan(0);
    expect(two.OriginalPrice).toBeCloseTo(one.OriginalPrice! * 2, 2);
    expect(one.UnitPrice).toBe(0);
  });

  it("InquiryPriceRunInstances: SPOTPAID is charged below list price; a high enough bid is accepted", async () => {
    const spot = { ...S5, InstanceChargeType: "SPOTPAID" };
    const price = (await inquire(spot)).Price!.InstancePrice!;
    expect(price.UnitPriceDiscount).toBeLessThan(price.UnitPrice!);
    const bid = await inquire({ ...spot, InstanceMarketOptions: { MarketType: "spot", SpotOptions: { MaxPrice: "9.99", SpotInstanceType: "one-time" } } });
    expect(bid.Price!.InstancePrice).toEqual(price);
  });

  it("InquiryPriceRunInstances: the zone catalogue's price is the instance part of the purchase price", async () => {
    const zonePrices = (await client().DescribeZoneInstanceConfigInfos({
      Filters: [{ Name: "zone", Values: ["ap-shanghai-2"] }, { Name: "instance-charge-type", Values: ["PREPAID"] }, { Name: "instance-type", Values: ["S5.MEDIUM4", "S5.2XLARGE32"] }],
    })).InstanceTypeQuotaSet!;
    const disk = { SystemDisk: { DiskType: "CLOUD_PREMIUM", DiskSize: 50 }, InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 1 } };
    expect(zonePrices).toHaveLength(2);
    const diskParts = await Promise.all(
      zonePrices.map(async (z) => (await inquire({ ...disk, InstanceType: z.InstanceType })).Price!.InstancePrice!.OriginalPrice! - z.Price!.OriginalPrice!),
    );
    // The same disk costs the same under both types, so what is left is the type's zone price.
    expect(diskParts[0]).toBeGreaterThan(0);
    expect(diskParts[0]).toBeCloseTo(diskParts[1], 2);
  });
});

describe("InquiryPriceRunInstances: documented refusals", () => {
  it("InquiryPriceRunInstances: PREPAID without InstanceChargePrepaid → MissingParameter", () => fails({ InstanceChargeType: "PREPAID" }, "MissingParameter"));
  it("InquiryPriceRunInstances: Period 13 → InvalidPeriod", () =>
    fails({ InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 13 } }, "InvalidPeriod"));
  it("InquiryPriceRunInstances: a RenewFlag outside the enum → InvalidParameterValue", () =>
    fails({ InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 1, RenewFlag: "ALWAYS" } }, "InvalidParameterValue"));
  it("InquiryPriceRunInstances: a charge type outside the documented ones → InvalidParameterValue", () =>
    fails({ InstanceChargeType: "MONTHLY" }, "InvalidParameterValue"));
  it("InquiryPriceRunInstances: a zone of another region → InvalidZone.MismatchRegion", () =>
    fails({ Placement: { Zone: "ap-guangzhou-3" } }, "InvalidZone.MismatchRegion"));
  it("InquiryPriceRunInstances: a sold-out zone (DescribeZones UNAVAILABLE) → InvalidParameterValue.ZoneNotSupported", async () => {
    const zone = getRegion("ap-shanghai")!.zones.find((z) => z.state === "UNAVAILABLE")!.zone;
    await fails({ Placement: { Zone: zone } }, "InvalidParameterValue.ZoneNotSupported");
  });
  it("InquiryPriceRunInstances: a malformed InstanceType → InvalidInstanceType.Malformed", () => fails({ InstanceType: "s5-medium" }, "InvalidInstanceType.Malformed"));
  it("InquiryPriceRunInstances: a type that does not exist → InvalidParameterValue.InstanceTypeNotFound", () =>
    fails({ InstanceType: "S5.HUGE999" }, "InvalidParameterValue.InstanceTypeNotFound"));

  it("InquiryPriceRunInstances: a type the zone does not sell → ResourceUnavailable.InstanceType", async () => {
    const zone = zoneOf("ap-shanghai", "S2", false);
    await fails({ Placement: { Zone: zone }, InstanceType: "S2.SMALL1" }, "ResourceUnavailable.InstanceType");
  });

  it("InquiryPriceRunInstances: a sold-out type → ResourcesSoldOut.SpecifiedInstanceType", async () => {
    const zone = sellingZones("ap-shanghai").find((z) => isTypeOfferedInZone(z, ALWAYS_SOLD_OUT))!;
    await fails({ Placement: { Zone: zone }, InstanceType: ALWAYS_SOLD_OUT }, "ResourcesSoldOut.SpecifiedInstanceType");
  });

  it("InquiryPriceRunInstances: SPOTPAID of a family without spot → UnsupportedOperation.NoInstanceTypeSupportSpot", async () => {
    await fails({ Placement: { Zone: zoneOf("ap-shanghai", "IT5") }, InstanceType: "IT5.4XLARGE64", InstanceChargeType: "SPOTPAID" }, "UnsupportedOperation.NoInstanceTypeSupportSpot");
  });

  it("InquiryPriceRunInstances: SPOTPAID in a finance region → UnsupportedOperation.SpotUnsupportedRegion", () =>
    fails({ Placement: { Zone: "ap-shanghai-fsi-1" }, InstanceType: "S5.MEDIUM4", InstanceChargeType: "SPOTPAID" }, "UnsupportedOperation.SpotUnsupportedRegion", "ap-shanghai-fsi"));

  it("InquiryPriceRunInstances: a spot bid below the current price → InvalidParameterValue.InsufficientPrice", () =>
    fails({ InstanceType: "S5.MEDIUM4", InstanceChargeType: "SPOTPAID", InstanceMarketOptions: { SpotOptions: { MaxPrice: "0.001" } } }, "InvalidParameterValue.InsufficientPrice"));

  it("InquiryPriceRunInstances: InstanceMarketOptions without SPOTPAID → InvalidParameterCombination", () =>
    fails({ InstanceMarketOptions: { SpotOptions: { MaxPrice: "1" } } }, "InvalidParameterCombination"));

  it("InquiryPriceRunInstances: image ids: malformed → InvalidImageId.Malformed, unknown → InvalidImageId.NotFound", async () => {
    await fails({ ImageId: "img-123" }, "InvalidImageId.Malformed");
    await fails({ ImageId: "img-zzzzzzzz" }, "InvalidImageId.NotFound");
  });

  it("InquiryPriceRunInstances: an x86 image on an ARM type → InvalidParameterValue.InvalidImageId", async () => {
    await fails({ Placement: { Zone: zoneOf("ap-shanghai", "SR1") }, InstanceType: "SR1.MEDIUM4" }, "InvalidParameterValue.InvalidImageId");
  });

  it("InquiryPriceRunInstances: disk rules (system disk range, SSD data ≥ 100 GB, type-bound disks, 20 cloud data disks)", async () => {
    await fails({ SystemDisk: { DiskType: "CLOUD_PREMIUM", DiskSize: 10 } }, "InvalidParameterValue.Range");
    await fails({ InstanceType: "S5.MEDIUM4", DataDisks: [{ DiskType: "CLOUD_SSD", DiskSize: 50 }] }, "InvalidParameterValue.CloudSsdDataDiskSizeTooSmall");
    await fails({ InstanceType: "S5.MEDIUM4", DataDisks: [{ DiskType: "LOCAL_NVME", DiskSize: 3570 }] }, "UnsupportedOperation.InvalidDisk");
    const many = Array.from({ length: 21 }, () => ({ DiskType: "CLOUD_PREMIUM", DiskSize: 10 }));
    await fails({ InstanceType: "S5.MEDIUM4", DataDisks: many }, "InvalidParameterValue.LimitExceeded");
  });

  it("InquiryPriceRunInstances: snapshots: malformed → SnapshotIdMalformed, unknown → InvalidParameter.SnapshotNotFound", async () => {
    await fails({ InstanceType: "S5.MEDIUM4", DataDisks: [{ DiskType: "CLOUD_PREMIUM", DiskSize: 50, SnapshotId: "snap-1" }] }, "InvalidParameterValue.SnapshotIdMalformed");
    await fails({ InstanceType: "S5.MEDIUM4", DataDisks: [{ DiskType: "CLOUD_PREMIUM", DiskSize: 50, SnapshotId: "snap-abcd1234" }] }, "InvalidParameter.SnapshotNotFound");
  });

  it("InquiryPriceRunInstances: bandwidth rules", async () => {
    await fails({ InternetAccessible: { InternetChargeType: "BANDWIDTH_PREPAID", InternetMaxBandwidthOut: 5 } }, "InvalidParameterCombination");
    await fails({ InternetAccessible: { InternetChargeType: "TRAFFIC_POSTPAID_BY_HOUR", InternetMaxBandwidthOut: 500 } }, "InvalidParameterValue.Range");
    await fails({ InternetAccessible: { PublicIpAssigned: true, InternetMaxBandwidthOut: 0 } }, "InvalidParameterCombination");
    await fails({ InternetAccessible: { InternetChargeType: "PER_PACKET", InternetMaxBandwidthOut: 1 } }, "InvalidParameterValue");
    await fails({ InternetAccessible: { InternetMaxBandwidthOut: 1, BandwidthPackageId: "bwp-abcd1234" } }, "UnsupportedOperation.BandwidthPackageIdNotSupported");
    await fails({ InternetAccessible: { InternetChargeType: "BANDWIDTH_PACKAGE", InternetMaxBandwidthOut: 1, BandwidthPackageId: "bwp-1" } }, "InvalidParameterValue.BandwidthPackageIdMalformed");
    await fails({ InternetAccessible: { InternetChargeType: "BANDWIDTH_PACKAGE", InternetMaxBandwidthOut: 1, BandwidthPackageId: "bwp-abcd1234" } }, "InvalidParameterValue.BandwidthPackageIdNotFound");
  });

  it("InquiryPriceRunInstances: InstanceCount outside 1–100 → InvalidParameterValue.Range", async () => {
    await fails({ InstanceCount: 101 }, "InvalidParameterValue.Range");
    await fails({ InstanceCount: 0 }, "InvalidParameterValue.Range");
  });

  it("InquiryPriceRunInstances: name, token, password, host name, private IPs, tags", async () => {
    await fails({ InstanceName: "x".repeat(129) }, "InvalidInstanceName.TooLong");
    await fails({ ClientToken: "t".repeat(65) }, "InvalidClientToken.TooLong");
    await fails({ LoginSettings: { Password: "short" } }, "InvalidPassword");
    await fails({ LoginSettings: { Password: "Qcloud@TestApi123", KeyIds: ["skey-abcd1234"] } }, "InvalidParameterCombination");
    await fails({ HostName: "-bad-" }, "InvalidParameterValue");
    await fails({ InstanceCount: 2, VirtualPrivateCloud: { VpcId: "vpc-abcd1234", SubnetId: "subnet-abcd1234", PrivateIpAddresses: ["10.0.0.5"] } }, "InvalidParameterCombination");
    await fails({ TagSpecification: [{ ResourceType: "instance", Tags: [{ Key: "qcloud:owner", Value: "me" }] }] }, "FailedOperation.TagKeyReserved");
    await fails({ TagSpecification: [{ ResourceType: "instance", Tags: [{ Key: "env", Value: "a" }, { Key: "env", Value: "b" }] }] }, "InvalidParameterValue.DuplicateTags");
    await fails({ TagSpecification: [{ ResourceType: "instance", Tags: [{ Key: "bad#key", Value: "a" }] }] }, "FailedOperation.IllegalTagKey");
  });

  it("InquiryPriceRunInstances: CDH hosts: only with CDHPAID, which needs one that exists", async () => {
    await fails({ Placement: { Zone: "ap-shanghai-2", HostIds: ["host-abcd1234"] } }, "InvalidParameterCombination");
    await fails({ InstanceChargeType: "CDHPAID", InstanceType: "CDH_2C4G" }, "MissingParameter");
    await fails({ InstanceChargeType: "CDHPAID", Placement: { Zone: "ap-shanghai-2", HostIds: ["host-1122"] } }, "InvalidHostId.Malformed");
    await fails({ InstanceChargeType: "CDHPAID", Placement: { Zone: "ap-shanghai-2", HostIds: ["host-abcd1234"] } }, "InvalidHostId.NotFound");
  });

  it("InquiryPriceRunInstances: a quota-exceeding order → InstancesQuotaLimitExceeded", async () => {
    // PrePaidQuota.OnceQuota is 300 per purchase (state/quota.ts), above the 100 of InstanceCount; lower the zone's
    // pay-as-you-go total instead.
    const scope = { account: DEMO_ACCOUNT.ownerUin, region: "ap-shanghai" };
    setQuotaOverride(emulator.runtime.store, scope, "ap-shanghai-3", { postPaid: 2 });
    try {
      await fails({ Placement: { Zone: "ap-shanghai-3" }, InstanceType: "S5.MEDIUM4", InstanceCount: 3 }, "InstancesQuotaLimitExceeded");
      const ok = await inquire({ Placement: { Zone: "ap-shanghai-3" }, InstanceType: "S5.MEDIUM4", InstanceCount: 2 });
      expect(ok.Price!.InstancePrice!.UnitPrice).toBeGreaterThan(0);
    } finally {
      setQuotaOverride(emulator.runtime.store, scope, "ap-shanghai-3", defaultZoneTotals("ap-shanghai-3"));
    }
  });
});

describe("InquiryPriceRunInstances: CDHPAID", () => {
  // Hosts live in ap-chengdu, which no other test of this file uses; instant speed makes an allocated host RUNNING at once.
  const region = "ap-chengdu";
  const zone = () => sellingZones(region)[0];
  async function runningHost(): Promise<string> {
    setSpeed(emulator.runtime.store, { mode: "instant" });
    try {
      const { HostIdSet } = await client(region).AllocateHosts({ Placement: { Zone: zone() }, HostType: "HS1", HostChargePrepaid: { Period: 1 } });
      return HostIdSet![0];
    } finally {
      setSpeed(emulator.runtime.store, defaultSpeed());
    }
  }
  const cdh = (hostId: string, extra: Partial<InquiryPriceRunInstancesRequest> = {}) =>
    inquire({ InstanceChargeType: "CDHPAID", Placement: { Zone: zone(), HostIds: [hostId] }, SystemDisk: { DiskType: "CLOUD_PREMIUM", DiskSize: 50 }, ...extra }, region);

  it("InquiryPriceRunInstances: a CDH_<n>C<m>G instance on an existing host pays its disks by the hour, not the host", async () => {
    const hostId = await runningHost();
    const small = (await cdh(hostId, { InstanceType: "CDH_2C4G" })).Price!.InstancePrice!;
    const big = (await cdh(hostId, { InstanceType: "CDH_16C64G" })).Price!.InstancePrice!;
    expect(small.UnitPrice).toBeGreaterThan(0);
    expect(big).toEqual(small);
    const more = (await cdh(hostId, { InstanceType: "CDH_2C4G", DataDisks: [{ DiskType: "CLOUD_PREMIUM", DiskSize: 500 }] })).Price!.InstancePrice!;
    expect(more.UnitPrice).toBeGreaterThan(small.UnitPrice!);
  });

  it("InquiryPriceRunInstances: CDHPAID beyond the host's room (HS1: 56 vCPUs, 224 GiB) → InvalidParameter.InstanceTypeSupportedHostNotFound", async () => {
    const hostId = await runningHost();
    const code = "InvalidParameter.InstanceTypeSupportedHostNotFound";
    await expectError(ACTION, cdh(hostId, { InstanceType: "CDH_64C128G" }), code);
    await expectError(ACTION, cdh(hostId, { InstanceType: "CDH_16C64G", InstanceCount: 4 }), code);
    // A host not yet RUNNING can take nothing (RunInstances: InvalidParameter.HostIdStatusNotSupport, not on this page).
    const { HostIdSet } = await client(region).AllocateHosts({ Placement: { Zone: zone() }, HostChargePrepaid: { Period: 1 } });
    await expectError(ACTION, cdh(HostIdSet![0], { InstanceType: "CDH_2C4G" }), code);
  });

  it("InquiryPriceRunInstances: a CDHPAID quote reserves nothing — quoting the whole host twice, then buying it, all succeed", async () => {
    const hostId = await runningHost();
    const whole = { InstanceType: "CDH_14C56G", InstanceCount: 4 };
    await cdh(hostId, whole);
    await cdh(hostId, whole);
    const { InstanceIdSet } = await client(region).RunInstances({
      InstanceChargeType: "CDHPAID",
      Placement: { Zone: zone(), HostIds: [hostId] },
      ImageId: "img-pmqg1cw7",
      SystemDisk: { DiskType: "CLOUD_PREMIUM", DiskSize: 50 },
      ...whole,
    });
    expect(InstanceIdSet).toHaveLength(4);
    // Now the host is full: the same quote is refused.
    await expectError(ACTION, cdh(hostId, { InstanceType: "CDH_2C4G" }), "InvalidParameter.InstanceTypeSupportedHostNotFound");
  });
});
