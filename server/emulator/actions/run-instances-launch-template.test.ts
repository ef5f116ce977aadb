import type { CreateLaunchTemplateRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { describe as describeInstance, SETTLE_MS } from "../state/changes/changes.testing";
import { startHarness, type LifecycleHarness } from "../state/instances/lifecycle.testing";
import { errorCodeOf } from "../testing";

let h: LifecycleHarness;
beforeAll(async () => {
  h = await startHarness({ mode: "realistic" });
});
afterAll(() => h.close());
beforeEach(() => {
  h.emu.runtime.store.reset();
  h.elapse(1_000);
});

const TEMPLATE: CreateLaunchTemplateRequest = {
  LaunchTemplateName: "web-tier",
  Placement: { Zone: "ap-guangzhou-3" },
  ImageId: "img-pmqg1cw7",
  InstanceType: "S5.MEDIUM4",
  InstanceName: "from-template",
  InstanceCount: 2,
  TagSpecification: [{ ResourceType: "instance", Tags: [{ Key: "tier", Value: "web" }] }],
};
const createTemplate = async (extra: Partial<CreateLaunchTemplateRequest> = {}) => (await h.client.CreateLaunchTemplate({ ...TEMPLATE, ...extra })).LaunchTemplateId!;
const launch = async (LaunchTemplate: { LaunchTemplateId: string; LaunchTemplateVersion?: number }, extra: object = {}) => {
  const { InstanceIdSet } = await h.client.RunInstances({ LaunchTemplate, ...extra });
  h.elapse(SETTLE_MS);
  return Promise.all(InstanceIdSet!.map((id) => describeInstance(h.client, id)));
};

describe("RunInstances with LaunchTemplate", () => {
  it("RunInstances: LaunchTemplate alone launches the default version's configuration (no Placement or ImageId needed)", async () => {
    const id = await createTemplate();
    const instances = await launch({ LaunchTemplateId: id });
    expect(instances).toHaveLength(2);
    for (const i of instances) {
      expect(i).toMatchObject({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", InstanceType: "S5.MEDIUM4", InstanceState: "RUNNING", Tags: [{ Key: "tier", Value: "web" }] });
    }
    expect(instances.map((i) => i.InstanceName).sort()).toEqual(["from-template1", "from-template2"]);
  });

  it("RunInstances: the request's parameters replace the template's (Placement, InstanceName, InstanceCount)", async () => {
    const id = await createTemplate();
    const [only, ...rest] = await launch({ LaunchTemplateId: id }, { Placement: { Zone: "ap-guangzhou-4" }, InstanceName: "override", InstanceCount: 1 });
    expect(rest).toHaveLength(0);
    expect(only).toMatchObject({ Placement: { Zone: "ap-guangzhou-4" }, InstanceName: "override", InstanceType: "S5.MEDIUM4" });
  });

  it("RunInstances: LaunchTemplateVersion picks a version; without one the current default version is used", async () => {
    const id = await createTemplate({ InstanceCount: 1 });
    await h.client.CreateLaunchTemplateVersion({ LaunchTemplateId: id, Placement: { Zone: "ap-guangzhou-3" }, InstanceType: "S5.LARGE8" });
    expect((await launch({ LaunchTemplateId: id }))[0].InstanceType).toBe("S5.MEDIUM4");
    expect((await launch({ LaunchTemplateId: id, LaunchTemplateVersion: 2 }))[0].InstanceType).toBe("S5.LARGE8");
    await h.client.ModifyLaunchTemplateDefaultVersion({ LaunchTemplateId: id, DefaultVersion: 2 });
    expect((await launch({ LaunchTemplateId: id }))[0].InstanceType).toBe("S5.LARGE8");
  });

  it("RunInstances: Metadata merges by key with TemplateDataModifyAction Update, and is replaced by default", async () => {
    const items = { Items: [{ Key: "k1", Value: "v1" }, { Key: "k2", Value: "v2" }] };
    const update = await createTemplate({ InstanceCount: 1, Metadata: items, TemplateDataModifyAction: "Update" });
    const replace = await createTemplate({ InstanceCount: 1, Metadata: items });
    const request = { Metadata: { Items: [{ Key: "k2", Value: "v3" }] } };
    expect((await launch({ LaunchTemplateId: update }, request))[0].Metadata!.Items).toEqual([{ Key: "k1", Value: "v1" }, { Key: "k2", Value: "v3" }]);
    expect((await launch({ LaunchTemplateId: replace }, request))[0].Metadata!.Items).toEqual([{ Key: "k2", Value: "v3" }]);
    expect((await launch({ LaunchTemplateId: replace }))[0].Metadata!.Items).toEqual(items.Items);
  });

  it("RunInstances: a template's placement group is joined", async () => {
    const { DisasterRecoverGroupId: ps } = await h.client.CreateDisasterRecoverGroup({ Name: "spread", Type: "HOST" });
    const id = await createTemplate({ InstanceCount: 1, DisasterRecoverGroupIds: [ps!] });
    const [instance] = await launch({ LaunchTemplateId: id });
    expect(instance.DisasterRecoverGroupId).toBe(ps);
    expect((await h.client.DescribeDisasterRecoverGroups({ DisasterRecoverGroupIds: [ps!] })).DisasterRecoverGroupSet![0].InstanceIds).toEqual([instance.InstanceId]);
  });

  it("RunInstances: stock is checked at launch — a template for a sold-out zone (ap-guangzhou-2) → ResourceInsufficient.AvailabilityZoneSoldOut", async () => {
    const id = await createTemplate({ Placement: { Zone: "ap-guangzhou-2" } });
    expect(await errorCodeOf(h.client.RunInstances({ LaunchTemplate: { LaunchTemplateId: id } }))).toBe("ResourceInsufficient.AvailabilityZoneSoldOut");
  });

  it("RunInstances: unknown template → …LaunchTemplateIdNotExisted; malformed → …LaunchTemplateIdMalformed; a version it lacks → …LaunchTemplateVersion", async () => {
    const id = await createTemplate();
    expect(await errorCodeOf(h.client.RunInstances({ LaunchTemplate: { LaunchTemplateId: "lt-lobxe2yo" } }))).toBe("InvalidParameterValue.LaunchTemplateIdNotExisted");
    expect(await errorCodeOf(h.client.RunInstances({ LaunchTemplate: { LaunchTemplateId: "lt-1" } }))).toBe("InvalidParameterValue.LaunchTemplateIdMalformed");
    expect(await errorCodeOf(h.client.RunInstances({ LaunchTemplate: { LaunchTemplateId: id, LaunchTemplateVersion: 4 } }))).toBe("InvalidParameterValue.LaunchTemplateVersion");
    expect((await h.client.DescribeInstances({})).TotalCount).toBe(0);
  });

  it("RunInstances: a template whose key pair was deleted since → InvalidParameterValue.KeyPairNotFound; with the key it launches bound to it", async () => {
    const { KeyPair } = await h.client.CreateKeyPair({ KeyName: "lt_launch_key", ProjectId: 0 });
    const withKey = await createTemplate({ InstanceCount: 1, LoginSettings: { KeyIds: [KeyPair!.KeyId!] } });
    const [instance] = await launch({ LaunchTemplateId: withKey });
    expect(instance.LoginSettings).toEqual({ KeyIds: [KeyPair!.KeyId] });
    const { KeyPair: gone } = await h.client.CreateKeyPair({ KeyName: "lt_gone_key", ProjectId: 0 });
    const stale = await createTemplate({ InstanceCount: 1, LoginSettings: { KeyIds: [gone!.KeyId!] } });
    await h.client.DeleteKeyPairs({ KeyIds: [gone!.KeyId!] });
    expect(await errorCodeOf(h.client.RunInstances({ LaunchTemplate: { LaunchTemplateId: stale } }))).toBe("InvalidParameterValue.KeyPairNotFound");
    expect((await h.client.DescribeInstances({})).TotalCount).toBe(1);
  });

  it("RunInstances: a ClientToken retry with a LaunchTemplate answers the first InstanceIdSet", async () => {
    const id = await createTemplate({ InstanceCount: 1 });
    const first = await h.client.RunInstances({ LaunchTemplate: { LaunchTemplateId: id }, ClientToken: "lt-launch-1" });
    const retry = await h.client.RunInstances({ LaunchTemplate: { LaunchTemplateId: id }, ClientToken: "lt-launch-1" });
    expect(retry.InstanceIdSet).toEqual(first.InstanceIdSet);
    expect((await h.client.DescribeInstances({})).TotalCount).toBe(1);
  });

  it("InquiryPriceRunInstances: quoting a LaunchTemplate quotes what it would launch (its type and count)", async () => {
    const id = await createTemplate({ InstanceType: "S5.LARGE8", InstanceCount: 3 });
    const base = { Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7" };
    const viaTemplate = await h.client.InquiryPriceRunInstances({ ...base, LaunchTemplate: { LaunchTemplateId: id } });
    const explicit = await h.client.InquiryPriceRunInstances({ ...base, InstanceType: "S5.LARGE8", InstanceCount: 3 });
    const small = await h.client.InquiryPriceRunInstances({ ...base, InstanceType: "S5.MEDIUM4", InstanceCount: 1 });
    expect(viaTemplate.Price).toEqual(explicit.Price);
    expect(viaTemplate.Price?.InstancePrice?.UnitPrice).toBeGreaterThan(small.Price?.InstancePrice?.UnitPrice ?? Infinity);
  });
});
