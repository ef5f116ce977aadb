import { afterAll, beforeAll, describe as group, expect, it } from "vitest";
import { describe, launchRunning, launchStopped, prepaid, SETTLE_MS } from "../state/changes/changes.testing";
import { startHarness, type LifecycleHarness } from "../state/instances/lifecycle.testing";
import { INSTANCE_KIND, type InstanceRecord } from "../state/instances/record";
import { securityGroupsOf } from "../state/security-groups/catalog";
import { MAX_INSTANCES_PER_SECURITY_GROUP } from "../state/security-groups/binding";
import { errorCodeOf, sdkClient } from "../testing";

let h: LifecycleHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** The demo groups of the demo account in ap-guangzhou: [default, web, ssh, rdp, intranet, open-all]. */
const groups = () => securityGroupsOf(h.ctx.scope).map((g) => g.SecurityGroupId);
const associate = (InstanceIds: string[], SecurityGroupIds: string[]) => h.client.AssociateSecurityGroups({ InstanceIds, SecurityGroupIds });
const disassociate = (InstanceIds: string[], SecurityGroupIds: string[]) => h.client.DisassociateSecurityGroups({ InstanceIds, SecurityGroupIds });

group("AssociateSecurityGroups", () => {
  it("AssociateSecurityGroups: the seed's example binds one group to two instances, after the default group, when the operation lands", async () => {
    const [def, web] = groups();
    const ids = await launchRunning(h, { InstanceCount: 2 });
    expect((await describe(h.client, ids[0])).SecurityGroupIds).toEqual([def]);
    const res = await associate([ids[1], ids[0]], [web]);
    expect(await describe(h.client, ids[0])).toMatchObject({ InstanceState: "RUNNING", SecurityGroupIds: [def], LatestOperation: "AssociateSecurityGroups", LatestOperationState: "OPERATING", LatestOperationRequestId: res.RequestId });
    h.elapse(SETTLE_MS);
    for (const id of ids) expect(await describe(h.client, id)).toMatchObject({ SecurityGroupIds: [def, web], LatestOperationState: "SUCCESS" });
    await associate(ids, [web]); // already bound: kept once, in place
    h.elapse(SETTLE_MS);
    expect((await describe(h.client, ids[0])).SecurityGroupIds).toEqual([def, web]);
  });

  it("AssociateSecurityGroups: a STOPPED instance takes a group too", async () => {
    const id = await launchStopped(h);
    await associate([id], [groups()[2]]);
    h.elapse(SETTLE_MS);
    expect(await describe(h.client, id)).toMatchObject({ InstanceState: "STOPPED", SecurityGroupIds: [groups()[0], groups()[2]] });
  });

  it("AssociateSecurityGroups: malformed → InvalidSgId.Malformed; not a group of the region → InvalidSecurityGroupId.NotFound; two groups → InvalidParameterValue.LimitExceeded", async () => {
    const [id] = await launchRunning(h);
    expect(await errorCodeOf(associate([id], ["sg-ide32"]))).toBe("InvalidSgId.Malformed");
    expect(await errorCodeOf(associate([id], ["sg-9id3l839"]))).toBe("InvalidSecurityGroupId.NotFound");
    const shanghai = securityGroupsOf({ ...h.ctx.scope, region: "ap-shanghai" })[1].SecurityGroupId;
    expect(await errorCodeOf(associate([id], [shanghai]))).toBe("InvalidSecurityGroupId.NotFound");
    expect(await errorCodeOf(associate([id], [groups()[1], groups()[2]]))).toBe("InvalidParameterValue.LimitExceeded");
    expect(await errorCodeOf(associate(["ins-2zvpghhc"], [groups()[1]]))).toBe("InvalidInstanceId.NotFound");
    expect(await errorCodeOf(associate(["ins-2zvp"], [groups()[1]]))).toBe("InvalidInstanceId.Malformed");
    const many = Array.from({ length: 101 }, (_, i) => `ins-${String(i).padStart(8, "0")}`);
    expect(await errorCodeOf(associate(many, [groups()[1]]))).toBe("InvalidParameterValue.LimitExceeded");
  });

  it("AssociateSecurityGroups: a sixth group → LimitExceeded.AssociateUSGLimitExceeded", async () => {
    const [id] = await launchRunning(h, { SecurityGroupIds: groups().slice(0, 5) });
    expect(await errorCodeOf(associate([id], [groups()[5]]))).toBe("LimitExceeded.AssociateUSGLimitExceeded");
  });

  it("AssociateSecurityGroups: PENDING → UnsupportedOperation.InstanceStatePending; the same call in flight → MutexOperation.TaskRunning; recycle bin → …InstanceStateIsolating", async () => {
    const { InstanceIdSet } = await h.client.RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7" });
    expect(await errorCodeOf(associate(InstanceIdSet!, [groups()[1]]))).toBe("UnsupportedOperation.InstanceStatePending");
    h.elapse(SETTLE_MS);
    await associate(InstanceIdSet!, [groups()[1]]);
    expect(await errorCodeOf(associate(InstanceIdSet!, [groups()[2]]))).toBe("MutexOperation.TaskRunning");
    const [pre] = await launchRunning(h, prepaid());
    await h.client.TerminateInstances({ InstanceIds: [pre] });
    expect(await errorCodeOf(associate([pre], [groups()[1]]))).toBe("OperationDenied.InstanceOperationInProgress");
    h.elapse(SETTLE_MS);
    expect(await errorCodeOf(associate([pre], [groups()[1]]))).toBe("UnsupportedOperation.InstanceStateIsolating");
  });

  it(`AssociateSecurityGroups: a group holding ${MAX_INSTANCES_PER_SECURITY_GROUP} instances → LimitExceeded.CvmsVifsPerSecGroupLimitExceeded`, async () => {
    const client = sdkClient(h.emu.url, { region: "ap-beijing" });
    const { InstanceIdSet } = await client.RunInstances({ Placement: { Zone: "ap-beijing-3" }, ImageId: "img-pmqg1cw7", InstanceCount: 2 });
    h.elapse(SETTLE_MS);
    const scope = { ...h.ctx.scope, region: "ap-beijing" };
    const full = securityGroupsOf(scope)[3].SecurityGroupId;
    // Fill the group behind the API with copies of one instance (launching 2000 would only be slower).
    const template = h.emu.runtime.store.get<InstanceRecord>(scope, INSTANCE_KIND, InstanceIdSet![0])!;
    h.emu.runtime.store.transaction(() => {
      for (let i = 0; i < MAX_INSTANCES_PER_SECURITY_GROUP; i++) {
        const InstanceId = `ins-f${String(i).padStart(7, "0")}`;
        h.emu.runtime.store.put(scope, INSTANCE_KIND, InstanceId, { ...template, InstanceId, SecurityGroupIds: [full] });
      }
    });
    expect(await errorCodeOf(client.AssociateSecurityGroups({ InstanceIds: [InstanceIdSet![1]], SecurityGroupIds: [full] }))).toBe("LimitExceeded.CvmsVifsPerSecGroupLimitExceeded");
  });
});

