// CDH dedicated hosts through the official SDK (seed 21334–22443): AllocateHosts, DescribeHosts,
// ModifyHostsAttribute, RenewHosts, InquiryPriceRenewHosts; the instances launched on a host use up its capacity.
import type { AllocateHostsRequest, HostItem } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_ACCOUNT, DEMO_PEER_ACCOUNT } from "../accounts";
import { HOST_TYPES, hostTypesForZone } from "../catalog/compute/hosts";
import { getRegion } from "../catalog/regions";
import { priceHostRenew } from "../pricing";
import { ALLOCATE_HOST_MS, HOST_QUOTA_PER_REGION } from "../state/hosts/allocate";
import { reserveHostCapacity } from "../state/hosts/capacity";
import { SETTLE_MS, startHarness, type LifecycleHarness } from "../state/instances/lifecycle.testing";
import { errorCodeOf, sdkClient, type CvmClient } from "../testing";

let h: LifecycleHarness;
let client: CvmClient;
const REGIONS = ["ap-shanghai", "ap-guangzhou", "ap-beijing", "ap-chengdu", "ap-nanjing", "ap-singapore", "ap-tokyo", "ap-seoul", "eu-frankfurt", "na-ashburn"];
let regionName = "ap-shanghai";

beforeAll(async () => {
  h = await startHarness({ mode: "realistic" });
});
afterAll(() => h.close());
// Each test starts from an empty account (hosts, instances, quota) in ap-shanghai.
beforeEach(() => {
  h.emu.runtime.store.reset();
  regionName = "ap-shanghai";
  client = sdkClient(h.emu.url, { region: regionName });
  h.elapse(1_000);
});

/** A zone of the current region where instances can be bought too. */
const zone = () => getRegion(regionName)!.zones.find((z) => z.state === "AVAILABLE")!.zone;

const allocate = (extra: Partial<AllocateHostsRequest> = {}) =>
  client.AllocateHosts({ Placement: { Zone: zone() }, HostChargePrepaid: { Period: 1 }, ...extra });

async function describeHost(id: string): Promise<HostItem> {
  const res = await client.DescribeHosts({ Filters: [{ Name: "host-id", Values: [id] }] });
  return res.HostSet![0];
}

async function runningHost(extra: Partial<AllocateHostsRequest> = {}): Promise<string> {
  const [id] = (await allocate(extra)).HostIdSet!;
  h.elapse(ALLOCATE_HOST_MS);
  return id;
}

