import { afterAll, beforeAll, describe as group, expect, it } from "vitest";
import { describe, launchRunning, launchStopped, regionClient, SETTLE_MS } from "../state/changes/changes.testing";
import { DISASTER_RECOVER_GROUP_KIND, type GroupRecord } from "../state/changes/placement-groups";
import { startHarness, type LifecycleHarness } from "../state/instances/lifecycle.testing";
import { securityGroupsOf } from "../state/security-groups/catalog";
import { errorCodeOf } from "../testing";

let h: LifecycleHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const modify = (ids: string[], extra: object) => h.client.ModifyInstancesAttribute({ InstanceIds: ids, ...extra });

group("ModifyInstancesAttribute", () => {
  it("ModifyInstancesAttribute: the seed's example renames two instances at once (LatestOperationState SUCCESS)", async () => {
    const ids = await launchRunning(h, { InstanceCount: 2 });
    const res = await modify(ids, { InstanceName: "Mysql_Server" });
    for (const id of ids) {
      expect(await describe(h.client, id)).toMatchObject({ InstanceName: "Mysql_Server", InstanceState: "RUNNING", LatestOperation: "ModifyInstancesAttribute", LatestOperationState: "SUCCESS", LatestOperationRequestId: res.RequestId });
    }
  });

  it("ModifyInstancesAttribute: a new HostName reboots a RUNNING instance (REBOOTING → RUNNING) unless AutoReboot is false", async () => {
    const [a, b] = await launchRunning(h, { InstanceCount: 2 });
    await modify([a], { HostName: "db-01.internal" });
    expect(await describe(h.client, a)).toMatchObject({ InstanceState: "REBOOTING", HostName: "db-01.internal", LatestOperationState: "OPERATING" });
    await modify([b], { HostName: "db-02", AutoReboot: false });
    expect(await describe(h.client, b)).toMatchObject({ InstanceState: "RUNNING", HostName: "db-02", LatestOperationState: "SUCCESS" });
    h.elapse(SETTLE_MS);
    expect(await describe(h.client, a)).toMatchObject({ InstanceState: "RUNNING", LatestOperationState: "SUCCESS" });
  });

  it("ModifyInstancesAttribute: security groups are replaced; > 5 → LimitExceeded.AssociateUSGLimitExceeded; unknown or malformed → InvalidSecurityGroupId.NotFound", async () => {
    const [id] = await launchRunning(h);
    const groups = securityGroupsOf(h.ctx.scope).map((g) => g.SecurityGroupId);
    await modify([id], { SecurityGroups: [groups[2], groups[1]] });
    expect((await describe(h.client, id)).SecurityGroupIds).toEqual([groups[2], groups[1]]);
    expect(await errorCodeOf(modify([id], { SecurityGroups: groups }))).toBe("LimitExceeded.AssociateUSGLimitExceeded");
    // The seed's example id (seed 15700) is not one of this account's groups.
    expect(await errorCodeOf(modify([id], { SecurityGroups: ["sg-rf6ogz49"] }))).toBe("InvalidSecurityGroupId.NotFound");
    expect(await errorCodeOf(modify([id], { SecurityGroups: ["sg-1"] }))).toBe("InvalidSecurityGroupId.NotFound");
    expect((await describe(h.client, id)).SecurityGroupIds).toEqual([groups[2], groups[1]]);
  });

  it("ModifyInstancesAttribute: CamRoleName binds, an empty one unbinds; a malformed one → InvalidParameterValue.CamRoleNameMalformed", async () => {
    const [id] = await launchRunning(h);
    await modify([id], { CamRoleName: "TKE_QCSLinkedRoleInPrometheusService", CamRoleType: "service_linked" });
    expect((await describe(h.client, id)).CamRoleName).toBe("TKE_QCSLinkedRoleInPrometheusService");
    await modify([id], { CamRoleName: "" });
    expect((await describe(h.client, id)).CamRoleName).toBeNull();
    expect(await errorCodeOf(modify([id], { CamRoleName: "bad role!" }))).toBe("InvalidParameterValue.CamRoleNameMalformed");
    expect(await errorCodeOf(modify([id], { CamRoleName: "x", CamRoleType: "admin" }))).toBe("InvalidParameterValue");
  });

  it("ModifyInstancesAttribute: DisableApiTermination protects the instance from TerminateInstances until turned off", async () => {
    const [id] = await launchRunning(h);
    await modify([id], { DisableApiTermination: true });
    expect((await describe(h.client, id)).DisableApiTermination).toBe(true);
    expect(await errorCodeOf(h.client.TerminateInstances({ InstanceIds: [id] }))).toBe("UnsupportedOperation.InstancesProtected");
    await modify([id], { DisableApiTermination: false });
    await h.client.TerminateInstances({ InstanceIds: [id] });
  });

  it("ModifyInstancesAttribute: name over 60 → InvalidInstanceName.TooLong; nothing to change → MissingParameter; bad UserData / Windows host name → documented codes", async () => {
    const [id] = await launchRunning(h);
    expect(await errorCodeOf(modify([id], { InstanceName: "n".repeat(61) }))).toBe("InvalidInstanceName.TooLong");
    expect(await errorCodeOf(modify([id], {}))).toBe("MissingParameter");
    expect(await errorCodeOf(modify([id], { UserData: "%%%" }))).toBe("InvalidParameterValue.InvalidUserDataFormat");
    const [win] = await launchRunning(h, { ImageId: "img-9id7emv8", InstanceType: "S5.MEDIUM4" });
    expect(await errorCodeOf(modify([win], { HostName: "web.01" }))).toBe("InvalidParameterValue.IllegalHostName");
    await modify([id], { HostName: "web.01", AutoReboot: false });
  });

  it("ModifyInstancesAttribute: a STOPPING instance → UnsupportedOperation.InstanceStateStopping; a PENDING one → …InstanceStatePending", async () => {
    const [id] = await launchRunning(h);
    await h.client.StopInstances({ InstanceIds: [id] });
    expect(await errorCodeOf(modify([id], { InstanceName: "x" }))).toBe("UnsupportedOperation.InstanceStateStopping");
    const { InstanceIdSet } = await h.client.RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7" });
    expect(await errorCodeOf(modify(InstanceIdSet!, { InstanceName: "x" }))).toBe("UnsupportedOperation.InstanceStatePending");
  });
});