group("DisassociateSecurityGroups", () => {
  it("DisassociateSecurityGroups: the seed's example (GET) unbinds the group from both instances when the operation lands", async () => {
    const [def, web] = groups();
    const ids = await launchRunning(h, { InstanceCount: 2, SecurityGroupIds: [def, web] });
    const get = sdkClient(h.emu.url, { reqMethod: "GET" });
    await get.DisassociateSecurityGroups({ InstanceIds: ids, SecurityGroupIds: [web] });
    expect(await describe(h.client, ids[0])).toMatchObject({ SecurityGroupIds: [def, web], LatestOperation: "DisassociateSecurityGroups", LatestOperationState: "OPERATING" });
    h.elapse(SETTLE_MS);
    for (const id of ids) expect(await describe(h.client, id)).toMatchObject({ SecurityGroupIds: [def], LatestOperationState: "SUCCESS" });
  });

  it("DisassociateSecurityGroups: a group the instance lacks → FailedOperation.SecurityGroupActionFailed; its last group → UnsupportedOperation; unknown → InvalidSecurityGroupId.NotFound", async () => {
    const [def, web] = groups();
    const [id] = await launchRunning(h);
    expect(await errorCodeOf(disassociate([id], [web]))).toBe("FailedOperation.SecurityGroupActionFailed");
    expect(await errorCodeOf(disassociate([id], [def]))).toBe("UnsupportedOperation");
    expect(await errorCodeOf(disassociate([id], ["sg-9id3l839"]))).toBe("InvalidSecurityGroupId.NotFound");
    expect(await errorCodeOf(disassociate([id], ["sg-ide32"]))).toBe("InvalidSgId.Malformed");
    expect(await errorCodeOf(disassociate([id], [def, web]))).toBe("InvalidParameterValue.LimitExceeded");
  });

  it("DisassociateSecurityGroups: a group bound by ModifyInstancesAttribute can be unbound; in flight → OperationDenied.InstanceOperationInProgress", async () => {
    const [id] = await launchRunning(h);
    await h.client.ModifyInstancesAttribute({ InstanceIds: [id], SecurityGroups: [groups()[0], groups()[3]] });
    h.elapse(SETTLE_MS);
    await disassociate([id], [groups()[3]]);
    expect(await errorCodeOf(h.client.StopInstances({ InstanceIds: [id] }))).toBe("OperationDenied.InstanceOperationInProgress");
    h.elapse(SETTLE_MS);
    expect((await describe(h.client, id)).SecurityGroupIds).toEqual([groups()[0]]);
    await h.client.StopInstances({ InstanceIds: [id] });
    expect(await errorCodeOf(disassociate([id], [groups()[0]]))).toBe("OperationDenied.InstanceOperationInProgress");
  });
});