describe("AllocateHosts", () => {
  it("AllocateHosts: the seed's example (包年包月 HS1 in ap-guangzhou-2) → one host, PENDING then RUNNING, every HostItem field", async () => {
    const gz = sdkClient(h.emu.url);
    regionName = "ap-guangzhou";
    client = gz;
    const res = await gz.AllocateHosts({
      HostChargeType: "PREPAID",
      HostCount: 1,
      Placement: { Zone: "ap-guangzhou-2" },
      HostType: "HS1",
      HostChargePrepaid: { RenewFlag: "NOTIFY_AND_AUTO_RENEW", Period: 1 },
    });
    expect(res.HostIdSet).toHaveLength(1);
    expect(res.HostIdSet![0]).toMatch(/^host-[a-z0-9]{8}$/);
    const host = await describeHost(res.HostIdSet![0]);
    expect(host).toEqual({
      Placement: { Zone: "ap-guangzhou-2", ProjectId: 0 },
      HostId: res.HostIdSet![0],
      HostType: "HS1",
      HostName: "未命名",
      HostChargeType: "PREPAID",
      RenewFlag: "NOTIFY_AND_AUTO_RENEW",
      CreatedTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
      ExpiredTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
      InstanceIds: [],
      HostState: "PENDING",
      HostIp: expect.stringMatching(/^10\.\d+\.\d+\.\d+$/),
      HostResource: {
        CpuTotal: 56,
        CpuAvailable: 56,
        MemTotal: 224,
        MemAvailable: 224,
        DiskTotal: 3000,
        DiskAvailable: 3000,
        DiskType: "LOCAL_BASIC",
        GpuTotal: 0,
        GpuAvailable: 0,
        ExclusiveOwner: "100000000001",
      },
      CageId: "",
      Tags: [],
    });
    const created = new Date(host.CreatedTime!);
    const expires = new Date(host.ExpiredTime!);
    expect((expires.getUTCFullYear() - created.getUTCFullYear()) * 12 + expires.getUTCMonth() - created.getUTCMonth()).toBe(1);
    h.elapse(ALLOCATE_HOST_MS - 1_000);
    expect((await describeHost(host.HostId!)).HostState).toBe("PENDING");
    h.elapse(2_000);
    expect((await describeHost(host.HostId!)).HostState).toBe("RUNNING");
  });

  it("AllocateHosts: HostCount hosts of HostType, RenewFlag defaulting to NOTIFY_AND_AUTO_RENEW, tags of ResourceType host", async () => {
    const res = await allocate({
      HostCount: 3,
      HostType: "HS50",
      HostChargePrepaid: { Period: 12 },
      TagSpecification: [
        { ResourceType: "host", Tags: [{ Key: "team", Value: "core" }] },
        { ResourceType: "instance", Tags: [{ Key: "ignored", Value: "x" }] },
      ],
    });
    expect(new Set(res.HostIdSet).size).toBe(3);
    const all = await client.DescribeHosts({});
    expect(all.TotalCount).toBe(3);
    for (const host of all.HostSet!) {
      expect(host).toMatchObject({ HostType: "HS50", RenewFlag: "NOTIFY_AND_AUTO_RENEW", Tags: [{ Key: "team", Value: "core" }] });
      expect(host.HostResource).toMatchObject({ CpuTotal: 90, MemTotal: 360, DiskTotal: 0, DiskType: "" });
    }
  });

  it("AllocateHosts: a ClientToken retry answers the first HostIdSet and buys nothing; reused with other params → InvalidParameter", async () => {
    const first = await allocate({ ClientToken: "a521b4e4-c903-4d37-9de6-8906e3ad8eb7" });
    const again = await allocate({ ClientToken: "a521b4e4-c903-4d37-9de6-8906e3ad8eb7" });
    expect(again.HostIdSet).toEqual(first.HostIdSet);
    expect((await client.DescribeHosts({})).TotalCount).toBe(1);
    expect(await errorCodeOf(allocate({ ClientToken: "a521b4e4-c903-4d37-9de6-8906e3ad8eb7", HostCount: 2 }))).toBe("InvalidParameter");
  });

  it("AllocateHosts: a zone outside the region → InvalidZone.MismatchRegion", async () => {
    const elsewhere = REGIONS.find((r) => r !== regionName)!;
    expect(await errorCodeOf(allocate({ Placement: { Zone: `${elsewhere}-1` } }))).toBe("InvalidZone.MismatchRegion");
    expect(await errorCodeOf(allocate({ Placement: { Zone: `${regionName}-99` } }))).toBe("InvalidZone.MismatchRegion");
  });

  it("AllocateHosts: PREPAID needs HostChargePrepaid (MissingParameter); only PREPAID is sold (InvalidParameterValue)", async () => {
    expect(await errorCodeOf(client.AllocateHosts({ Placement: { Zone: zone() } }))).toBe("MissingParameter");
    expect(await errorCodeOf(allocate({ HostChargeType: "POSTPAID_BY_HOUR" }))).toBe("InvalidParameterValue");
  });

  it("AllocateHosts: Period outside 1–12, 24, 36 → InvalidPeriod; an unknown RenewFlag → InvalidParameterValue", async () => {
    for (const Period of [0, 13, 48]) expect(await errorCodeOf(allocate({ HostChargePrepaid: { Period } }))).toBe("InvalidPeriod");
    expect(await errorCodeOf(allocate({ HostChargePrepaid: { Period: 1, RenewFlag: "SOMETIMES" } }))).toBe("InvalidParameterValue");
    expect((await allocate({ HostChargePrepaid: { Period: 36 } })).HostIdSet).toHaveLength(1);
  });

  it("AllocateHosts: HostCount below 1 → InvalidParameterValue.Range; past the region's quota → LimitExceeded", async () => {
    expect(await errorCodeOf(allocate({ HostCount: 0 }))).toBe("InvalidParameterValue.Range");
    expect(await errorCodeOf(allocate({ HostCount: HOST_QUOTA_PER_REGION + 1 }))).toBe("LimitExceeded");
    await allocate({ HostCount: HOST_QUOTA_PER_REGION - 1 });
    await allocate();
    expect(await errorCodeOf(allocate())).toBe("LimitExceeded");
  });

  it("AllocateHosts: an unknown HostType → InvalidParameterValue; one the zone does not offer → ResourceInsufficient.ZoneSoldOutForSpecifiedInstance", async () => {
    expect(await errorCodeOf(allocate({ HostType: "HX99" }))).toBe("InvalidParameterValue");
    const zones = REGIONS.flatMap((r) => getRegion(r)!.zones.map((z) => ({ region: r, zone: z.zone })));
    const missing = zones.find((z) => !hostTypesForZone(z.zone).some((t) => t.hostType === "HI50"))!;
    const other = sdkClient(h.emu.url, { region: missing.region });
    const code = await errorCodeOf(other.AllocateHosts({ Placement: { Zone: missing.zone }, HostType: "HI50", HostChargePrepaid: { Period: 1 } }));
    expect(code).toBe("ResourceInsufficient.ZoneSoldOutForSpecifiedInstance");
  });

  it("AllocateHosts: a negative ProjectId → InvalidProjectId.NotFound", async () => {
    expect(await errorCodeOf(allocate({ Placement: { Zone: zone(), ProjectId: -1 } }))).toBe("InvalidProjectId.NotFound");
  });
});

