// DescribeInstances / DescribeInstancesStatus through the official SDK: every documented filter (seed 9890–10104),
// the limits, paging and order, and a 10,000-instance fleet.
import type { Instance } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHarness, minimalLaunch, describeOne, type LifecycleHarness } from "../state/instances/lifecycle.testing";
import { loadInstances } from "../state/instances/repo";
import { isoSeconds } from "../state/instances/time";
import { securityGroupsOf } from "../state/security-groups/catalog";
import { errorCodeOf } from "../testing";

let h: LifecycleHarness;
let a: Instance, b: Instance, c: Instance;
/** A demo security group of the account in ap-guangzhou (web-open-22-80-443), bound to web-prod-02 only. */
const webGroup = () => securityGroupsOf(h.ctx.scope)[1].SecurityGroupId;
const tags = (pairs: Record<string, string>) => [{ ResourceType: "instance", Tags: Object.entries(pairs).map(([Key, Value]) => ({ Key, Value })) }];

beforeAll(async () => {
  h = await startHarness({ mode: "instant" });
  const launch = async (extra: Parameters<typeof minimalLaunch>[0]) => (await describeOne(h, (await h.client.RunInstances(minimalLaunch(extra))).InstanceIdSet![0]))!;
  a = await launch({
    InstanceName: "web-prod-01",
    TagSpecification: tags({ env: "prod", team: "web" }),
    InternetAccessible: { InternetMaxBandwidthOut: 5 },
    VirtualPrivateCloud: { VpcId: "DEFAULT", SubnetId: "DEFAULT", Ipv6AddressCount: 1 } as never,
  });
  h.elapse(1_000);
  b = await launch({
    Placement: { Zone: "ap-guangzhou-4", ProjectId: 1174660 },
    InstanceName: "web-prod-02",
    TagSpecification: tags({ env: "prod" }),
    InstanceChargeType: "PREPAID",
    InstanceChargePrepaid: { Period: 1 },
    SecurityGroupIds: [webGroup()],
  });
  h.elapse(1_000);
  c = await launch({
    Placement: { Zone: "ap-guangzhou-4" },
    InstanceName: "db-staging-01",
    TagSpecification: tags({ env: "staging", app: "db" }),
    InstanceChargeType: "SPOTPAID",
    InstanceType: "S5.MEDIUM4",
    VirtualPrivateCloud: { VpcId: "vpc-aaaaaaaa", SubnetId: "subnet-bbbbbbbb" },
  });
  await h.client.StopInstances({ InstanceIds: [c.InstanceId!] });
});
afterAll(() => h.close());
beforeEach(() => h.elapse(100));

const names = async (Filters: { Name: string; Values: string[] }[]) =>
  (await h.client.DescribeInstances({ Filters })).InstanceSet!.map((i) => i.InstanceName).sort();
const code = (Filters: { Name: string; Values: string[] }[]) => errorCodeOf(h.client.DescribeInstances({ Filters }));
/** Beijing time, the form the seed's example uses ("2023-06-01 00:00:00"). */
const beijing = (ms: number) => isoSeconds(ms + 8 * 3_600_000).replace("T", " ").replace("Z", "");