group("ModifyInstancesProject", () => {
  it("ModifyInstancesProject: the seed's example moves two instances to project 1045 (filterable by project-id)", async () => {
    const ids = await launchRunning(h, { InstanceCount: 2 });
    await h.client.ModifyInstancesProject({ ProjectId: 1045, InstanceIds: ids });
    for (const id of ids) expect(await describe(h.client, id)).toMatchObject({ Placement: { ProjectId: 1045 }, LatestOperation: "ModifyInstancesProject" });
    const found = await h.client.DescribeInstances({ Filters: [{ Name: "project-id", Values: ["1045"] }] });
    expect(found.InstanceSet!.map((i) => i.InstanceId).sort()).toEqual([...ids].sort());
  });

  it("ModifyInstancesProject: a negative project → InvalidProjectId.NotFound; a malformed id → InvalidInstanceId.Malformed", async () => {
    const [id] = await launchRunning(h);
    expect(await errorCodeOf(h.client.ModifyInstancesProject({ ProjectId: -1, InstanceIds: [id] }))).toBe("InvalidProjectId.NotFound");
    expect(await errorCodeOf(h.client.ModifyInstancesProject({ ProjectId: 1, InstanceIds: ["i-123"] }))).toBe("InvalidInstanceId.Malformed");
  });
});

group("DescribeInstancesAttributes", () => {
  it("DescribeInstancesAttributes: UserData as given at launch, \"\" when none; unknown attribute → InvalidParameterValue", async () => {
    const [withData] = await launchRunning(h, { UserData: "TXlVc2VyRGF0YQo=" });
    const [without] = await launchRunning(h);
    const res = await h.client.DescribeInstancesAttributes({ Attributes: ["UserData"], InstanceIds: [withData, without] });
    expect(res.InstanceSet).toEqual([
      { InstanceId: withData, Attributes: { UserData: "TXlVc2VyRGF0YQo=" } },
      { InstanceId: without, Attributes: { UserData: "" } },
    ]);
    await h.client.ModifyInstancesAttribute({ InstanceIds: [without], UserData: "bmV3" });
    expect((await h.client.DescribeInstancesAttributes({ Attributes: ["UserData"], InstanceIds: [without] })).InstanceSet![0].Attributes!.UserData).toBe("bmV3");
    expect(await errorCodeOf(h.client.DescribeInstancesAttributes({ Attributes: ["Password"], InstanceIds: [without] }))).toBe("InvalidParameterValue");
  });

  it("DescribeInstancesAttributes: malformed id → InvalidParameterValue.InstanceIdMalformed; unknown → InvalidInstanceId.NotFound", async () => {
    expect(await errorCodeOf(h.client.DescribeInstancesAttributes({ Attributes: ["UserData"], InstanceIds: ["ins-1"] }))).toBe("InvalidParameterValue.InstanceIdMalformed");
    expect(await errorCodeOf(h.client.DescribeInstancesAttributes({ Attributes: ["UserData"], InstanceIds: ["ins-00000000"] }))).toBe("InvalidInstanceId.NotFound");
  });
});