describe("DescribeHosts", () => {
  it("DescribeHosts: the seed's example (zone filter, Offset 0, Limit 20) lists only that zone's hosts", async () => {
    const gz = sdkClient(h.emu.url);
    const [a] = (await gz.AllocateHosts({ Placement: { Zone: "ap-guangzhou-4" }, HostChargePrepaid: { Period: 1 } })).HostIdSet!;
    const res = await gz.DescribeHosts({ Filters: [{ Name: "zone", Values: ["ap-guangzhou-4"] }], Offset: 0, Limit: 20 });
    expect(res.HostSet!.map((x) => x.HostId)).toContain(a);
    expect(res.HostSet!.every((x) => x.Placement!.Zone === "ap-guangzhou-4")).toBe(true);
    expect(res.TotalCount).toBe(res.HostSet!.length);
  });

  it("DescribeHosts: host-state, host-type, host-name, project-id and tag filters; Values ORed, Filters ANDed", async () => {
    const [a] = (await allocate({ HostType: "HS1", Placement: { Zone: zone(), ProjectId: 7 }, TagSpecification: [{ ResourceType: "host", Tags: [{ Key: "env", Value: "prod" }] }] })).HostIdSet!;
    h.elapse(ALLOCATE_HOST_MS);
    const [b] = (await allocate({ HostType: "HS50", TagSpecification: [{ ResourceType: "host", Tags: [{ Key: "env", Value: "dev" }] }] })).HostIdSet!;
    const ids = async (Filters: { Name: string; Values: string[] }[]) => (await client.DescribeHosts({ Filters })).HostSet!.map((x) => x.HostId).sort();
    expect(await ids([{ Name: "host-state", Values: ["RUNNING"] }])).toEqual([a]);
    expect(await ids([{ Name: "host-state", Values: ["RUNNING", "PENDING"] }])).toEqual([a, b].sort());
    expect(await ids([{ Name: "host-type", Values: ["HS50"] }])).toEqual([b]);
    expect(await ids([{ Name: "host-name", Values: ["未命名"] }, { Name: "project-id", Values: ["7"] }])).toEqual([a]);
    expect(await ids([{ Name: "tag-key", Values: ["env"] }])).toEqual([a, b].sort());
    expect(await ids([{ Name: "tag:env", Values: ["dev"] }])).toEqual([b]);
    expect(await ids([{ Name: "tag-value", Values: ["prod"] }])).toEqual([a]);
  });

  it("DescribeHosts: Offset/Limit page the newest first; TotalCount counts every match", async () => {
    const ids = (await allocate({ HostCount: 5 })).HostIdSet!;
    const page = await client.DescribeHosts({ Offset: 1, Limit: 2 });
    expect(page.TotalCount).toBe(5);
    expect(page.HostSet).toHaveLength(2);
    expect(ids).toEqual(expect.arrayContaining(page.HostSet!.map((x) => x.HostId)));
    expect(await errorCodeOf(client.DescribeHosts({ Limit: 101 }))).toBe("InvalidParameterValue");
    expect(await errorCodeOf(client.DescribeHosts({ Offset: -1 }))).toBe("InvalidParameterValue");
  });

  it("DescribeHosts: documented refusals (InvalidFilter, InvalidFilterValue.LimitExceeded, InvalidHostId.Malformed, InvalidZone.MismatchRegion, InvalidParameterValue)", async () => {
    const fails = (Name: string, Values: string[]) => errorCodeOf(client.DescribeHosts({ Filters: [{ Name, Values }] }));
    expect(await fails("instance-id", ["ins-12345678"])).toBe("InvalidFilter");
    expect(await fails("zone", ["a", "b", "c", "d", "e", "f"])).toBe("InvalidFilterValue.LimitExceeded");
    expect(await fails("host-id", ["host-1122"])).toBe("InvalidHostId.Malformed");
    expect(await fails("zone", ["xx-nowhere-1"])).toBe("InvalidZone.MismatchRegion");
    expect(await fails("host-state", ["SLEEPING"])).toBe("InvalidParameterValue");
    const eleven = Array.from({ length: 11 }, () => ({ Name: "host-type", Values: ["HS1"] }));
    expect(await errorCodeOf(client.DescribeHosts({ Filters: eleven }))).toBe("InvalidFilterValue.LimitExceeded");
  });
});

