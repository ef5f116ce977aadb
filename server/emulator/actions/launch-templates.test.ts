import type { CreateLaunchTemplateRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_ACCOUNT, DEMO_PEER_ACCOUNT } from "../accounts";
import { startHarness, type LifecycleHarness } from "../state/instances/lifecycle.testing";
import { securityGroupsOf } from "../state/security-groups/catalog";
import { errorCodeOf, sdkClient } from "../testing";

let h: LifecycleHarness;
beforeAll(async () => {
  h = await startHarness({ mode: "realistic" });
});
afterAll(() => h.close());
beforeEach(() => {
  h.emu.runtime.store.reset();
  h.elapse(1_000); // a fresh rate-limit window (the launch template actions: 20 per second)
});

/** The seed's "使用最简单参数创建实例启动模板" (seed 32342). */
const SEED_TEMPLATE: CreateLaunchTemplateRequest = { LaunchTemplateName: "myTemplate", Placement: { Zone: "ap-guangzhou-2" }, ImageId: "img-pmqg1cw7" };
const createTemplate = async (extra: Partial<CreateLaunchTemplateRequest> = {}) => (await h.client.CreateLaunchTemplate({ ...SEED_TEMPLATE, ...extra })).LaunchTemplateId!;
const versionsOf = async (LaunchTemplateId: string, extra: object = {}) => (await h.client.DescribeLaunchTemplateVersions({ LaunchTemplateId, ...extra })).LaunchTemplateVersionSet!;
const infoOf = async (id: string) => (await h.client.DescribeLaunchTemplates({ LaunchTemplateIds: [id] })).LaunchTemplateSet![0];

