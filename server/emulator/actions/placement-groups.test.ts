import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_PEER_ACCOUNT } from "../accounts";
import { describe as describeInstance, launchRunning, SETTLE_MS } from "../state/changes/changes.testing";
import { startHarness, type LifecycleHarness } from "../state/instances/lifecycle.testing";
import { errorCodeOf, sdkClient } from "../testing";

let h: LifecycleHarness;
beforeAll(async () => {
  h = await startHarness({ mode: "realistic" });
});
afterAll(() => h.close());
beforeEach(() => {
  h.emu.runtime.store.reset();
  h.elapse(1_000); // a fresh rate-limit window (CreateDisasterRecoverGroup: 10 per second)
});

const create = (Name: string, Type = "HOST", extra: Record<string, unknown> = {}) => h.client.CreateDisasterRecoverGroup({ Name, Type, ...extra });
const groupOf = async (id: string) => (await h.client.DescribeDisasterRecoverGroups({ DisasterRecoverGroupIds: [id] })).DisasterRecoverGroupSet![0];

describe("CreateDisasterRecoverGroup", () => {
  it("CreateDisasterRecoverGroup: the seed's GET example (Name=物理机容灾组, Type=HOST) → an empty HOST group of 50", async () => {
    const res = await sdkClient(h.emu.url, { reqMethod: "GET" }).CreateDisasterRecoverGroup({ Name: "物理机容灾组", Type: "HOST" });
    expect(res).toMatchObject({ Type: "HOST", Name: "物理机容灾组", CvmQuotaTotal: 50, CurrentNum: 0 });
    expect(res.DisasterRecoverGroupId).toMatch(/^ps-[a-z0-9]{8}$/);
    expect(Date.parse(res.CreateTime!)).toBeCloseTo(Date.now(), -4);
    expect(res.CreateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it("CreateDisasterRecoverGroup: SW holds 20 and RACK 30 instances (the quota's CvmIn*GroupQuota); Affinity and ps tags are kept", async () => {
    const sw = await create("switch", "SW", { Affinity: 3, TagSpecification: [{ ResourceType: "ps", Tags: [{ Key: "team", Value: "db" }] }] });
    const rack = await create("rack", "RACK");
    expect([sw.CvmQuotaTotal, rack.CvmQuotaTotal]).toEqual([20, 30]);
    expect(await groupOf(sw.DisasterRecoverGroupId!)).toEqual({
      DisasterRecoverGroupId: sw.DisasterRecoverGroupId, Name: "switch", Type: "SW", CvmQuotaTotal: 20, CurrentNum: 0, InstanceIds: [],
      CreateTime: sw.CreateTime, Affinity: 3, Tags: [{ Key: "team", Value: "db" }],
    });
    expect((await groupOf(rack.DisasterRecoverGroupId!)).Affinity).toBe(1);
  });

  it.each([
    ["a Type outside HOST/SW/RACK", "InvalidParameterValue.Range", { Name: "g", Type: "ZONE" }],
    ["Affinity 0", "InvalidParameterValue.Range", { Name: "g", Type: "HOST", Affinity: 0 }],
    ["Affinity 11", "InvalidParameterValue.Range", { Name: "g", Type: "HOST", Affinity: 11 }],
    ["a 61-character Name", "InvalidParameterValue.TooLong", { Name: "n".repeat(61), Type: "HOST" }],
    ["a 65-character ClientToken", "InvalidParameterValue.TooLong", { Name: "g", Type: "HOST", ClientToken: "t".repeat(65) }],
    ["an empty Name", "InvalidParameterValue", { Name: " ", Type: "HOST" }],
  ])("CreateDisasterRecoverGroup: %s → %s", async (_what, code, params) => {
    expect(await errorCodeOf(h.client.CreateDisasterRecoverGroup(params))).toBe(code);
    expect((await h.client.DescribeDisasterRecoverGroups({})).TotalCount).toBe(0);
  });

  it("CreateDisasterRecoverGroup: a 60-character Chinese name is accepted (the limit counts characters)", async () => {
    expect((await create("容".repeat(60))).Name).toBe("容".repeat(60));
  });

  it("CreateDisasterRecoverGroup: the 11th group of a region → ResourceInsufficient.InsufficientGroupQuota; the quota counts them", async () => {
    for (let i = 0; i < 10; i++) {
      await create(`g${i}`);
      h.elapse(200);
    }
    expect(await errorCodeOf(create("one too many"))).toBe("ResourceInsufficient.InsufficientGroupQuota");
    expect(await h.client.DescribeDisasterRecoverGroupQuota()).toMatchObject({ GroupQuota: 10, CurrentNum: 10 });
    // Another region has its own quota.
    expect((await sdkClient(h.emu.url, { region: "ap-shanghai" }).CreateDisasterRecoverGroup({ Name: "sh", Type: "RACK" })).CurrentNum).toBe(0);
  });

  it("CreateDisasterRecoverGroup: a ClientToken retry answers the first group and creates nothing more", async () => {
    const first = await create("idem", "HOST", { ClientToken: "a521b4e4-c903-4d37-9de6-8906e3ad8eb7" });
    const retry = await create("idem", "HOST", { ClientToken: "a521b4e4-c903-4d37-9de6-8906e3ad8eb7" });
    expect(retry.DisasterRecoverGroupId).toBe(first.DisasterRecoverGroupId);
    expect((await h.client.DescribeDisasterRecoverGroups({})).TotalCount).toBe(1);
  });
});

describe("DescribeDisasterRecoverGroupQuota", () => {
  it("DescribeDisasterRecoverGroupQuota: the seed example's quotas (10 groups; 50 / 20 / 30 per HOST / SW / RACK group) and the current count", async () => {
    expect(await h.client.DescribeDisasterRecoverGroupQuota()).toMatchObject({ GroupQuota: 10, CurrentNum: 0, CvmInHostGroupQuota: 50, CvmInSwitchGroupQuota: 20, CvmInRackGroupQuota: 30 });
    await create("one");
    const res = await sdkClient(h.emu.url, { reqMethod: "GET" }).DescribeDisasterRecoverGroupQuota();
    expect(res.CurrentNum).toBe(1);
    // DescribeAccountQuota's DisasterRecoverGroupQuotaSet agrees.
    expect((await h.client.DescribeAccountQuota({})).AccountQuotaOverview!.AccountQuota!.DisasterRecoverGroupQuotaSet).toEqual([
      { GroupQuota: 10, CurrentNum: 1, CvmInHostGroupQuota: 50, CvmInSwitchGroupQuota: 20, CvmInRackGroupQuota: 30 },
    ]);
  });
});

describe("DescribeDisasterRecoverGroups", () => {
  it("DescribeDisasterRecoverGroups: the seed's GET example lists every group, newest first, with TotalCount", async () => {
    const a = await create("数据库业务", "RACK");
    h.elapse(1_000);
    const b = await create("web", "HOST");
    const res = await sdkClient(h.emu.url, { reqMethod: "GET" }).DescribeDisasterRecoverGroups({});
    expect(res.TotalCount).toBe(2);
    expect(res.DisasterRecoverGroupSet!.map((g) => g.DisasterRecoverGroupId)).toEqual([b.DisasterRecoverGroupId, a.DisasterRecoverGroupId]);
    expect(res.DisasterRecoverGroupSet![1]).toMatchObject({ Name: "数据库业务", Type: "RACK", CvmQuotaTotal: 30, CurrentNum: 0, InstanceIds: [] });
  });

  it("DescribeDisasterRecoverGroups: by ids (unknown ids are absent), fuzzy Name, tag filters, Offset/Limit", async () => {
    const tag = (Key: string, Value: string) => ({ TagSpecification: [{ ResourceType: "ps", Tags: [{ Key, Value }] }] });
    const db = await create("mysql-primary", "HOST", tag("app", "db"));
    const web = await create("web-frontend", "SW", tag("app", "web"));
    await create("mysql-replica", "RACK", tag("env", "prod"));
    const names = async (p: object) => (await h.client.DescribeDisasterRecoverGroups(p)).DisasterRecoverGroupSet!.map((g) => g.Name).sort();
    expect(await names({ DisasterRecoverGroupIds: [db.DisasterRecoverGroupId!, "ps-zzzzzzzz"] })).toEqual(["mysql-primary"]);
    expect(await names({ Name: "mysql" })).toEqual(["mysql-primary", "mysql-replica"]);
    expect(await names({ Filters: [{ Name: "tag-key", Values: ["app"] }] })).toEqual(["mysql-primary", "web-frontend"]);
    expect(await names({ Filters: [{ Name: "tag-value", Values: ["prod"] }] })).toEqual(["mysql-replica"]);
    expect(await names({ Filters: [{ Name: "tag:app", Values: ["web"] }] })).toEqual(["web-frontend"]);
    expect(await names({ Name: "web", DisasterRecoverGroupIds: [web.DisasterRecoverGroupId!] })).toEqual(["web-frontend"]);
    const page = await h.client.DescribeDisasterRecoverGroups({ Offset: 1, Limit: 1 });
    expect(page.TotalCount).toBe(3);
    expect(page.DisasterRecoverGroupSet).toHaveLength(1);
  });

  it("DescribeDisasterRecoverGroups: malformed id → …DisasterRecoverGroupIdMalformed; 11 ids → …LimitExceeded; bad filters and paging → InvalidParameterValue(.LimitExceeded)", async () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `ps-0000000${i % 10}`);
    expect(await errorCodeOf(h.client.DescribeDisasterRecoverGroups({ DisasterRecoverGroupIds: ["ps-1"] }))).toBe("InvalidParameterValue.DisasterRecoverGroupIdMalformed");
    expect(await errorCodeOf(h.client.DescribeDisasterRecoverGroups({ DisasterRecoverGroupIds: ids(11) }))).toBe("InvalidParameterValue.LimitExceeded");
    expect(await errorCodeOf(h.client.DescribeDisasterRecoverGroups({ Filters: [{ Name: "zone", Values: ["x"] }] }))).toBe("InvalidParameterValue");
    expect(await errorCodeOf(h.client.DescribeDisasterRecoverGroups({ Filters: [{ Name: "tag-key", Values: ["1", "2", "3", "4", "5", "6"] }] }))).toBe("InvalidParameterValue.LimitExceeded");
    h.elapse(1_000);
    expect(await errorCodeOf(h.client.DescribeDisasterRecoverGroups({ Limit: 101 }))).toBe("InvalidParameterValue");
  });

  it("DescribeDisasterRecoverGroups: groups belong to their account and region", async () => {
    await create("mine");
    expect((await sdkClient(h.emu.url, { account: DEMO_PEER_ACCOUNT }).DescribeDisasterRecoverGroups({})).TotalCount).toBe(0);
    expect((await sdkClient(h.emu.url, { region: "ap-beijing" }).DescribeDisasterRecoverGroups({})).TotalCount).toBe(0);
  });
});

describe("ModifyDisasterRecoverGroupAttribute", () => {
  it("ModifyDisasterRecoverGroupAttribute: the seed's GET example renames the group", async () => {
    const { DisasterRecoverGroupId } = await create("物理机容灾组");
    await sdkClient(h.emu.url, { reqMethod: "GET" }).ModifyDisasterRecoverGroupAttribute({ DisasterRecoverGroupId: DisasterRecoverGroupId!, Name: "物理机容灾组1" });
    expect((await groupOf(DisasterRecoverGroupId!)).Name).toBe("物理机容灾组1");
  });

  it("ModifyDisasterRecoverGroupAttribute: unknown or malformed id → ResourceNotFound.InvalidPlacementSet; 61 characters → InvalidParameterValue.TooLong", async () => {
    const { DisasterRecoverGroupId } = await create("g");
    expect(await errorCodeOf(h.client.ModifyDisasterRecoverGroupAttribute({ DisasterRecoverGroupId: "ps-58l1hu01", Name: "x" }))).toBe("ResourceNotFound.InvalidPlacementSet");
    expect(await errorCodeOf(h.client.ModifyDisasterRecoverGroupAttribute({ DisasterRecoverGroupId: "ps-x", Name: "x" }))).toBe("ResourceNotFound.InvalidPlacementSet");
    expect(await errorCodeOf(h.client.ModifyDisasterRecoverGroupAttribute({ DisasterRecoverGroupId: DisasterRecoverGroupId!, Name: "n".repeat(61) }))).toBe("InvalidParameterValue.TooLong");
    expect((await groupOf(DisasterRecoverGroupId!)).Name).toBe("g");
  });
});

describe("DeleteDisasterRecoverGroups", () => {
  it("DeleteDisasterRecoverGroups: the seed's GET example (DisasterRecoverGroupIds.0) deletes an empty group", async () => {
    const { DisasterRecoverGroupId } = await create("empty");
    await sdkClient(h.emu.url, { reqMethod: "GET" }).DeleteDisasterRecoverGroups({ DisasterRecoverGroupIds: [DisasterRecoverGroupId!] });
    expect((await h.client.DescribeDisasterRecoverGroups({})).TotalCount).toBe(0);
    expect(await errorCodeOf(h.client.DeleteDisasterRecoverGroups({ DisasterRecoverGroupIds: [DisasterRecoverGroupId!] }))).toBe("ResourceNotFound.InvalidPlacementSet");
  });

  it("DeleteDisasterRecoverGroups: malformed → …IdMalformed; 11 ids → …LimitExceeded; one unknown among several deletes none", async () => {
    const { DisasterRecoverGroupId } = await create("kept");
    expect(await errorCodeOf(h.client.DeleteDisasterRecoverGroups({ DisasterRecoverGroupIds: ["ps-1"] }))).toBe("InvalidParameterValue.DisasterRecoverGroupIdMalformed");
    expect(await errorCodeOf(h.client.DeleteDisasterRecoverGroups({ DisasterRecoverGroupIds: Array(11).fill(DisasterRecoverGroupId!) }))).toBe("InvalidParameterValue.LimitExceeded");
    expect(await errorCodeOf(h.client.DeleteDisasterRecoverGroups({ DisasterRecoverGroupIds: [DisasterRecoverGroupId!, "ps-58l1hu01"] }))).toBe("ResourceNotFound.InvalidPlacementSet");
    expect((await h.client.DescribeDisasterRecoverGroups({})).TotalCount).toBe(1);
  });
});

describe("placement group membership", () => {
  it("RunInstances with DisasterRecoverGroupIds joins the group; a non-empty group → FailedOperation.PlacementSetNotEmpty until its instances are terminated", async () => {
    const { DisasterRecoverGroupId: ps } = await create("spread", "SW");
    const ids = await launchRunning(h, { InstanceCount: 2, DisasterRecoverGroupIds: [ps!] });
    expect(await groupOf(ps!)).toMatchObject({ CurrentNum: 2, InstanceIds: expect.arrayContaining(ids) });
    expect((await describeInstance(h.client, ids[0])).DisasterRecoverGroupIds).toEqual([ps]);
    expect(await errorCodeOf(h.client.DeleteDisasterRecoverGroups({ DisasterRecoverGroupIds: [ps!] }))).toBe("FailedOperation.PlacementSetNotEmpty");

    await h.client.TerminateInstances({ InstanceIds: ids });
    h.elapse(SETTLE_MS);
    expect(await groupOf(ps!)).toMatchObject({ CurrentNum: 0, InstanceIds: [] });
    await h.client.DeleteDisasterRecoverGroups({ DisasterRecoverGroupIds: [ps!] });
    expect((await h.client.DescribeDisasterRecoverGroups({})).TotalCount).toBe(0);
  });

  it("RunInstances beyond the group's capacity (SW: 20) → ResourceInsufficient.DisasterRecoverGroupCvmQuota; an unknown group → FailedOperation.DisasterRecoverGroupNotFound", async () => {
    const { DisasterRecoverGroupId: ps } = await create("small", "SW");
    expect(await errorCodeOf(h.client.RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", InstanceCount: 21, DisasterRecoverGroupIds: [ps!] }))).toBe(
      "ResourceInsufficient.DisasterRecoverGroupCvmQuota",
    );
    expect(await errorCodeOf(h.client.RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", DisasterRecoverGroupIds: ["ps-58l1hu01"] }))).toBe(
      "FailedOperation.DisasterRecoverGroupNotFound",
    );
  });

  it("ModifyInstancesDisasterRecoverGroup moves instances in and out of a created group; Describe follows", async () => {
    const { DisasterRecoverGroupId: ps } = await create("moves", "RACK");
    const [a, b] = await launchRunning(h, { InstanceCount: 2 });
    await h.client.ModifyInstancesDisasterRecoverGroup({ InstanceIds: [a, b], DisasterRecoverGroupId: ps! });
    expect((await groupOf(ps!)).CurrentNum).toBe(2);
    await h.client.ModifyInstancesDisasterRecoverGroup({ InstanceIds: [a] });
    expect(await groupOf(ps!)).toMatchObject({ CurrentNum: 1, InstanceIds: [b] });
  });
});

describe("placement group persistence", () => {
  const dir = mkdtempSync(join(tmpdir(), "cvm-placement-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("placement groups persist: a restarted emulator on the same file keeps the group, its name and its members", async () => {
    const dbPath = join(dir, "emulator.db");
    const first = await startHarness({ mode: "realistic" }, dbPath);
    const { DisasterRecoverGroupId: ps } = await first.client.CreateDisasterRecoverGroup({ Name: "durable", Type: "HOST", Affinity: 2 });
    const [id] = await launchRunning(first, { DisasterRecoverGroupIds: [ps!] });
    await first.close();
    const second = await startHarness({ mode: "realistic" }, dbPath);
    try {
      const [group] = (await second.client.DescribeDisasterRecoverGroups({ DisasterRecoverGroupIds: [ps!] })).DisasterRecoverGroupSet!;
      expect(group).toMatchObject({ Name: "durable", Type: "HOST", Affinity: 2, InstanceIds: [id], CurrentNum: 1 });
    } finally {
      await second.close();
    }
  });
});