describe("instances on a host (CDHPAID)", () => {
  it("RunInstances CDHPAID: the instances are listed on the host and take its CPU and memory; released instances give them back", async () => {
    const hostId = await runningHost();
    const res = await client.RunInstances({
      InstanceChargeType: "CDHPAID",
      Placement: { Zone: zone(), HostIds: [hostId] },
      InstanceType: "CDH_4C8G",
      ImageId: "img-pmqg1cw7",
      InstanceCount: 2,
    });
    const host = await describeHost(hostId);
    expect([...host.InstanceIds!].sort()).toEqual([...res.InstanceIdSet!].sort());
    expect(host.HostResource).toMatchObject({ CpuTotal: 56, CpuAvailable: 48, MemTotal: 224, MemAvailable: 208 });
    const inst = await client.DescribeInstances({ InstanceIds: res.InstanceIdSet });
    expect(inst.InstanceSet!.every((i) => i.Placement!.HostId === hostId)).toBe(true);

    h.elapse(SETTLE_MS);
    await client.TerminateInstances({ InstanceIds: [res.InstanceIdSet![0]] });
    h.elapse(SETTLE_MS);
    await client.DescribeInstances({});
    const after = await describeHost(hostId);
    expect(after.InstanceIds).toEqual([res.InstanceIdSet![1]]);
    expect(after.HostResource).toMatchObject({ CpuAvailable: 52, MemAvailable: 216 });
  });
});

describe("RunInstances CDHPAID against host capacity", () => {
  const launch = (HostIds: string[], InstanceType: string, InstanceCount = 1, DryRun = false) =>
    client.RunInstances({ InstanceChargeType: "CDHPAID", Placement: { Zone: zone(), HostIds }, InstanceType, ImageId: "img-pmqg1cw7", InstanceCount, DryRun });

  it("RunInstances CDHPAID: instances spill over to the next host of HostIds when the first is full", async () => {
    const [a, b] = (await allocate({ HostCount: 2 })).HostIdSet!;
    h.elapse(ALLOCATE_HOST_MS);
    const ids = (await launch([a, b], "CDH_16C32G", 4)).InstanceIdSet!;
    const hosts = (await client.DescribeInstances({ InstanceIds: ids })).InstanceSet!.map((i) => i.Placement!.HostId);
    expect(hosts.filter((x) => x === a)).toHaveLength(3);
    expect(hosts.filter((x) => x === b)).toHaveLength(1);
    expect((await describeHost(a)).HostResource!.CpuAvailable).toBe(8);
  });

  it("RunInstances CDHPAID: more than the hosts hold → InvalidParameter.InstanceTypeSupportedHostNotFound, DryRun included; nothing is created", async () => {
    const id = await runningHost();
    expect(await errorCodeOf(launch([id], "CDH_32C64G", 2))).toBe("InvalidParameter.InstanceTypeSupportedHostNotFound");
    expect(await errorCodeOf(launch([id], "CDH_32C64G", 2, true))).toBe("InvalidParameter.InstanceTypeSupportedHostNotFound");
    expect(await errorCodeOf(launch([id], "CDH_2C300G"))).toBe("InvalidParameter.InstanceTypeSupportedHostNotFound");
    expect((await describeHost(id)).InstanceIds).toEqual([]);
    expect(await errorCodeOf(launch([id], "CDH_32C64G", 1, true))).toBe("DryRunOperation");
  });

  it("RunInstances CDHPAID: a host still PENDING or EXPIRED → InvalidParameter.HostIdStatusNotSupport", async () => {
    const [pending] = (await allocate()).HostIdSet!;
    expect(await errorCodeOf(launch([pending], "CDH_1C1G"))).toBe("InvalidParameter.HostIdStatusNotSupport");
    const expiring = await runningHost({ HostChargePrepaid: { Period: 1, RenewFlag: "NOTIFY_AND_MANUAL_RENEW" } });
    h.elapse(32 * 86_400_000);
    expect(await errorCodeOf(launch([expiring], "CDH_1C1G"))).toBe("InvalidParameter.HostIdStatusNotSupport");
  });
});