describe("filters (seed 9890–10104): each documented name, and its refusal", () => {
  const rows: [string, () => string[], string[], string?, string?][] = [
    ["zone", () => ["ap-guangzhou-4"], ["db-staging-01", "web-prod-02"], "ap-shanghai-2", "InvalidZone.MismatchRegion"],
    ["project-id", () => ["1174660"], ["web-prod-02"], "abc", "InvalidParameterValue"],
    ["host-id", () => ["host-abcdefgh"], [], "host-1", "InvalidHostId.Malformed"],
    ["dedicated-cluster-id", () => ["cluster-gbo27yc4"], []],
    ["vpc-id", () => ["vpc-aaaaaaaa"], ["db-staging-01"], "vpc-1", "InvalidParameterValue.VpcIdMalformed"],
    ["subnet-id", () => ["subnet-bbbbbbbb"], ["db-staging-01"], "subnet-1", "InvalidParameterValue.SubnetIdMalformed"],
    ["instance-id", () => [a.InstanceId!], ["web-prod-01"], "ins-1122", "InvalidInstanceId.Malformed"],
    ["uuid", () => [a.Uuid!], ["web-prod-01"], "not-a-uuid", "InvalidParameterValue.UuidMalformed"],
    ["security-group-id", () => [webGroup()], ["web-prod-02"], "sg-ide32", "InvalidSgId.Malformed"],
    ["instance-name", () => ["web"], ["web-prod-01", "web-prod-02"], " ", "InvalidParameterValue.InvalidVagueName"],
    ["instance-charge-type", () => ["PREPAID", "SPOTPAID"], ["db-staging-01", "web-prod-02"], "FREE", "InvalidParameterValue"],
    ["instance-state", () => ["STOPPED"], ["db-staging-01"], "ASLEEP", "InvalidParameterValue"],
    ["private-ip-address", () => [a.PrivateIpAddresses![0]], ["web-prod-01"], "10.0.0", "InvalidParameterValue.IPAddressMalformed"],
    ["public-ip-address", () => [a.PublicIpAddresses![0]], ["web-prod-01"], "1.2.3.999", "InvalidParameterValue.IPAddressMalformed"],
    ["ipv6-address", () => [a.IPv6Addresses![0]], ["web-prod-01"], "zz", "InvalidParameterValue.IPv6AddressMalformed"],
    ["tag-key", () => ["app"], ["db-staging-01"]],
    ["tag-value", () => ["prod"], ["web-prod-01", "web-prod-02"]],
    ["tag:env", () => ["staging", "prod"], ["db-staging-01", "web-prod-01", "web-prod-02"]],
    ["creation-start-time", () => [beijing(Date.parse(b.CreatedTime!))], ["db-staging-01", "web-prod-02"], "2023/06/01", "InvalidParameterValue.InvalidTimeFormat"],
    ["creation-end-time", () => [beijing(Date.parse(a.CreatedTime!))], ["web-prod-01"], "yesterday", "InvalidParameterValue.InvalidTimeFormat"],
  ];
  for (const [name, values, expected, bad, badCode] of rows) {
    it(`DescribeInstances: ${name} → ${expected.length ? expected.join(", ") : "none"}${bad ? `; "${bad}" → ${badCode}` : ""}`, async () => {
      expect(await names([{ Name: name, Values: values() }])).toEqual(expected);
      if (bad) expect(await code([{ Name: name, Values: [bad] }])).toBe(badCode);
    });
  }

  it("DescribeInstances: filters are ANDed, the values of one filter ORed (tag:env=prod AND zone=ap-guangzhou-4 → web-prod-02)", async () => {
    expect(await names([{ Name: "tag:env", Values: ["prod"] }, { Name: "zone", Values: ["ap-guangzhou-4"] }])).toEqual(["web-prod-02"]);
  });

  it("DescribeInstances: an unknown filter name → InvalidFilter", async () => {
    expect(await code([{ Name: "flavor", Values: ["x"] }])).toBe("InvalidFilter");
  });

  it("DescribeInstances: 11 Filters → InvalidParameterValue.LimitExceeded; 6 Values → InvalidFilterValue.LimitExceeded (seed 10104: 10 × 5)", async () => {
    const ten = Array.from({ length: 10 }, () => ({ Name: "tag-key", Values: ["env"] }));
    expect(await names(ten)).toHaveLength(3);
    expect(await code([...ten, { Name: "tag-key", Values: ["env"] }])).toBe("InvalidParameterValue.LimitExceeded");
    expect(await code([{ Name: "tag-value", Values: ["1", "2", "3", "4", "5", "6"] }])).toBe("InvalidFilterValue.LimitExceeded");
  });
});

