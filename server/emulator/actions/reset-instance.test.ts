import { afterAll, beforeAll, describe as group, expect, it } from "vitest";
import { describe, launchRunning, launchStopped, prepaid, SETTLE_MS } from "../state/changes/changes.testing";
import { startHarness, type LifecycleHarness } from "../state/instances/lifecycle.testing";
import { SEED_PUBLIC_KEY } from "../state/keypairs/keypairs.testing";
import { errorCodeOf, sdkClient } from "../testing";

let h: LifecycleHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const UBUNTU = "img-dkwyg6sr";
const WINDOWS = "img-9id7emv8";

group("ResetInstance", () => {
  it("ResetInstance: the seed's example reinstalls a RUNNING instance (REBOOTING → RUNNING) with the new image and a larger system disk", async () => {
    const [id] = await launchRunning(h, { ImageId: UBUNTU });
    const res = await h.client.ResetInstance({
      InstanceId: id,
      SystemDisk: { DiskSize: 60 },
      EnhancedService: { SecurityService: { Enabled: true }, MonitorService: { Enabled: true } },
      LoginSettings: { Password: "Qcloud@TestApi123++" },
      ImageId: "img-pmqg1cw7",
    });
    expect(Object.keys(res)).toEqual(["RequestId"]);
    const during = await describe(h.client, id);
    expect(during).toMatchObject({ InstanceState: "REBOOTING", LatestOperation: "ResetInstance", LatestOperationState: "OPERATING", LatestOperationRequestId: res.RequestId });
    expect(during.ImageId).toBe(UBUNTU);
    h.elapse(SETTLE_MS);
    const after = await describe(h.client, id);
    expect(after).toMatchObject({ InstanceState: "RUNNING", LatestOperationState: "SUCCESS", ImageId: "img-pmqg1cw7", OsName: "CentOS 7.9 64位", DefaultLoginUser: "root" });
    expect(after.SystemDisk!.DiskSize).toBe(60);
    expect(after.SystemDisk!.DiskId).toBe(during.SystemDisk!.DiskId);
  });

  it("ResetInstance: a STOPPED instance is reinstalled and boots (STARTING → RUNNING), keeping its image when none is named", async () => {
    const id = await launchStopped(h);
    await h.client.ResetInstance({ InstanceId: id, HostName: "web-01.prod", UserData: "TXlVc2VyRGF0YQo" });
    expect((await describe(h.client, id)).InstanceState).toBe("STARTING");
    h.elapse(SETTLE_MS);
    expect(await describe(h.client, id)).toMatchObject({ InstanceState: "RUNNING", ImageId: "img-pmqg1cw7", HostName: "web-01.prod" });
    const attrs = await h.client.DescribeInstancesAttributes({ InstanceIds: [id], Attributes: ["UserData"] });
    expect(attrs.InstanceSet![0].Attributes!.UserData).toBe("TXlVc2VyRGF0YQo");
  });

  it("ResetInstance: while the reinstall runs → UnsupportedOperation.InstanceStateRebooting; a STOPPING instance → …InstanceStateStopping", async () => {
    const [a, b] = await launchRunning(h, { InstanceCount: 2 });
    await h.client.ResetInstance({ InstanceId: a });
    expect(await errorCodeOf(h.client.ResetInstance({ InstanceId: a }))).toBe("UnsupportedOperation.InstanceStateRebooting");
    await h.client.StopInstances({ InstanceIds: [b] });
    expect(await errorCodeOf(h.client.ResetInstance({ InstanceId: b }))).toBe("UnsupportedOperation.InstanceStateStopping");
  });

  it("ResetInstance: a PENDING instance → UnsupportedOperation.InstanceStatePending; a prepaid one in the recycle bin → …InstanceStateShutdown", async () => {
    const { InstanceIdSet } = await h.client.RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7" });
    expect(await errorCodeOf(h.client.ResetInstance({ InstanceId: InstanceIdSet![0] }))).toBe("UnsupportedOperation.InstanceStatePending");
    const [id] = await launchRunning(h, prepaid());
    await h.client.TerminateInstances({ InstanceIds: [id] });
    h.elapse(SETTLE_MS);
    expect(await errorCodeOf(h.client.ResetInstance({ InstanceId: id }))).toBe("UnsupportedOperation.InstanceStateShutdown");
  });

  it("ResetInstance: unknown and malformed instance ids → InvalidInstanceId.NotFound / .Malformed", async () => {
    expect(await errorCodeOf(h.client.ResetInstance({ InstanceId: "ins-00000000" }))).toBe("InvalidInstanceId.NotFound");
    expect(await errorCodeOf(h.client.ResetInstance({ InstanceId: "ins-1122" }))).toBe("InvalidInstanceId.Malformed");
  });

  it("ResetInstance: image checks — malformed, unknown, unfit for the type", async () => {
    const [id] = await launchRunning(h);
    expect(await errorCodeOf(h.client.ResetInstance({ InstanceId: id, ImageId: "img-1" }))).toBe("InvalidImageId.Malformed");
    expect(await errorCodeOf(h.client.ResetInstance({ InstanceId: id, ImageId: "img-zzzzzzzz" }))).toBe("InvalidImageId.NotFound");
    // An ARM image on an x86 type.
    expect(await errorCodeOf(h.client.ResetInstance({ InstanceId: id, ImageId: "img-3la7wgnt" }))).toBe("InvalidParameterValue.InvalidImageForGivenInstanceType");
    expect((await describe(h.client, id)).LatestOperation).toBe("RunInstances");
  });

  it("ResetInstance: the system disk only grows and keeps its type → InvalidParameterValue", async () => {
    const [id] = await launchRunning(h, { SystemDisk: { DiskType: "CLOUD_PREMIUM", DiskSize: 50 } });
    expect(await errorCodeOf(h.client.ResetInstance({ InstanceId: id, SystemDisk: { DiskSize: 40 } }))).toBe("InvalidParameterValue");
    expect(await errorCodeOf(h.client.ResetInstance({ InstanceId: id, SystemDisk: { DiskType: "CLOUD_SSD", DiskSize: 50 } }))).toBe("InvalidParameterValue");
  });

  it("ResetInstance: login settings — weak or Windows-short password, password with keys, keys on Windows, malformed key id", async () => {
    const [id] = await launchRunning(h, { InstanceType: "S5.MEDIUM4" });
    const reset = (extra: object) => errorCodeOf(h.client.ResetInstance({ InstanceId: id, ...extra }));
    expect(await reset({ LoginSettings: { Password: "short1" } })).toBe("InvalidParameterValue.InvalidPassword");
    expect(await reset({ ImageId: WINDOWS, LoginSettings: { Password: "Abcdefgh12" } })).toBe("InvalidParameterValue.InvalidPassword");
    expect(await reset({ LoginSettings: { Password: "Qcloud@TestApi123", KeyIds: ["skey-aaaaaaaa"] } })).toBe("InvalidParameter.ParameterConflict");
    expect(await reset({ ImageId: WINDOWS, LoginSettings: { KeyIds: ["skey-aaaaaaaa"] } })).toBe("UnsupportedOperation.KeyPairUnsupportedWindows");
    expect(await reset({ LoginSettings: { KeyIds: ["skey-1"] } })).toBe("InvalidKeyPairId.Malformed");
  });

  it("ResetInstance: a key pair that is not one of the region's → InvalidParameterValue.KeyPairNotFound (seed 21254), nothing starts", async () => {
    const [id] = await launchRunning(h);
    expect(await errorCodeOf(h.client.ResetInstance({ InstanceId: id, LoginSettings: { KeyIds: ["skey-abcd1234"] } }))).toBe("InvalidParameterValue.KeyPairNotFound");
    // A key of another region is not found either.
    const { KeyPair } = await sdkClient(h.emu.url, { region: "ap-shanghai" }).CreateKeyPair({ KeyName: "shanghai_key", ProjectId: 0 });
    expect(await errorCodeOf(h.client.ResetInstance({ InstanceId: id, LoginSettings: { KeyIds: [KeyPair!.KeyId!] } }))).toBe("InvalidParameterValue.KeyPairNotFound");
    expect(await describe(h.client, id)).toMatchObject({ InstanceState: "RUNNING", LatestOperation: "RunInstances" });
  });

  it("ResetInstance: HostName and UserData rules → InvalidParameterValue.IllegalHostName / .InvalidUserDataFormat", async () => {
    const [id] = await launchRunning(h);
    expect(await errorCodeOf(h.client.ResetInstance({ InstanceId: id, HostName: "-bad" }))).toBe("InvalidParameterValue.IllegalHostName");
    expect(await errorCodeOf(h.client.ResetInstance({ InstanceId: id, UserData: "not base64!" }))).toBe("InvalidParameterValue.InvalidUserDataFormat");
  });

  it("ResetInstance: keys replace the password and show in LoginSettings", async () => {
    const [id] = await launchRunning(h);
    const { KeyId } = await h.client.ImportKeyPair({ KeyName: "reset_key", ProjectId: 0, PublicKey: SEED_PUBLIC_KEY });
    await h.client.ResetInstance({ InstanceId: id, LoginSettings: { KeyIds: [KeyId!] } });
    h.elapse(SETTLE_MS);
    expect((await describe(h.client, id)).LoginSettings).toEqual({ KeyIds: [KeyId] });
    expect(h.emu.runtime.store.get<{ internal: { password?: string } }>(h.ctx.scope, "instance", id)!.internal.password).toBeUndefined();
  });
});