describe("reserveHostCapacity (the RunInstances CDHPAID hook)", () => {
  const ctx = () => ({ store: h.emu.runtime.store, clock: h.emu.runtime.clock, scope: { account: DEMO_ACCOUNT.ownerUin, region: regionName } });
  const failure = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return (error as { code?: string }).code;
    }
    return "no error";
  };

  it("reserveHostCapacity: fills the hosts in the order given, counting the instances already on them", async () => {
    const [a, b] = (await allocate({ HostCount: 2 })).HostIdSet!;
    h.elapse(ALLOCATE_HOST_MS);
    await client.RunInstances({ InstanceChargeType: "CDHPAID", Placement: { Zone: zone(), HostIds: [a] }, InstanceType: "CDH_32C64G", ImageId: "img-pmqg1cw7" });
    // HS1: 56 vCPUs, 224 GiB. a has 24 vCPUs left: one 16-vCPU instance fits there, the next two go to b.
    expect(reserveHostCapacity(ctx(), [a, b], { cpu: 16, memory: 32, count: 3 })).toEqual([a, b, b]);
    expect(failure(() => reserveHostCapacity(ctx(), [a, b], { cpu: 16, memory: 32, count: 6 }))).toBe("InvalidParameter.InstanceTypeSupportedHostNotFound");
    expect(failure(() => reserveHostCapacity(ctx(), [a], { cpu: 2, memory: 4, localDiskGb: 3001, count: 1 }))).toBe("InvalidParameter.InstanceTypeSupportedHostNotFound");
  });

  it("reserveHostCapacity: a host that is not RUNNING → InvalidParameter.HostIdStatusNotSupport; unknown → InvalidHostId.NotFound", async () => {
    const [pending] = (await allocate()).HostIdSet!;
    expect(failure(() => reserveHostCapacity(ctx(), [pending], { cpu: 1, memory: 1, count: 1 }))).toBe("InvalidParameter.HostIdStatusNotSupport");
    expect(failure(() => reserveHostCapacity(ctx(), ["host-zzzz9999"], { cpu: 1, memory: 1, count: 1 }))).toBe("InvalidHostId.NotFound");
  });
});

