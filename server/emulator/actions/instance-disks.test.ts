import { afterAll, beforeAll, describe as group, expect, it } from "vitest";
import { describe, launchRunning, launchStopped, regionClient, SETTLE_MS } from "../state/changes/changes.testing";
import { startHarness, type LifecycleHarness } from "../state/instances/lifecycle.testing";
import { errorCodeOf, sdkClient, type CvmClient } from "../testing";

let h: LifecycleHarness;
let sh: CvmClient;
beforeAll(async () => {
  h = await startHarness();
  sh = regionClient(h, "ap-shanghai");
});
afterAll(() => h.close());

const cloudData = { SystemDisk: { DiskType: "CLOUD_PREMIUM", DiskSize: 50 }, DataDisks: [{ DiskType: "CLOUD_PREMIUM", DiskSize: 50 }] };
/** Legacy S2 in ap-shanghai-2 still takes local disks (LOCAL_BASIC). */
const legacyLocal = (data: boolean) => ({
  Placement: { Zone: "ap-shanghai-2" },
  InstanceType: "S2.SMALL1",
  SystemDisk: { DiskType: "LOCAL_BASIC", DiskSize: 50 },
  ...(data ? { DataDisks: [{ DiskType: "LOCAL_BASIC", DiskSize: 50 }] } : {}),
});

group("ResizeInstanceDisks", () => {
  it("ResizeInstanceDisks: the seed's example (GET DataDisks.0.DiskSize=100) grows the data disk of a STOPPED instance", async () => {
    const id = await launchStopped(h, cloudData);
    const res = await sdkClient(h.emu.url, { reqMethod: "GET" }).ResizeInstanceDisks({ InstanceId: id, DataDisks: [{ DiskSize: 100 }] });
    expect(await describe(h.client, id)).toMatchObject({ InstanceState: "STOPPED", LatestOperation: "ResizeInstanceDisks", LatestOperationState: "OPERATING", LatestOperationRequestId: res.RequestId });
    expect((await describe(h.client, id)).DataDisks![0].DiskSize).toBe(50);
    h.elapse(SETTLE_MS);
    const after = await describe(h.client, id);
    expect(after).toMatchObject({ InstanceState: "STOPPED", LatestOperationState: "SUCCESS" });
    expect(after.DataDisks![0]).toMatchObject({ DiskType: "CLOUD_PREMIUM", DiskSize: 100 });
  });

  it("ResizeInstanceDisks: the system disk grows (by DiskId-less SystemDisk)", async () => {
    const id = await launchStopped(h, cloudData);
    await h.client.ResizeInstanceDisks({ InstanceId: id, SystemDisk: { DiskSize: 80 } });
    h.elapse(SETTLE_MS);
    expect((await describe(h.client, id)).SystemDisk).toMatchObject({ DiskType: "CLOUD_PREMIUM", DiskSize: 80 });
  });

  it("ResizeInstanceDisks: SystemDisk and DataDisks together → InvalidParameter; neither → MissingParameter.AtLeastOne", async () => {
    const id = await launchStopped(h, cloudData);
    const both = h.client.ResizeInstanceDisks({ InstanceId: id, SystemDisk: { DiskSize: 80 }, DataDisks: [{ DiskSize: 100 }] });
    expect(await errorCodeOf(both)).toBe("InvalidParameter");
    expect(await errorCodeOf(h.client.ResizeInstanceDisks({ InstanceId: id }))).toBe("MissingParameter.AtLeastOne");
  });

  it("ResizeInstanceDisks: RUNNING → UnsupportedOperation.InstanceStateRunning; ResizeOnline stays RUNNING, ForceStop goes STOPPING → RUNNING", async () => {
    const [a, b] = await launchRunning(h, { ...cloudData, InstanceCount: 2 });
    expect(await errorCodeOf(h.client.ResizeInstanceDisks({ InstanceId: a, DataDisks: [{ DiskSize: 100 }] }))).toBe("UnsupportedOperation.InstanceStateRunning");
    await h.client.ResizeInstanceDisks({ InstanceId: a, DataDisks: [{ DiskSize: 100 }], ResizeOnline: true });
    await h.client.ResizeInstanceDisks({ InstanceId: b, DataDisks: [{ DiskSize: 100 }], ForceStop: true });
    expect(await describe(h.client, a)).toMatchObject({ InstanceState: "RUNNING", LatestOperationState: "OPERATING" });
    expect((await describe(h.client, b)).InstanceState).toBe("STOPPING");
    // In flight → the next change is refused.
    expect(await errorCodeOf(h.client.ResizeInstanceDisks({ InstanceId: a, DataDisks: [{ DiskSize: 200 }], ResizeOnline: true }))).toBe("OperationDenied.InstanceOperationInProgress");
    h.elapse(SETTLE_MS);
    for (const id of [a, b]) expect(await describe(h.client, id)).toMatchObject({ InstanceState: "RUNNING", DataDisks: [expect.objectContaining({ DiskSize: 100 })] });
  });

  it("ResizeInstanceDisks: only larger, in 10 GiB steps, one data disk, one that exists, same type → InvalidParameterValue", async () => {
    const id = await launchStopped(h, cloudData);
    const resize = (DataDisks: { DiskSize: number; DiskId?: string; DiskType?: string }[]) => errorCodeOf(h.client.ResizeInstanceDisks({ InstanceId: id, DataDisks }));
    expect(await resize([{ DiskSize: 40 }])).toBe("InvalidParameterValue");
    expect(await resize([{ DiskSize: 55 }])).toBe("InvalidParameterValue");
    expect(await resize([{ DiskSize: 100 }, { DiskSize: 100 }])).toBe("InvalidParameterValue");
    expect(await resize([{ DiskSize: 100, DiskId: "disk-zzzzzzzz" }])).toBe("InvalidParameterValue");
    expect(await resize([{ DiskSize: 100, DiskType: "CLOUD_SSD" }])).toBe("InvalidParameterValue");
  });

  it("ResizeInstanceDisks: a local data disk → UnsupportedOperation.InvalidDataDisk", async () => {
    const id = await launchStopped(h, legacyLocal(true), sh);
    expect(await errorCodeOf(sh.ResizeInstanceDisks({ InstanceId: id, DataDisks: [{ DiskSize: 100 }] }))).toBe("UnsupportedOperation.InvalidDataDisk");
  });
});