describe("ids, paging and order", () => {
  it("DescribeInstances: InstanceIds and Filters together → InvalidParameter (seed 9882)", async () => {
    expect(await errorCodeOf(h.client.DescribeInstances({ InstanceIds: [a.InstanceId!], Filters: [{ Name: "zone", Values: ["ap-guangzhou-3"] }] }))).toBe("InvalidParameter");
  });

  it("DescribeInstances: 101 InstanceIds → InvalidParameterValue.LimitExceeded; a malformed one → InvalidInstanceId.Malformed; an unknown one is simply absent", async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `ins-${String(i).padStart(8, "0")}`);
    expect(await errorCodeOf(h.client.DescribeInstances({ InstanceIds: ids }))).toBe("InvalidParameterValue.LimitExceeded");
    expect(await errorCodeOf(h.client.DescribeInstances({ InstanceIds: ["ins-1122"] }))).toBe("InvalidInstanceId.Malformed");
    expect(await h.client.DescribeInstances({ InstanceIds: ["ins-00000000", a.InstanceId!] })).toMatchObject({ TotalCount: 1, InstanceSet: [{ InstanceId: a.InstanceId }] });
  });

  it("DescribeInstances: the seed's example 1 (zone ap-guangzhou-2/1, Limit 1) answers the shape with the zones' instances (none: they are sold out)", async () => {
    const res = await h.client.DescribeInstances({ Limit: 1, Filters: [{ Values: ["ap-guangzhou-2", "ap-guangzhou-1"], Name: "zone" }], Offset: 0 });
    expect(res).toMatchObject({ TotalCount: 0, InstanceSet: [] });
  });

  it("DescribeInstances: newest first; Limit defaults to 20, max 100 (101 → InvalidParameterValue); Offset pages; TotalCount counts all", async () => {
    const more = (await h.client.RunInstances(minimalLaunch({ InstanceCount: 22, InstanceName: "page-{R:1}" }))).InstanceIdSet!;
    expect(more).toHaveLength(22);
    const first = await h.client.DescribeInstances({});
    expect(first.TotalCount).toBe(25);
    expect(first.InstanceSet).toHaveLength(20);
    const rest = await h.client.DescribeInstances({ Offset: 20, Limit: 100 });
    expect(rest.InstanceSet).toHaveLength(5);
    expect(first.InstanceSet!.slice(0, 2).map((i) => i.InstanceName)).toEqual(["page-22", "page-21"]);
    expect(rest.InstanceSet!.slice(-3).map((i) => i.InstanceName)).toEqual(["db-staging-01", "web-prod-02", "web-prod-01"]);
    expect(await errorCodeOf(h.client.DescribeInstances({ Limit: 101 }))).toBe("InvalidParameterValue");
    expect(await errorCodeOf(h.client.DescribeInstances({ Offset: -1 }))).toBe("InvalidParameterValue");
  });

  it("DescribeInstancesStatus: the seed's example (two ids, Offset 0, Limit 2) → both states; unknown ids are absent; paging as DescribeInstances", async () => {
    const res = await h.client.DescribeInstancesStatus({ InstanceIds: [a.InstanceId!, c.InstanceId!], Offset: 0, Limit: 2 });
    expect(res.TotalCount).toBe(2);
    expect(res.InstanceStatusSet).toEqual([
      { InstanceId: c.InstanceId, InstanceState: "STOPPED" },
      { InstanceId: a.InstanceId, InstanceState: "RUNNING" },
    ]);
    expect((await h.client.DescribeInstancesStatus({ Limit: 1, Offset: 1 })).InstanceStatusSet).toHaveLength(1);
    expect(await errorCodeOf(h.client.DescribeInstancesStatus({ InstanceIds: ["bad"] }))).toBe("InvalidInstanceId.Malformed");
  });
});

describe("a 10,000-instance fleet", () => {
  it("POST /_emulator/seed {instances: 10000}: seeds in one go; a filtered DescribeInstances has the right TotalCount and stays fast", async () => {
    const big = await startHarness({ mode: "realistic" });
    try {
      const started = performance.now();
      const res = await fetch(`${big.emu.url}/_emulator/seed`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ instances: 10_000, region: "ap-guangzhou", seed: 3 }),
      });
      expect(await res.json()).toEqual({ ok: true, seeded: { instances: 10_000 } });
      expect(performance.now() - started).toBeLessThan(15_000);

      const all = loadInstances(big.ctx);
      expect(all).toHaveLength(10_000);
      const expected = all.filter((r) => r.Tags.some((t) => t.Key === "env" && t.Value === "prod") && r.Placement.Zone === "ap-guangzhou-4").length;
      expect(expected).toBeGreaterThan(100);
      const t0 = performance.now();
      const page = await big.client.DescribeInstances({ Filters: [{ Name: "tag:env", Values: ["prod"] }, { Name: "zone", Values: ["ap-guangzhou-4"] }], Limit: 100 });
      expect(page.TotalCount).toBe(expected);
      expect(page.InstanceSet).toHaveLength(100);
      expect(performance.now() - t0).toBeLessThan(1_000);
      expect((await big.client.DescribeInstances({ Limit: 1 })).TotalCount).toBe(10_000);
    } finally {
      await big.close();
    }
  });
});