group("ModifyInstancesDisasterRecoverGroup", () => {
  const putGroup = (id: string, quota: number, members: string[] = []) =>
    h.emu.runtime.store.put<GroupRecord>(h.ctx.scope, DISASTER_RECOVER_GROUP_KIND, id, {
      DisasterRecoverGroupId: id, Name: "spread", Type: "HOST", CvmQuotaTotal: quota, CurrentNum: members.length, InstanceIds: members, CreateTime: "2025-01-01T00:00:00Z",
    });

  it("ModifyInstancesDisasterRecoverGroup: malformed group → …DisasterRecoverGroupIdMalformed; unknown (the seed's ps-a66w6rlb) → FailedOperation.DisasterRecoverGroupNotFound", async () => {
    const [id] = await launchRunning(h);
    expect(await errorCodeOf(h.client.ModifyInstancesDisasterRecoverGroup({ InstanceIds: [id], DisasterRecoverGroupId: "ps-1" }))).toBe("InvalidParameterValue.DisasterRecoverGroupIdMalformed");
    expect(await errorCodeOf(h.client.ModifyInstancesDisasterRecoverGroup({ InstanceIds: [id], DisasterRecoverGroupId: "ps-a66w6rlb" }))).toBe("FailedOperation.DisasterRecoverGroupNotFound");
  });

  it("ModifyInstancesDisasterRecoverGroup: joins a group (both sides updated), refuses a second join and an overfull group, leaves without a group id", async () => {
    const [a, b, c] = await launchRunning(h, { InstanceCount: 3 });
    putGroup("ps-aaaa1111", 2);
    await h.client.ModifyInstancesDisasterRecoverGroup({ InstanceIds: [a], DisasterRecoverGroupId: "ps-aaaa1111" });
    expect(await describe(h.client, a)).toMatchObject({ DisasterRecoverGroupId: "ps-aaaa1111", LatestOperation: "ModifyInstancesDisasterRecoverGroup", LatestOperationState: "SUCCESS" });
    expect(h.emu.runtime.store.get<GroupRecord>(h.ctx.scope, DISASTER_RECOVER_GROUP_KIND, "ps-aaaa1111")).toMatchObject({ InstanceIds: [a], CurrentNum: 1 });
    expect(await errorCodeOf(h.client.ModifyInstancesDisasterRecoverGroup({ InstanceIds: [a], DisasterRecoverGroupId: "ps-aaaa1111" }))).toBe("FailedOperation.AlreadyInDisasterRecoverGroup");
    expect(await errorCodeOf(h.client.ModifyInstancesDisasterRecoverGroup({ InstanceIds: [b, c], DisasterRecoverGroupId: "ps-aaaa1111" }))).toBe("ResourceInsufficient.DisasterRecoverGroupCvmQuota");
    await h.client.ModifyInstancesDisasterRecoverGroup({ InstanceIds: [a] });
    expect((await describe(h.client, a)).DisasterRecoverGroupId).toBe("");
    expect(h.emu.runtime.store.get<GroupRecord>(h.ctx.scope, DISASTER_RECOVER_GROUP_KIND, "ps-aaaa1111")!.InstanceIds).toEqual([]);
  });

  it("ModifyInstancesDisasterRecoverGroup: Force with local disks → InvalidParameterValue.NotSupported; STOPPING → …InstanceStateStopping", async () => {
    const sh = regionClient(h, "ap-shanghai");
    const [local] = await launchRunning(h, { Placement: { Zone: "ap-shanghai-2" }, InstanceType: "S2.SMALL1", SystemDisk: { DiskType: "LOCAL_BASIC", DiskSize: 50 } }, sh);
    expect(await errorCodeOf(sh.ModifyInstancesDisasterRecoverGroup({ InstanceIds: [local], Force: true }))).toBe("InvalidParameterValue.NotSupported");
    const id = await launchStopped(h);
    await h.client.StartInstances({ InstanceIds: [id] });
    h.elapse(SETTLE_MS);
    await h.client.StopInstances({ InstanceIds: [id] });
    expect(await errorCodeOf(h.client.ModifyInstancesDisasterRecoverGroup({ InstanceIds: [id] }))).toBe("UnsupportedOperation.InstanceStateStopping");
  });
});
