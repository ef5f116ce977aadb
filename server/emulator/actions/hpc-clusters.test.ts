// HPC clusters through the official SDK (seed 34906–35745): create, describe, modify, delete, and membership, which
// is the HpcClusterId of the instances.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { HPC_CLUSTER_QUOTA } from "../state/hpc/clusters";
import { checkHpcPlacement, type HpcPlacement } from "../state/hpc/launch";
import { launchOne, startHarness, type LifecycleHarness } from "../state/instances/lifecycle.testing";
import { errorCodeOf, sdkClient, type CvmClient } from "../testing";

let h: LifecycleHarness;
let client: CvmClient;

beforeAll(async () => {
  h = await startHarness({ mode: "realistic" });
  client = h.client;
});
afterAll(() => h.close());
beforeEach(() => {
  h.emu.runtime.store.reset();
  h.elapse(1_000);
});

const create = async (Name = "cluster", Zone = "ap-guangzhou-3", extra: object = {}) =>
  (await client.CreateHpcCluster({ Name, Zone, ...extra })).HpcClusterSet![0].HpcClusterId!;

/** A high-performance computing type the catalogue sells in ap-guangzhou-3 (96 vCPU, 384 GiB). */
const HCC_TYPE = "HCCIC5.24XLARGE384";

/** Launches an HPC instance into a cluster of ap-guangzhou-3 through RunInstances. */
async function member(clusterId: string): Promise<string> {
  return launchOne(h, { Placement: { Zone: "ap-guangzhou-3" }, InstanceType: HCC_TYPE, HpcClusterId: clusterId });
}

describe("CreateHpcCluster", () => {
  it("CreateHpcCluster: the seed's example (GET: test_cluster, my cluster, ap-guangzhou-3) → an empty STANDARD cluster of 50", async () => {
    const get = sdkClient(h.emu.url, { reqMethod: "GET" });
    const res = await get.CreateHpcCluster({ Name: "test_cluster", Remark: "my cluster", Zone: "ap-guangzhou-3" });
    expect(res.HpcClusterSet).toEqual([
      {
        HpcClusterId: expect.stringMatching(/^hpc-[a-z0-9]{8}$/),
        Name: "test_cluster",
        Remark: "my cluster",
        Zone: "ap-guangzhou-3",
        InstanceIds: [],
        CvmQuotaTotal: 50,
        CurrentNum: 0,
        CreateTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
        HpcClusterType: "STANDARD",
        HpcClusterBusinessId: "",
        HpcClusterNetMode: 30,
        Tags: [],
      },
    ]);
  });

  it("CreateHpcCluster: a CDC cluster takes its business id; tags of ResourceType hpc are bound", async () => {
    const id = await create("cdc", "ap-guangzhou-3", {
      HpcClusterType: "CDC",
      HpcClusterBusinessId: "cluster-iu5gustw",
      TagSpecification: [{ ResourceType: "hpc", Tags: [{ Key: "tag-key", Value: "tag-value" }] }],
    });
    const [c] = (await client.DescribeHpcClusters({ HpcClusterIds: [id] })).HpcClusterSet!;
    expect(c).toMatchObject({ HpcClusterType: "CDC", HpcClusterBusinessId: "cluster-iu5gustw", Tags: [{ Key: "tag-key", Value: "tag-value" }] });
  });

  it("CreateHpcCluster: zone outside the region → InvalidZone.MismatchRegion; a sold-out zone → UnsupportedOperation.InvalidZone", async () => {
    expect(await errorCodeOf(client.CreateHpcCluster({ Name: "x", Zone: "ap-shanghai-2" }))).toBe("InvalidZone.MismatchRegion");
    expect(await errorCodeOf(client.CreateHpcCluster({ Name: "x", Zone: "ap-guangzhou-1" }))).toBe("UnsupportedOperation.InvalidZone");
  });

  it("CreateHpcCluster: Name 1–60, Remark 1–256, a known HpcClusterType, a business id only for CDC, valid tags → else InvalidParameterValue", async () => {
    const fails = (extra: object) => errorCodeOf(client.CreateHpcCluster({ Name: "ok", Zone: "ap-guangzhou-3", ...extra }));
    expect(await fails({ Name: "" })).toBe("InvalidParameterValue");
    expect(await fails({ Name: "n".repeat(61) })).toBe("InvalidParameterValue");
    expect(await fails({ Remark: "r".repeat(257) })).toBe("InvalidParameterValue");
    expect(await fails({ HpcClusterType: "GPU" })).toBe("InvalidParameterValue");
    expect(await fails({ HpcClusterBusinessId: "cluster-iu5gustw" })).toBe("InvalidParameterValue");
    expect(await fails({ HpcClusterType: "CDC", HpcClusterBusinessId: "cdc-1" })).toBe("InvalidParameterValue");
    expect(await fails({ TagSpecification: [{ ResourceType: "hpc", Tags: [{ Key: "qcloud:x", Value: "v" }] }] })).toBe("InvalidParameterValue");
    expect((await client.DescribeHpcClusters({})).TotalCount).toBe(0);
  });

  it("CreateHpcCluster: past the region's quota → LimitExceeded.HpcClusterQuota", async () => {
    for (let i = 0; i < HPC_CLUSTER_QUOTA; i++) await create(`c${i}`);
    expect(await errorCodeOf(client.CreateHpcCluster({ Name: "one-too-many", Zone: "ap-guangzhou-3" }))).toBe("LimitExceeded.HpcClusterQuota");
    // Another region has its own quota.
    expect((await sdkClient(h.emu.url, { region: "ap-shanghai" }).CreateHpcCluster({ Name: "sh", Zone: "ap-shanghai-2" })).HpcClusterSet).toHaveLength(1);
  });
});