group("ResetInstancesPassword", () => {
  it("ResetInstancesPassword: the seed's example (GET, ForceStop) resets two RUNNING instances: STOPPING → RUNNING", async () => {
    const ids = await launchRunning(h, { InstanceCount: 2 });
    const res = await sdkClient(h.emu.url, { reqMethod: "GET" }).ResetInstancesPassword({ InstanceIds: ids, Password: "abc123ABC!@#", ForceStop: true });
    for (const id of ids) {
      expect(await describe(h.client, id)).toMatchObject({ InstanceState: "STOPPING", LatestOperation: "ResetInstancesPassword", LatestOperationRequestId: res.RequestId });
    }
    h.elapse(SETTLE_MS);
    for (const id of ids) expect(await describe(h.client, id)).toMatchObject({ InstanceState: "RUNNING", LatestOperationState: "SUCCESS" });
    expect(h.emu.runtime.store.get<{ internal: { password?: string } }>(h.ctx.scope, "instance", ids[0])!.internal.password).toBe("abc123ABC!@#");
  });

  it("ResetInstancesPassword: a STOPPED instance stays STOPPED while the password is reset", async () => {
    const id = await launchStopped(h);
    await h.client.ResetInstancesPassword({ InstanceIds: [id], Password: "abc123ABC!@#" });
    expect(await describe(h.client, id)).toMatchObject({ InstanceState: "STOPPED", LatestOperationState: "OPERATING" });
    h.elapse(SETTLE_MS);
    expect(await describe(h.client, id)).toMatchObject({ InstanceState: "STOPPED", LatestOperationState: "SUCCESS" });
  });

  it("ResetInstancesPassword: RUNNING without ForceStop → UnsupportedOperation.InstanceStateRunning; PENDING → …InstanceStatePending", async () => {
    const [id] = await launchRunning(h);
    expect(await errorCodeOf(h.client.ResetInstancesPassword({ InstanceIds: [id], Password: "abc123ABC!@#" }))).toBe("UnsupportedOperation.InstanceStateRunning");
    const { InstanceIdSet } = await h.client.RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7" });
    const pending = h.client.ResetInstancesPassword({ InstanceIds: InstanceIdSet!, Password: "abc123ABC!@#", ForceStop: true });
    expect(await errorCodeOf(pending)).toBe("UnsupportedOperation.InstanceStatePending");
  });

  it("ResetInstancesPassword: complexity — three kinds, no leading /, Windows rules for a batch with Windows → InvalidParameterValue.InvalidPassword", async () => {
    const linux = await launchStopped(h);
    const windows = await launchStopped(h, { ImageId: WINDOWS, InstanceType: "S5.MEDIUM4" });
    const reset = (ids: string[], Password: string) => errorCodeOf(h.client.ResetInstancesPassword({ InstanceIds: ids, Password }));
    expect(await reset([linux], "abcdefgh12")).toBe("InvalidParameterValue.InvalidPassword");
    expect(await reset([linux], "/abc123ABC")).toBe("InvalidParameterValue.InvalidPassword");
    // 10 characters pass on Linux but not in a batch with a Windows instance (12–30).
    await h.client.ResetInstancesPassword({ InstanceIds: [linux], Password: "abc123ABC!" });
    h.elapse(SETTLE_MS);
    expect(await reset([linux, windows], "abc123ABC!")).toBe("InvalidParameterValue.InvalidPassword");
  });

  it("ResetInstancesPassword: more than 100 instances → InvalidParameterValue.LimitExceeded; a 65-character UserName → InvalidParameterValue.TooLong", async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `ins-${String(i).padStart(8, "0")}`);
    expect(await errorCodeOf(h.client.ResetInstancesPassword({ InstanceIds: ids, Password: "abc123ABC!@#" }))).toBe("InvalidParameterValue.LimitExceeded");
    const id = await launchStopped(h);
    const long = h.client.ResetInstancesPassword({ InstanceIds: [id], Password: "abc123ABC!@#", UserName: "u".repeat(65) });
    expect(await errorCodeOf(long)).toBe("InvalidParameterValue.TooLong");
  });
});
