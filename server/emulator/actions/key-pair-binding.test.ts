import { afterAll, beforeAll, describe as group, expect, it } from "vitest";
import { describe, launchRunning, launchStopped, prepaid, SETTLE_MS } from "../state/changes/changes.testing";
import { startHarness, type LifecycleHarness } from "../state/instances/lifecycle.testing";
import { errorCodeOf } from "../testing";

let h: LifecycleHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

let n = 0;
const newKey = async () => (await h.client.CreateKeyPair({ ProjectId: 0, KeyName: `key_${n++}` })).KeyPair!.KeyId!;
const associatedOf = async (keyId: string) => (await h.client.DescribeKeyPairs({ KeyIds: [keyId] })).KeyPairSet![0].AssociatedInstanceIds;
const associate = (InstanceIds: string[], KeyIds: string[], ForceStop?: boolean) => h.client.AssociateInstancesKeyPairs({ InstanceIds, KeyIds, ...(ForceStop !== undefined ? { ForceStop } : {}) });
const disassociate = (InstanceIds: string[], KeyIds: string[], ForceStop?: boolean) => h.client.DisassociateInstancesKeyPairs({ InstanceIds, KeyIds, ...(ForceStop !== undefined ? { ForceStop } : {}) });

group("AssociateInstancesKeyPairs", () => {
  it("AssociateInstancesKeyPairs: STOPPED instances get the keys when the operation lands; the keys list them", async () => {
    const [a, b] = [await launchStopped(h), await launchStopped(h)];
    const key = await newKey();
    const res = await associate([a, b], [key]);
    expect(await describe(h.client, a)).toMatchObject({ InstanceState: "STOPPED", LatestOperation: "AssociateInstancesKeyPairs", LatestOperationState: "OPERATING", LatestOperationRequestId: res.RequestId });
    expect(await associatedOf(key)).toEqual([]);
    h.elapse(SETTLE_MS);
    for (const id of [a, b]) expect(await describe(h.client, id)).toMatchObject({ InstanceState: "STOPPED", LoginSettings: { KeyIds: [key] }, LatestOperationState: "SUCCESS" });
    expect(await associatedOf(key)).toEqual([a, b]);
  });

  it("AssociateInstancesKeyPairs: RUNNING without ForceStop → UnsupportedOperation.InstanceStateRunning; with ForceStop it stops (STOPPING) and runs again", async () => {
    const [id] = await launchRunning(h);
    const key = await newKey();
    expect(await errorCodeOf(associate([id], [key]))).toBe("UnsupportedOperation.InstanceStateRunning");
    expect(await errorCodeOf(associate([id], [key], false))).toBe("UnsupportedOperation.InstanceStateRunning");
    await associate([id], [key], true);
    expect((await describe(h.client, id)).InstanceState).toBe("STOPPING");
    h.elapse(SETTLE_MS);
    expect(await describe(h.client, id)).toMatchObject({ InstanceState: "RUNNING", LoginSettings: { KeyIds: [key] }, LatestOperationState: "SUCCESS" });
  });

  it("AssociateInstancesKeyPairs: the new keys replace the ones the instance had (seed 29017)", async () => {
    const [k1, k2, k3] = [await newKey(), await newKey(), await newKey()];
    const id = await launchStopped(h, { LoginSettings: { KeyIds: [k1] } });
    expect(await associatedOf(k1)).toEqual([id]);
    await associate([id], [k2, k3]);
    h.elapse(SETTLE_MS);
    expect((await describe(h.client, id)).LoginSettings!.KeyIds).toEqual([k2, k3]);
    expect(await associatedOf(k1)).toEqual([]);
  });

  it("AssociateInstancesKeyPairs: a Windows instance → UnsupportedOperation.InstanceOsWindows; unknown / malformed keys and instances → their codes", async () => {
    const win = await launchStopped(h, { ImageId: "img-9id7emv8", InstanceType: "S5.MEDIUM4" });
    const key = await newKey();
    expect(await errorCodeOf(associate([win], [key]))).toBe("UnsupportedOperation.InstanceOsWindows");
    const id = await launchStopped(h);
    expect(await errorCodeOf(associate([id], ["skey-4e5ty7i8"]))).toBe("InvalidKeyPairId.NotFound");
    expect(await errorCodeOf(associate([id], ["skey-1122"]))).toBe("InvalidKeyPairId.Malformed");
    expect(await errorCodeOf(associate(["ins-1e4r6y8i"], [key]))).toBe("InvalidInstanceId.NotFound");
    expect(await errorCodeOf(associate(["ins-1122"], [key]))).toBe("InvalidInstanceId.Malformed");
    const keys = Array.from({ length: 101 }, (_, i) => `skey-${String(i).padStart(8, "0")}`);
    expect(await errorCodeOf(associate([id], keys))).toBe("InvalidParameterValue.LimitExceeded");
    expect((await describe(h.client, id)).LoginSettings!.KeyIds ?? null).toBeNull();
  });

  it("AssociateInstancesKeyPairs: the same call in flight → MutexOperation.TaskRunning; a launching instance → UnsupportedOperation.InstanceStatePending", async () => {
    const id = await launchStopped(h);
    const key = await newKey();
    await associate([id], [key]);
    expect(await errorCodeOf(associate([id], [key]))).toBe("MutexOperation.TaskRunning");
    expect(await errorCodeOf(h.client.StartInstances({ InstanceIds: [id] }))).toBe("OperationDenied.InstanceOperationInProgress");
    const { InstanceIdSet } = await h.client.RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7" });
    expect(await errorCodeOf(associate(InstanceIdSet!, [key], true))).toBe("UnsupportedOperation.InstanceStatePending");
    h.elapse(SETTLE_MS);
  });

  it("AssociateInstancesKeyPairs: an instance stopped without charging → UnsupportedOperation.StoppedModeStopCharging", async () => {
    const [id] = await launchRunning(h);
    await h.client.StopInstances({ InstanceIds: [id], StoppedMode: "STOP_CHARGING" });
    h.elapse(SETTLE_MS);
    expect(await errorCodeOf(associate([id], [await newKey()], true))).toBe("UnsupportedOperation.StoppedModeStopCharging");
  });
});