describe("DescribeHpcClusters", () => {
  it("DescribeHpcClusters: the seed's example (GET: Zone ap-guangzhou-3, Offset 0, Limit 20) lists that zone's clusters, newest first", async () => {
    const a = await create("test_33311", "ap-guangzhou-3");
    h.elapse(1_000);
    const b = await create("test_333333", "ap-guangzhou-3");
    await create("elsewhere", "ap-guangzhou-4");
    const get = sdkClient(h.emu.url, { reqMethod: "GET" });
    const res = await get.DescribeHpcClusters({ Zone: "ap-guangzhou-3", Offset: 0, Limit: 20 });
    expect(res.TotalCount).toBe(2);
    expect(res.HpcClusterSet!.map((c) => c.HpcClusterId)).toEqual([b, a]);
  });

  it("DescribeHpcClusters: by ids, Name, HpcClusterType, HpcClusterBusinessId, tag filters and member InstanceType", async () => {
    const plain = await create("plain");
    const cdc = await create("cdc", "ap-guangzhou-3", { HpcClusterType: "CDC", HpcClusterBusinessId: "cluster-ax457mhr", TagSpecification: [{ ResourceType: "hpc", Tags: [{ Key: "tag_key", Value: "tag_value" }] }] });
    const ins = await member(plain);
    const type = (await client.DescribeInstances({ InstanceIds: [ins] })).InstanceSet![0].InstanceType!;
    const ids = async (req: object) => (await client.DescribeHpcClusters(req)).HpcClusterSet!.map((c) => c.HpcClusterId).sort();
    expect(await ids({ HpcClusterIds: [cdc, "hpc-zzzz9999"] })).toEqual([cdc]);
    expect(await ids({ Name: "plain" })).toEqual([plain]);
    expect(await ids({ HpcClusterType: "CDC" })).toEqual([cdc]);
    expect(await ids({ HpcClusterBusinessId: "cluster-ax457mhr" })).toEqual([cdc]);
    expect(await ids({ Filters: [{ Name: "tag-key", Values: ["tag_key"] }] })).toEqual([cdc]);
    expect(await ids({ Filters: [{ Name: "tag:tag_key", Values: ["other"] }] })).toEqual([]);
    expect(await ids({ Filters: [{ Name: "tag-value", Values: ["tag_value"] }] })).toEqual([cdc]);
    expect(await ids({ InstanceType: type })).toEqual([plain]);
    expect(await ids({ InstanceType: "HCCPNV4ane.58XLARGE1929" })).toEqual([]);
  });

  it("DescribeHpcClusters: members are the instances that name the cluster (InstanceIds, CurrentNum), and leave with them", async () => {
    const id = await create();
    const ins = await member(id);
    const [c] = (await client.DescribeHpcClusters({ HpcClusterIds: [id] })).HpcClusterSet!;
    expect(c).toMatchObject({ InstanceIds: [ins], CurrentNum: 1, CvmQuotaTotal: 50 });
    h.elapse(60_000);
    await client.TerminateInstances({ InstanceIds: [ins] });
    h.elapse(60_000);
    const [after] = (await client.DescribeHpcClusters({ HpcClusterIds: [id] })).HpcClusterSet!;
    expect(after).toMatchObject({ InstanceIds: [], CurrentNum: 0 });
  });

  it("DescribeHpcClusters: Limit 1–100, no more ids than Limit, a known zone, tag filters only → else the documented refusal", async () => {
    expect(await errorCodeOf(client.DescribeHpcClusters({ Limit: 0 }))).toBe("InvalidParameterValue");
    expect(await errorCodeOf(client.DescribeHpcClusters({ Limit: 101 }))).toBe("InvalidParameterValue");
    expect(await errorCodeOf(client.DescribeHpcClusters({ Limit: 1, HpcClusterIds: ["hpc-p64fdfa9", "hpc-dc4gcarp"] }))).toBe("InvalidParameterValue");
    expect(await errorCodeOf(client.DescribeHpcClusters({ Zone: "ap-beijing-3" }))).toBe("InvalidZone.MismatchRegion");
    expect(await errorCodeOf(client.DescribeHpcClusters({ Filters: [{ Name: "zone", Values: ["ap-guangzhou-3"] }] }))).toBe("InvalidParameterValue");
    const page = await client.DescribeHpcClusters({ Offset: 5, Limit: 5 });
    expect(page).toMatchObject({ TotalCount: 0, HpcClusterSet: [] });
  });
});