describe("ModifyHostsAttribute", () => {
  it("ModifyHostsAttribute: the seed's example (GET, HostIds.0 and HostName=webserver) renames the host", async () => {
    const id = await runningHost();
    const get = sdkClient(h.emu.url, { region: regionName, reqMethod: "GET" });
    await get.ModifyHostsAttribute({ HostIds: [id], HostName: "webserver" });
    expect((await describeHost(id)).HostName).toBe("webserver");
  });

  it("ModifyHostsAttribute: RenewFlag and ProjectId change; both HostName and RenewFlag → InvalidParameter; neither → MissingParameter", async () => {
    const id = await runningHost();
    await client.ModifyHostsAttribute({ HostIds: [id], RenewFlag: "DISABLE_NOTIFY_AND_MANUAL_RENEW", ProjectId: 3 });
    expect(await describeHost(id)).toMatchObject({ RenewFlag: "DISABLE_NOTIFY_AND_MANUAL_RENEW", Placement: { ProjectId: 3 } });
    expect(await errorCodeOf(client.ModifyHostsAttribute({ HostIds: [id], HostName: "a", RenewFlag: "NOTIFY_AND_AUTO_RENEW" }))).toBe("InvalidParameter");
    expect(await errorCodeOf(client.ModifyHostsAttribute({ HostIds: [id], ProjectId: 1 }))).toBe("MissingParameter");
    expect(await errorCodeOf(client.ModifyHostsAttribute({ HostIds: [id], RenewFlag: "ALWAYS" }))).toBe("InvalidParameterValue");
    expect(await errorCodeOf(client.ModifyHostsAttribute({ HostIds: [id], HostName: "x".repeat(61) }))).toBe("InvalidParameterValue");
  });

  it("ModifyHostsAttribute: a malformed id → InvalidHostId.Malformed; an unknown or another account's host → InvalidHostId.NotFound", async () => {
    const id = await runningHost();
    expect(await errorCodeOf(client.ModifyHostsAttribute({ HostIds: ["host-1122"], HostName: "a" }))).toBe("InvalidHostId.Malformed");
    expect(await errorCodeOf(client.ModifyHostsAttribute({ HostIds: ["host-zzzz9999"], HostName: "a" }))).toBe("InvalidHostId.NotFound");
    const peer = sdkClient(h.emu.url, { region: regionName, account: DEMO_PEER_ACCOUNT });
    expect(await errorCodeOf(peer.ModifyHostsAttribute({ HostIds: [id], HostName: "a" }))).toBe("InvalidHostId.NotFound");
  });
});

describe("prepaid term: expiry and renewal", () => {
  it("a host with NOTIFY_AND_MANUAL_RENEW is EXPIRED past its ExpiredTime; NOTIFY_AND_AUTO_RENEW renews itself by the month", async () => {
    const manual = await runningHost({ HostChargePrepaid: { Period: 1, RenewFlag: "NOTIFY_AND_MANUAL_RENEW" } });
    const auto = await runningHost({ HostChargePrepaid: { Period: 1, RenewFlag: "NOTIFY_AND_AUTO_RENEW" } });
    const autoExpiry = Date.parse((await describeHost(auto)).ExpiredTime!);
    h.elapse(32 * 86_400_000);
    expect((await describeHost(manual)).HostState).toBe("EXPIRED");
    const renewed = await describeHost(auto);
    expect(renewed.HostState).toBe("RUNNING");
    expect(Date.parse(renewed.ExpiredTime!)).toBeGreaterThan(autoExpiry);
    expect(Date.parse(renewed.ExpiredTime!)).toBeGreaterThan(Date.now());
  });

  it("RenewHosts: the seed's example (GET, Period 1, NOTIFY_AND_AUTO_RENEW) extends a RUNNING host by a month from its ExpiredTime", async () => {
    const id = await runningHost({ HostChargePrepaid: { Period: 1, RenewFlag: "NOTIFY_AND_MANUAL_RENEW" } });
    const before = Date.parse((await describeHost(id)).ExpiredTime!);
    const get = sdkClient(h.emu.url, { region: regionName, reqMethod: "GET" });
    await get.RenewHosts({ HostIds: [id], HostChargePrepaid: { Period: 1, RenewFlag: "NOTIFY_AND_AUTO_RENEW" } });
    const after = await describeHost(id);
    const days = (Date.parse(after.ExpiredTime!) - before) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(28);
    expect(days).toBeLessThanOrEqual(31);
    expect(after.RenewFlag).toBe("NOTIFY_AND_AUTO_RENEW");
  });

  it("RenewHosts: an EXPIRED host runs again, renewed from now", async () => {
    const id = await runningHost({ HostChargePrepaid: { Period: 1, RenewFlag: "NOTIFY_AND_MANUAL_RENEW" } });
    h.elapse(40 * 86_400_000);
    expect((await describeHost(id)).HostState).toBe("EXPIRED");
    await client.RenewHosts({ HostIds: [id], HostChargePrepaid: { Period: 2 } });
    const host = await describeHost(id);
    expect(host.HostState).toBe("RUNNING");
    expect(host.RenewFlag).toBe("NOTIFY_AND_MANUAL_RENEW");
    expect(Date.parse(host.ExpiredTime!) - Date.now()).toBeGreaterThan(58 * 86_400_000);
  });

  it("RenewHosts: PENDING → InvalidHost.NotSupported; bad Period → InvalidPeriod; over 100 ids → InvalidParameterValue.LimitExceeded; unknown → InvalidHostId.NotFound", async () => {
    const [pending] = (await allocate()).HostIdSet!;
    expect(await errorCodeOf(client.RenewHosts({ HostIds: [pending], HostChargePrepaid: { Period: 1 } }))).toBe("InvalidHost.NotSupported");
    expect(await errorCodeOf(client.RenewHosts({ HostIds: [pending], HostChargePrepaid: { Period: 13 } }))).toBe("InvalidPeriod");
    const many = Array.from({ length: 101 }, (_, i) => `host-${String(i).padStart(8, "0")}`);
    expect(await errorCodeOf(client.RenewHosts({ HostIds: many, HostChargePrepaid: { Period: 1 } }))).toBe("InvalidParameterValue.LimitExceeded");
    expect(await errorCodeOf(client.RenewHosts({ HostIds: ["host-zzzz9999"], HostChargePrepaid: { Period: 1 } }))).toBe("InvalidHostId.NotFound");
    expect(await errorCodeOf(client.RenewHosts({ HostIds: ["host-1122"], HostChargePrepaid: { Period: 1 } }))).toBe("InvalidHostId.Malformed");
  });
});