describe("CreateLaunchTemplate", () => {
  it("CreateLaunchTemplate: the seed's simplest template → lt-xxxxxxxx with version 1 as the default", async () => {
    const id = await createTemplate();
    expect(id).toMatch(/^lt-[a-z0-9]{8}$/);
    const info = await infoOf(id);
    expect(info).toEqual({
      LatestVersionNumber: 1, LaunchTemplateId: id, LaunchTemplateName: "myTemplate", DefaultVersionNumber: 1, LaunchTemplateVersionCount: 1,
      CreatedBy: DEMO_ACCOUNT.ownerUin, CreationTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
    });
  });

  it("CreateLaunchTemplate: version 1 shows every LaunchTemplateVersionData member, defaults filled, the password never", async () => {
    const id = await createTemplate({
      InstanceType: "S5.MEDIUM4",
      InstanceName: "lt_test",
      LoginSettings: { Password: "Passw0rd!2024" },
      DataDisks: [{ DiskSize: 60, DiskType: "CLOUD_PREMIUM", Encrypt: true }],
      InternetAccessible: { InternetChargeType: "TRAFFIC_POSTPAID_BY_HOUR", InternetMaxBandwidthOut: 100 },
      DisableApiTermination: true,
    });
    const [v] = await versionsOf(id);
    expect(v).toMatchObject({ LaunchTemplateVersion: 1, LaunchTemplateId: id, IsDefaultVersion: true, LaunchTemplateVersionDescription: "", CreatedBy: String(DEMO_ACCOUNT.appId) });
    const data = v.LaunchTemplateVersionData!;
    expect(Object.keys(data).sort()).toHaveLength(24);
    expect(data).toMatchObject({
      Placement: { Zone: "ap-guangzhou-2", ProjectId: 0 },
      InstanceType: "S5.MEDIUM4",
      InstanceName: "lt_test",
      InstanceChargeType: "POSTPAID_BY_HOUR",
      SystemDisk: { DiskSize: 50 },
      DataDisks: [{ DiskSize: 60, DiskType: "CLOUD_PREMIUM", Encrypt: true, DeleteWithInstance: true, KmsKeyId: "" }],
      InternetAccessible: { InternetChargeType: "TRAFFIC_POSTPAID_BY_HOUR", InternetMaxBandwidthOut: 100, PublicIpAssigned: true },
      ImageId: "img-pmqg1cw7",
      InstanceCount: 1,
      EnhancedService: { SecurityService: { Enabled: true }, MonitorService: { Enabled: true }, AutomationService: { Enabled: false } },
      LoginSettings: { KeyIds: [] },
      DisableApiTermination: true,
      ClientToken: expect.stringMatching(/^system-[0-9a-f-]{36}$/),
      VirtualPrivateCloud: null,
    });
    expect(JSON.stringify(data)).not.toContain("Passw0rd");
  });

  it.each([
    ["a one-character name", "InvalidParameterValue.InvalidLaunchTemplateName", { LaunchTemplateName: "x" }],
    ["a one-character version description", "InvalidParameterValue.InvalidLaunchTemplateVersionDescription", { LaunchTemplateVersionDescription: "x" }],
    ["a zone of another region", "InvalidZone.MismatchRegion", { Placement: { Zone: "ap-shanghai-2" } }],
    ["a malformed image", "InvalidImageId.Malformed", { ImageId: "img-1" }],
    ["an unknown image", "InvalidImageId.NotFound", { ImageId: "img-zzzzzzzz" }],
    ["a malformed instance type", "InvalidInstanceType.Malformed", { InstanceType: "s5 medium" }],
    ["InstanceCount 0", "InvalidParameterValue.Range", { InstanceCount: 0 }],
    ["a weak password", "InvalidParameterValue.InvalidPassword", { LoginSettings: { Password: "abc" } }],
    ["a PREPAID period of 13 months", "InvalidPeriod", { InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 13 } }],
    ["an unknown placement group", "FailedOperation.DisasterRecoverGroupNotFound", { DisasterRecoverGroupIds: ["ps-58l1hu01"] }],
    ["a reserved tag key", "FailedOperation.TagKeyReserved", { TagSpecification: [{ ResourceType: "instance", Tags: [{ Key: "qcloud:x", Value: "1" }] }] }],
    ["a 65-character ClientToken", "InvalidClientToken.TooLong", { ClientToken: "t".repeat(65) }],
    ["TemplateDataModifyAction Merge", "InvalidParameterValue", { TemplateDataModifyAction: "Merge" }],
  ])("CreateLaunchTemplate: %s → %s, nothing created", async (_what, code, extra) => {
    expect(await errorCodeOf(h.client.CreateLaunchTemplate({ ...SEED_TEMPLATE, ...extra } as CreateLaunchTemplateRequest))).toBe(code);
    expect((await h.client.DescribeLaunchTemplates({})).TotalCount).toBe(0);
  });

  it("CreateLaunchTemplate: DryRun → DryRunOperation and nothing created; a ClientToken retry answers the first template", async () => {
    expect(await errorCodeOf(h.client.CreateLaunchTemplate({ ...SEED_TEMPLATE, DryRun: true }))).toBe("DryRunOperation");
    expect((await h.client.DescribeLaunchTemplates({})).TotalCount).toBe(0);
    const a = await createTemplate({ ClientToken: "tok-1" });
    const b = await createTemplate({ ClientToken: "tok-1" });
    expect(b).toBe(a);
    expect((await h.client.DescribeLaunchTemplates({})).TotalCount).toBe(1);
    expect((await versionsOf(a))[0].LaunchTemplateVersionData!.ClientToken).toBe("tok-1");
  });

  it("CreateLaunchTemplate: unknown key pair → ResourceNotFound.KeyPairNotFound; unknown security group → InvalidSecurityGroupId.NotFound; the region's own are kept", async () => {
    expect(await errorCodeOf(h.client.CreateLaunchTemplate({ ...SEED_TEMPLATE, LoginSettings: { KeyIds: ["skey-abcd1234"] } }))).toBe("ResourceNotFound.KeyPairNotFound");
    expect(await errorCodeOf(h.client.CreateLaunchTemplate({ ...SEED_TEMPLATE, SecurityGroupIds: ["sg-abcdefgh"] }))).toBe("InvalidSecurityGroupId.NotFound");
    expect((await h.client.DescribeLaunchTemplates({})).TotalCount).toBe(0);
    const { KeyPair } = await h.client.CreateKeyPair({ KeyName: "lt_key", ProjectId: 0 });
    const sg = securityGroupsOf(h.ctx.scope)[2].SecurityGroupId;
    const id = await createTemplate({ LoginSettings: { KeyIds: [KeyPair!.KeyId!] }, SecurityGroupIds: [sg] });
    expect((await versionsOf(id))[0].LaunchTemplateVersionData).toMatchObject({ LoginSettings: { KeyIds: [KeyPair!.KeyId] }, SecurityGroupIds: [sg] });
  });

  it("CreateLaunchTemplate: the 31st template of a region → LimitExceeded.LaunchTemplateQuota", async () => {
    for (let i = 0; i < 30; i++) {
      await createTemplate({ LaunchTemplateName: `t${i}x` });
      h.elapse(100);
    }
    expect(await errorCodeOf(h.client.CreateLaunchTemplate(SEED_TEMPLATE))).toBe("LimitExceeded.LaunchTemplateQuota");
  });
});