describe("ModifyHpcClusterAttribute", () => {
  it("ModifyHpcClusterAttribute: the seed's example (GET: HpcClusterId, Name=MyHpcCluster) renames; Remark changes too", async () => {
    const id = await create("old", "ap-guangzhou-3", { Remark: "before" });
    const get = sdkClient(h.emu.url, { reqMethod: "GET" });
    await get.ModifyHpcClusterAttribute({ HpcClusterId: id, Name: "MyHpcCluster" });
    await client.ModifyHpcClusterAttribute({ HpcClusterId: id, Remark: "myRemark" });
    const [c] = (await client.DescribeHpcClusters({ HpcClusterIds: [id] })).HpcClusterSet!;
    expect(c).toMatchObject({ Name: "MyHpcCluster", Remark: "myRemark" });
  });

  it("ModifyHpcClusterAttribute: unknown or malformed → ResourceNotFound.HpcCluster; Name over 60 or empty Remark → InvalidParameterValue", async () => {
    const id = await create();
    expect(await errorCodeOf(client.ModifyHpcClusterAttribute({ HpcClusterId: "hpc-gzahhoy5", Name: "x" }))).toBe("ResourceNotFound.HpcCluster");
    expect(await errorCodeOf(client.ModifyHpcClusterAttribute({ HpcClusterId: "hpc-1", Name: "x" }))).toBe("ResourceNotFound.HpcCluster");
    expect(await errorCodeOf(client.ModifyHpcClusterAttribute({ HpcClusterId: id, Name: "x".repeat(61) }))).toBe("InvalidParameterValue");
    expect(await errorCodeOf(client.ModifyHpcClusterAttribute({ HpcClusterId: id, Remark: "" }))).toBe("InvalidParameterValue");
  });
});

describe("DeleteHpcClusters", () => {
  it("DeleteHpcClusters: the seed's example (POST HpcClusterIds) deletes an empty cluster", async () => {
    const id = await create();
    await client.DeleteHpcClusters({ HpcClusterIds: [id] });
    expect((await client.DescribeHpcClusters({})).TotalCount).toBe(0);
  });

  it("DeleteHpcClusters: a cluster with instances → ResourceInUse.HpcCluster and nothing is deleted; unknown → ResourceNotFound.HpcCluster", async () => {
    const empty = await create("empty");
    const busy = await create("busy");
    await member(busy);
    expect(await errorCodeOf(client.DeleteHpcClusters({ HpcClusterIds: [empty, busy] }))).toBe("ResourceInUse.HpcCluster");
    expect((await client.DescribeHpcClusters({})).TotalCount).toBe(2);
    expect(await errorCodeOf(client.DeleteHpcClusters({ HpcClusterIds: [empty, "hpc-p64fdfa9"] }))).toBe("ResourceNotFound.HpcCluster");
    expect((await client.DescribeHpcClusters({})).TotalCount).toBe(2);
  });
});