group("ModifyInstanceDiskType", () => {
  it("ModifyInstanceDiskType: the seed's example turns a STOPPED instance's local system disk into CLOUD_PREMIUM", async () => {
    const id = await launchStopped(h, legacyLocal(false), sh);
    const res = await sh.ModifyInstanceDiskType({ InstanceId: id, SystemDisk: { DiskType: "CLOUD_PREMIUM" } });
    expect(await describe(sh, id)).toMatchObject({ InstanceState: "STOPPED", LatestOperation: "ModifyInstanceDiskType", LatestOperationRequestId: res.RequestId });
    h.elapse(SETTLE_MS);
    expect((await describe(sh, id)).SystemDisk).toMatchObject({ DiskType: "CLOUD_PREMIUM", DiskSize: 50 });
  });

  it("ModifyInstanceDiskType: RUNNING → UnsupportedOperation.InstanceStateRunning", async () => {
    const [id] = await launchRunning(h, legacyLocal(false), sh);
    expect(await errorCodeOf(sh.ModifyInstanceDiskType({ InstanceId: id, SystemDisk: { DiskType: "CLOUD_PREMIUM" } }))).toBe("UnsupportedOperation.InstanceStateRunning");
  });

  it("ModifyInstanceDiskType: local system and data disks convert together; the data disk must fit the cloud type", async () => {
    const id = await launchStopped(h, legacyLocal(true), sh);
    expect(await errorCodeOf(sh.ModifyInstanceDiskType({ InstanceId: id, SystemDisk: { DiskType: "CLOUD_PREMIUM" } }))).toBe("InvalidParameter");
    const both = (dataType: string) => sh.ModifyInstanceDiskType({ InstanceId: id, SystemDisk: { DiskType: "CLOUD_PREMIUM" }, DataDisks: [{ DiskType: dataType, DiskSize: 50 }] });
    expect(await errorCodeOf(both("CLOUD_SSD"))).toBe("InvalidParameterValue.LocalDiskSizeRange");
    await both("CLOUD_PREMIUM");
    h.elapse(SETTLE_MS);
    const after = await describe(sh, id);
    expect([after.SystemDisk!.DiskType, after.DataDisks![0].DiskType]).toEqual(["CLOUD_PREMIUM", "CLOUD_PREMIUM"]);
  });

  it("ModifyInstanceDiskType: no local disk → InvalidParameter.InvalidInstanceNotSupported; a local or unsold target type → InvalidParameterValue / ResourceInsufficient.CloudDiskSoldOut", async () => {
    const cloud = await launchStopped(h, cloudData);
    expect(await errorCodeOf(h.client.ModifyInstanceDiskType({ InstanceId: cloud, SystemDisk: { DiskType: "CLOUD_SSD" } }))).toBe("InvalidParameter.InvalidInstanceNotSupported");
    const id = await launchStopped(h, legacyLocal(false), sh);
    expect(await errorCodeOf(sh.ModifyInstanceDiskType({ InstanceId: id, SystemDisk: { DiskType: "LOCAL_SSD" } }))).toBe("InvalidParameterValue");
    // The legacy S2 line has no CLOUD_TSSD.
    expect(await errorCodeOf(sh.ModifyInstanceDiskType({ InstanceId: id, SystemDisk: { DiskType: "CLOUD_TSSD" } }))).toBe("ResourceInsufficient.CloudDiskSoldOut");
  });
});