describe("CreateLaunchTemplateVersion", () => {
  it("CreateLaunchTemplateVersion: the seed's GET example (Placement.Zone=ap-guangzhou-1) → version 2, the rest taken from the default version", async () => {
    const id = await createTemplate({ InstanceType: "S5.MEDIUM4", InstanceName: "base" });
    const res = await sdkClient(h.emu.url, { reqMethod: "GET" }).CreateLaunchTemplateVersion({ Placement: { Zone: "ap-guangzhou-1" }, LaunchTemplateId: id });
    expect(res.LaunchTemplateVersionNumber).toBe(2);
    const [v2] = await versionsOf(id, { LaunchTemplateVersions: [2] });
    expect(v2.IsDefaultVersion).toBe(false);
    expect(v2.LaunchTemplateVersionData).toMatchObject({ Placement: { Zone: "ap-guangzhou-1" }, InstanceType: "S5.MEDIUM4", InstanceName: "base", ImageId: "img-pmqg1cw7" });
    expect(await infoOf(id)).toMatchObject({ LatestVersionNumber: 2, DefaultVersionNumber: 1, LaunchTemplateVersionCount: 2 });
  });

  it("CreateLaunchTemplateVersion: based on a given LaunchTemplateVersion, with its own description", async () => {
    const id = await createTemplate({ InstanceName: "v1" });
    await h.client.CreateLaunchTemplateVersion({ LaunchTemplateId: id, Placement: { Zone: "ap-guangzhou-3" }, InstanceName: "v2" });
    await h.client.CreateLaunchTemplateVersion({ LaunchTemplateId: id, LaunchTemplateVersion: 2, Placement: { Zone: "ap-guangzhou-4" }, LaunchTemplateVersionDescription: "from v2" });
    const [v3] = await versionsOf(id, { LaunchTemplateVersions: [3] });
    expect(v3).toMatchObject({ LaunchTemplateVersionDescription: "from v2", LaunchTemplateVersionData: { InstanceName: "v2", Placement: { Zone: "ap-guangzhou-4" } } });
  });

  it("CreateLaunchTemplateVersion: unknown template → …LaunchTemplateIdNotExisted; malformed → …Malformed; unknown base version → …LaunchTemplateIdVerNotExisted; bad data → its code", async () => {
    const id = await createTemplate();
    const zone = { Zone: "ap-guangzhou-3" };
    expect(await errorCodeOf(h.client.CreateLaunchTemplateVersion({ LaunchTemplateId: "lt-lobxe2yo", Placement: zone }))).toBe("InvalidParameterValue.LaunchTemplateIdNotExisted");
    expect(await errorCodeOf(h.client.CreateLaunchTemplateVersion({ LaunchTemplateId: "lt-1", Placement: zone }))).toBe("InvalidParameterValue.LaunchTemplateIdMalformed");
    expect(await errorCodeOf(h.client.CreateLaunchTemplateVersion({ LaunchTemplateId: id, LaunchTemplateVersion: 9, Placement: zone }))).toBe("InvalidParameterValue.LaunchTemplateIdVerNotExisted");
    expect(await errorCodeOf(h.client.CreateLaunchTemplateVersion({ LaunchTemplateId: id, Placement: zone, ImageId: "img-1" }))).toBe("InvalidImageId.Malformed");
    // seed 33286 / 33252: the key pairs and security groups must be the region's.
    expect(await errorCodeOf(h.client.CreateLaunchTemplateVersion({ LaunchTemplateId: id, Placement: zone, LoginSettings: { KeyIds: ["skey-abcd1234"] } }))).toBe("ResourceNotFound.KeyPairNotFound");
    expect(await errorCodeOf(h.client.CreateLaunchTemplateVersion({ LaunchTemplateId: id, Placement: zone, SecurityGroupIds: ["sg-abcdefgh"] }))).toBe("InvalidSecurityGroupId.NotFound");
    expect(await errorCodeOf(h.client.CreateLaunchTemplateVersion({ LaunchTemplateId: id, Placement: zone, DryRun: true }))).toBe("DryRunOperation");
    expect((await infoOf(id)).LaunchTemplateVersionCount).toBe(1);
  });

  it("CreateLaunchTemplateVersion: a template holds at most 30 versions → LimitExceeded.LaunchTemplateVersionQuota", async () => {
    const id = await createTemplate();
    for (let i = 2; i <= 30; i++) {
      await h.client.CreateLaunchTemplateVersion({ LaunchTemplateId: id, Placement: { Zone: "ap-guangzhou-3" } });
      h.elapse(100);
    }
    expect(await errorCodeOf(h.client.CreateLaunchTemplateVersion({ LaunchTemplateId: id, Placement: { Zone: "ap-guangzhou-3" } }))).toBe("LimitExceeded.LaunchTemplateVersionQuota");
    // Deleting one makes room; numbers are not reused.
    await h.client.DeleteLaunchTemplateVersions({ LaunchTemplateId: id, LaunchTemplateVersions: [2] });
    expect((await h.client.CreateLaunchTemplateVersion({ LaunchTemplateId: id, Placement: { Zone: "ap-guangzhou-3" } })).LaunchTemplateVersionNumber).toBe(31);
  });
});