describe("RunInstances with HpcClusterId", () => {
  it("RunInstances: an unknown cluster → ResourceNotFound.HpcCluster; a standard type in an existing one → InvalidParameterValue.InstanceTypeNotSupportHpcCluster", async () => {
    const id = await create();
    const run = (HpcClusterId: string) => errorCodeOf(client.RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", HpcClusterId }));
    expect(await run("hpc-a5n666lo")).toBe("ResourceNotFound.HpcCluster");
    expect(await run(id)).toBe("InvalidParameterValue.InstanceTypeNotSupportHpcCluster");
  });

  it("RunInstances: an HCC type joins its cluster (HpcClusterId, InstanceIds, CurrentNum); without a cluster → InstanceTypeRequiredHpcCluster; a cluster of another zone → HpcClusterIdZoneIdNotMatch", async () => {
    const id = await create("hcc", "ap-guangzhou-3");
    const elsewhere = await create("other-zone", "ap-guangzhou-4");
    const run = (extra: object) => client.RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", InstanceType: HCC_TYPE, ...extra });
    expect(await errorCodeOf(run({}))).toBe("InvalidParameterValue.InstanceTypeRequiredHpcCluster");
    expect(await errorCodeOf(run({ HpcClusterId: elsewhere }))).toBe("InvalidParameterValue.HpcClusterIdZoneIdNotMatch");
    const { InstanceIdSet } = await run({ HpcClusterId: id, InstanceCount: 2 });
    const described = (await client.DescribeInstances({ InstanceIds: InstanceIdSet! })).InstanceSet!;
    for (const i of described) expect(i).toMatchObject({ InstanceType: HCC_TYPE, CPU: 96, Memory: 384, HpcClusterId: id });
    const [c] = (await client.DescribeHpcClusters({ HpcClusterIds: [id] })).HpcClusterSet!;
    expect(c).toMatchObject({ CurrentNum: 2, InstanceIds: InstanceIdSet });
    expect((await client.DescribeHpcClusters({ InstanceType: HCC_TYPE })).HpcClusterSet!.map((x) => x.HpcClusterId)).toEqual([id]);
    // A cluster with members cannot be deleted (ResourceInUse.HpcCluster, seed 35250).
    expect(await errorCodeOf(client.DeleteHpcClusters({ HpcClusterIds: [id] }))).toBe("ResourceInUse.HpcCluster");
  });

  it("InquiryPriceRunInstances: an HCC type is quoted only with a cluster of its zone (InstanceTypeRequiredHpcCluster / ResourceNotFound.HpcCluster)", async () => {
    const id = await create("quote", "ap-guangzhou-3");
    const quote = (extra: object) => client.InquiryPriceRunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", InstanceType: HCC_TYPE, ...extra });
    expect(await errorCodeOf(quote({}))).toBe("InvalidParameterValue.InstanceTypeRequiredHpcCluster");
    expect(await errorCodeOf(quote({ HpcClusterId: "hpc-a5n666lo" }))).toBe("ResourceNotFound.HpcCluster");
    expect((await quote({ HpcClusterId: id })).Price!.InstancePrice!.UnitPrice).toBeGreaterThan(0);
    expect(await errorCodeOf(client.InquiryPriceRunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", HpcClusterId: id }))).toBe(
      "InvalidParameterValue.InstanceTypeNotSupportHpcCluster",
    );
  });
});

describe("checkHpcPlacement (the RunInstances HpcClusterId hook)", () => {
  const check = (p: Partial<HpcPlacement>) => {
    try {
      return checkHpcPlacement(h.ctx, { hpcClusterId: undefined, zone: "ap-guangzhou-3", instanceType: "S5.MEDIUM4", count: 1, ...p });
    } catch (error) {
      return (error as { code: string }).code;
    }
  };

  it("checkHpcPlacement: HPC types need a cluster of their zone with room; other types may not name one", async () => {
    const id = await create();
    expect(check({})).toBe("");
    expect(check({ instanceType: "HCCPNV4ane.58XLARGE1929" })).toBe("InvalidParameterValue.InstanceTypeRequiredHpcCluster");
    expect(check({ instanceType: "HCCPNV4ane.58XLARGE1929", hpcClusterId: id })).toBe(id);
    expect(check({ hpcClusterId: id })).toBe("InvalidParameterValue.InstanceTypeNotSupportHpcCluster");
    expect(check({ instanceType: "HCCPNV4ane.58XLARGE1929", hpcClusterId: "hpc-a5n666lo" })).toBe("ResourceNotFound.HpcCluster");
    expect(check({ instanceType: "HCCPNV4ane.58XLARGE1929", hpcClusterId: id, zone: "ap-guangzhou-4" })).toBe("InvalidParameterValue.HpcClusterIdZoneIdNotMatch");
    expect(check({ instanceType: "HCCPNV4ane.58XLARGE1929", hpcClusterId: id, count: 51 })).toBe("LimitExceeded");
  });
});