group("DisassociateInstancesKeyPairs / DeleteKeyPairs", () => {
  it("DisassociateInstancesKeyPairs: unbinds the keys (none left → KeyIds null); RUNNING without ForceStop → UnsupportedOperation.InstanceStateRunning", async () => {
    const [k1, k2] = [await newKey(), await newKey()];
    const id = await launchStopped(h, { LoginSettings: { KeyIds: [k1, k2] } });
    await disassociate([id], [k1]);
    h.elapse(SETTLE_MS);
    expect(await describe(h.client, id)).toMatchObject({ LoginSettings: { KeyIds: [k2] }, LatestOperation: "DisassociateInstancesKeyPairs", LatestOperationState: "SUCCESS" });
    await h.client.StartInstances({ InstanceIds: [id] });
    h.elapse(SETTLE_MS);
    expect(await errorCodeOf(disassociate([id], [k2]))).toBe("UnsupportedOperation.InstanceStateRunning");
    await disassociate([id], [k2], true);
    expect((await describe(h.client, id)).InstanceState).toBe("STOPPING");
    h.elapse(SETTLE_MS);
    const after = await describe(h.client, id);
    expect(after.InstanceState).toBe("RUNNING");
    expect(after.LoginSettings!.KeyIds ?? null).toBeNull();
    expect(await associatedOf(k2)).toEqual([]);
  });

  it("DeleteKeyPairs: a key bound to an instance (or being bound) → InvalidParameterValue.KeyPairNotSupported, and the batch is kept; free once unbound or the instance is gone", async () => {
    const [bound, free, binding] = [await newKey(), await newKey(), await newKey()];
    const [id] = await launchRunning(h, { LoginSettings: { KeyIds: [bound] } });
    expect(await errorCodeOf(h.client.DeleteKeyPairs({ KeyIds: [free, bound] }))).toBe("InvalidParameterValue.KeyPairNotSupported");
    expect((await h.client.DescribeKeyPairs({ KeyIds: [free, bound] })).TotalCount).toBe(2);
    const stopped = await launchStopped(h);
    await associate([stopped], [binding]);
    expect(await errorCodeOf(h.client.DeleteKeyPairs({ KeyIds: [binding] }))).toBe("InvalidParameterValue.KeyPairNotSupported");
    await h.client.TerminateInstances({ InstanceIds: [id] });
    h.elapse(SETTLE_MS);
    await h.client.DeleteKeyPairs({ KeyIds: [free, bound] });
    expect((await h.client.DescribeKeyPairs({ KeyIds: [free, bound] })).TotalCount).toBe(0);
  });

  it("DeleteKeyPairs: a prepaid instance in the recycle bin still holds its key", async () => {
    const key = await newKey();
    const [id] = await launchRunning(h, { ...prepaid(), LoginSettings: { KeyIds: [key] } });
    await h.client.TerminateInstances({ InstanceIds: [id] });
    h.elapse(SETTLE_MS);
    expect((await describe(h.client, id)).InstanceState).toBe("SHUTDOWN");
    expect(await errorCodeOf(h.client.DeleteKeyPairs({ KeyIds: [key] }))).toBe("InvalidParameterValue.KeyPairNotSupported");
  });
});