describe("DescribeLaunchTemplates", () => {
  it("DescribeLaunchTemplates: the seed example (by LaunchTemplateIds) and listing all, newest first; unknown ids are absent", async () => {
    const a = await createTemplate({ LaunchTemplateName: "first" });
    h.elapse(1_000);
    const b = await createTemplate({ LaunchTemplateName: "second" });
    const all = await h.client.DescribeLaunchTemplates({});
    expect(all.TotalCount).toBe(2);
    expect(all.LaunchTemplateSet!.map((t) => t.LaunchTemplateId)).toEqual([b, a]);
    expect((await h.client.DescribeLaunchTemplates({ LaunchTemplateIds: [a, "lt-q9t8j8eg"] })).LaunchTemplateSet!.map((t) => t.LaunchTemplateName)).toEqual(["first"]);
    const page = await h.client.DescribeLaunchTemplates({ Offset: 1, Limit: 1 });
    expect([page.TotalCount, page.LaunchTemplateSet![0].LaunchTemplateId]).toEqual([2, a]);
  });

  it("DescribeLaunchTemplates: Filters LaunchTemplateName, tag-key, tag-value, tag:<key>", async () => {
    const tagged = (Key: string, Value: string) => ({ LaunchTemplateTagSpecification: [{ ResourceType: "launch-template", Tags: [{ Key, Value }] }] });
    await createTemplate({ LaunchTemplateName: "web", ...tagged("app", "web") });
    await createTemplate({ LaunchTemplateName: "db", ...tagged("app", "db") });
    await createTemplate({ LaunchTemplateName: "batch", ...tagged("env", "prod") });
    const names = async (Filters: { Name: string; Values: string[] }[]) => (await h.client.DescribeLaunchTemplates({ Filters })).LaunchTemplateSet!.map((t) => t.LaunchTemplateName).sort();
    expect(await names([{ Name: "LaunchTemplateName", Values: ["web", "batch"] }])).toEqual(["batch", "web"]);
    expect(await names([{ Name: "tag-key", Values: ["app"] }])).toEqual(["db", "web"]);
    expect(await names([{ Name: "tag-value", Values: ["prod"] }])).toEqual(["batch"]);
    expect(await names([{ Name: "tag:app", Values: ["db"] }])).toEqual(["db"]);
  });

  it("DescribeLaunchTemplates: ids with Filters → InvalidParameter; malformed id → …Malformed; unknown filter → InvalidFilter; 6 values → InvalidFilterValue.LimitExceeded; a bad name value → …InvalidLaunchTemplateName", async () => {
    const f = (Name: string, Values: string[]) => [{ Name, Values }];
    expect(await errorCodeOf(h.client.DescribeLaunchTemplates({ LaunchTemplateIds: ["lt-q9t8j8eg"], Filters: f("LaunchTemplateName", ["x1"]) }))).toBe("InvalidParameter");
    expect(await errorCodeOf(h.client.DescribeLaunchTemplates({ LaunchTemplateIds: ["lt-1"] }))).toBe("InvalidParameterValue.LaunchTemplateIdMalformed");
    expect(await errorCodeOf(h.client.DescribeLaunchTemplates({ Filters: f("zone", ["x"]) }))).toBe("InvalidFilter");
    expect(await errorCodeOf(h.client.DescribeLaunchTemplates({ Filters: f("tag-key", ["1", "2", "3", "4", "5", "6"]) }))).toBe("InvalidFilterValue.LimitExceeded");
    expect(await errorCodeOf(h.client.DescribeLaunchTemplates({ Filters: f("LaunchTemplateName", ["x"]) }))).toBe("InvalidParameterValue.InvalidLaunchTemplateName");
  });

  it("DescribeLaunchTemplates: templates belong to their account and region", async () => {
    await createTemplate();
    expect((await sdkClient(h.emu.url, { account: DEMO_PEER_ACCOUNT }).DescribeLaunchTemplates({})).TotalCount).toBe(0);
    expect((await sdkClient(h.emu.url, { region: "ap-shanghai" }).DescribeLaunchTemplates({})).TotalCount).toBe(0);
  });
});