describe("InquiryPriceRenewHosts", () => {
  it("InquiryPriceRenewHosts: the seed's example (GET, Period 1) → HostPrice from the price model, every ItemPrice member", async () => {
    const id = await runningHost({ HostType: "HS1" });
    const get = sdkClient(h.emu.url, { region: regionName, reqMethod: "GET" });
    const res = await get.InquiryPriceRenewHosts({ HostIds: [id], HostChargePrepaid: { Period: 1, RenewFlag: "NOTIFY_AND_AUTO_RENEW" } });
    const expected = priceHostRenew({ zone: zone(), hostType: "HS1", period: 1 }).HostPrice;
    expect(res.Price!.HostPrice).toEqual(expected);
    expect(Object.keys(res.Price!.HostPrice!)).toHaveLength(19);
    expect(res.Price!.HostPrice!.OriginalPrice).toBeGreaterThan(0);
  });

  it("InquiryPriceRenewHosts: several hosts add up; a year costs less per month than one month", async () => {
    const [a, b] = (await allocate({ HostCount: 2, HostType: HOST_TYPES[1].hostType })).HostIdSet!;
    h.elapse(ALLOCATE_HOST_MS);
    const one = (await client.InquiryPriceRenewHosts({ HostIds: [a], HostChargePrepaid: { Period: 1 } })).Price!.HostPrice!;
    const two = (await client.InquiryPriceRenewHosts({ HostIds: [a, b], HostChargePrepaid: { Period: 1 } })).Price!.HostPrice!;
    expect(two.OriginalPrice).toBeCloseTo(2 * one.OriginalPrice!, 2);
    const year = (await client.InquiryPriceRenewHosts({ HostIds: [a], HostChargePrepaid: { Period: 12 } })).Price!.HostPrice!;
    expect(year.DiscountPrice!).toBeLessThan(12 * one.DiscountPrice!);
  });

  it("InquiryPriceRenewHosts: DryRun → DryRunOperation; PENDING → InvalidHost.NotSupported; bad Period → InvalidPeriod; bad ids → InvalidHostId.*", async () => {
    const id = await runningHost();
    expect(await errorCodeOf(client.InquiryPriceRenewHosts({ HostIds: [id], HostChargePrepaid: { Period: 1 }, DryRun: true }))).toBe("DryRunOperation");
    expect(await errorCodeOf(client.InquiryPriceRenewHosts({ HostIds: [id], HostChargePrepaid: { Period: 60 } }))).toBe("InvalidPeriod");
    const [pending] = (await allocate()).HostIdSet!;
    expect(await errorCodeOf(client.InquiryPriceRenewHosts({ HostIds: [pending], HostChargePrepaid: { Period: 1 } }))).toBe("InvalidHost.NotSupported");
    expect(await errorCodeOf(client.InquiryPriceRenewHosts({ HostIds: ["host-1122"], HostChargePrepaid: { Period: 1 } }))).toBe("InvalidHostId.Malformed");
    expect(await errorCodeOf(client.InquiryPriceRenewHosts({ HostIds: ["host-zzzz9999"], HostChargePrepaid: { Period: 1 } }))).toBe("InvalidHostId.NotFound");
  });
});