describe("DescribeLaunchTemplateVersions", () => {
  async function threeVersions(): Promise<string> {
    const id = await createTemplate();
    for (const Zone of ["ap-guangzhou-3", "ap-guangzhou-4"]) await h.client.CreateLaunchTemplateVersion({ LaunchTemplateId: id, Placement: { Zone } });
    return id;
  }
  const numbers = async (id: string, extra: object = {}) => (await versionsOf(id, extra)).map((v) => v.LaunchTemplateVersion);

  it("DescribeLaunchTemplateVersions: the seed's GET example lists every version, oldest first; DefaultVersion, lists, ranges and pages select", async () => {
    const id = await threeVersions();
    const res = await sdkClient(h.emu.url, { reqMethod: "GET" }).DescribeLaunchTemplateVersions({ LaunchTemplateId: id });
    expect(res.TotalCount).toBe(3);
    expect(res.LaunchTemplateVersionSet!.map((v) => [v.LaunchTemplateVersion, v.IsDefaultVersion])).toEqual([[1, true], [2, false], [3, false]]);
    expect(await numbers(id, { DefaultVersion: true })).toEqual([1]);
    expect(await numbers(id, { LaunchTemplateVersions: [3, 1] })).toEqual([1, 3]);
    expect(await numbers(id, { MinVersion: 2 })).toEqual([2, 3]);
    expect(await numbers(id, { MaxVersion: 2 })).toEqual([1, 2]);
    expect(await numbers(id, { Offset: 1, Limit: 1 })).toEqual([2]);
  });

  it("DescribeLaunchTemplateVersions: DefaultVersion with a list → InvalidParameterCombination; unknown version → …IdVerNotExisted; version 0 → …LaunchTemplateVersion; unknown template → …IdNotExisted", async () => {
    const id = await createTemplate();
    expect(await errorCodeOf(h.client.DescribeLaunchTemplateVersions({ LaunchTemplateId: id, LaunchTemplateVersions: [1], DefaultVersion: true }))).toBe("InvalidParameterCombination");
    expect(await errorCodeOf(h.client.DescribeLaunchTemplateVersions({ LaunchTemplateId: id, LaunchTemplateVersions: [7] }))).toBe("InvalidParameterValue.LaunchTemplateIdVerNotExisted");
    expect(await errorCodeOf(h.client.DescribeLaunchTemplateVersions({ LaunchTemplateId: id, LaunchTemplateVersions: [0] }))).toBe("InvalidParameterValue.LaunchTemplateVersion");
    expect(await errorCodeOf(h.client.DescribeLaunchTemplateVersions({ LaunchTemplateId: "lt-b8v1kcyq" }))).toBe("InvalidParameterValue.LaunchTemplateIdNotExisted");
    expect(await errorCodeOf(h.client.DescribeLaunchTemplateVersions({ LaunchTemplateId: "b8v1kcyq" }))).toBe("InvalidParameterValue.LaunchTemplateIdMalformed");
  });
});

describe("ModifyLaunchTemplateDefaultVersion", () => {
  it("ModifyLaunchTemplateDefaultVersion: the seed's GET example makes version 2 the default; setting it again → …LaunchTemplateIdVerSetAlready", async () => {
    const id = await createTemplate();
    await h.client.CreateLaunchTemplateVersion({ LaunchTemplateId: id, Placement: { Zone: "ap-guangzhou-3" } });
    await sdkClient(h.emu.url, { reqMethod: "GET" }).ModifyLaunchTemplateDefaultVersion({ LaunchTemplateId: id, DefaultVersion: 2 });
    expect((await infoOf(id)).DefaultVersionNumber).toBe(2);
    expect((await versionsOf(id, { DefaultVersion: true }))[0].LaunchTemplateVersion).toBe(2);
    const again = h.client.ModifyLaunchTemplateDefaultVersion({ LaunchTemplateId: id, DefaultVersion: 2 });
    await expect(again).rejects.toMatchObject({ code: "InvalidParameterValue.LaunchTemplateIdVerSetAlready", message: expect.stringContaining("had been set to default") });
  });

  it("ModifyLaunchTemplateDefaultVersion: unknown version → …IdVerNotExisted; 0 → …LaunchTemplateVersion; unknown template → …IdNotExisted", async () => {
    const id = await createTemplate();
    expect(await errorCodeOf(h.client.ModifyLaunchTemplateDefaultVersion({ LaunchTemplateId: id, DefaultVersion: 5 }))).toBe("InvalidParameterValue.LaunchTemplateIdVerNotExisted");
    expect(await errorCodeOf(h.client.ModifyLaunchTemplateDefaultVersion({ LaunchTemplateId: id, DefaultVersion: 0 }))).toBe("InvalidParameterValue.LaunchTemplateVersion");
    expect(await errorCodeOf(h.client.ModifyLaunchTemplateDefaultVersion({ LaunchTemplateId: "lt-34vaef8f", DefaultVersion: 2 }))).toBe("InvalidParameterValue.LaunchTemplateIdNotExisted");
  });
});

describe("DeleteLaunchTemplateVersions and DeleteLaunchTemplate", () => {
  it("DeleteLaunchTemplateVersions: the seed's GET example deletes versions 2 and 3; the default → …LaunchTemplateDefaultVersion; a missing one → …IdVerNotExisted (all or none)", async () => {
    const id = await createTemplate();
    for (let i = 0; i < 3; i++) await h.client.CreateLaunchTemplateVersion({ LaunchTemplateId: id, Placement: { Zone: "ap-guangzhou-3" } });
    await sdkClient(h.emu.url, { reqMethod: "GET" }).DeleteLaunchTemplateVersions({ LaunchTemplateId: id, LaunchTemplateVersions: [2, 3] });
    expect((await versionsOf(id)).map((v) => v.LaunchTemplateVersion)).toEqual([1, 4]);
    expect(await errorCodeOf(h.client.DeleteLaunchTemplateVersions({ LaunchTemplateId: id, LaunchTemplateVersions: [1] }))).toBe("InvalidParameterValue.LaunchTemplateDefaultVersion");
    expect(await errorCodeOf(h.client.DeleteLaunchTemplateVersions({ LaunchTemplateId: id, LaunchTemplateVersions: [4, 2] }))).toBe("InvalidParameterValue.LaunchTemplateIdVerNotExisted");
    expect(await infoOf(id)).toMatchObject({ LaunchTemplateVersionCount: 2, LatestVersionNumber: 4 });
  });

  it("DeleteLaunchTemplate: the seed's GET example deletes the template and its versions; again → …IdNotExisted; malformed → …Malformed", async () => {
    const id = await createTemplate();
    await sdkClient(h.emu.url, { reqMethod: "GET" }).DeleteLaunchTemplate({ LaunchTemplateId: id });
    expect((await h.client.DescribeLaunchTemplates({})).TotalCount).toBe(0);
    expect(await errorCodeOf(h.client.DeleteLaunchTemplate({ LaunchTemplateId: id }))).toBe("InvalidParameterValue.LaunchTemplateIdNotExisted");
    expect(await errorCodeOf(h.client.DeleteLaunchTemplate({ LaunchTemplateId: "lt-34vaef8fe" }))).toBe("InvalidParameterValue.LaunchTemplateIdMalformed");
  });
});
