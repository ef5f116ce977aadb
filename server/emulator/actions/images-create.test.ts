// CreateImage (seed 27699–28054) through the official SDK: from an instance or from snapshots, CREATING → NORMAL on
// the (faked) clock, the instance busy meanwhile, the documented refusals; and persistence across a restart.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_ACCOUNT } from "../accounts";
import { IMAGE_QUOTA } from "../state/quota";
import { describeOne, launchOne, stateOf } from "../state/instances/lifecycle.testing";
import { IMAGE_DURATIONS_MS } from "../state/images/timing";
import { IMAGE_SETTLE_MS, imageOf, importRequest, normalImage, runningInstance, startImageHarness, type ImageHarness } from "../state/images/images.testing";
import { errorCodeOf } from "../testing";

let h: ImageHarness;
beforeAll(async () => {
  h = await startImageHarness();
});
afterAll(() => h.close());
// Each test starts from an empty demo account (the image quota is per region) in a fresh rate-limit second.
beforeEach(() => {
  h.emu.runtime.store.reset(DEMO_ACCOUNT.ownerUin);
  h.elapse(1_000);
});

let names = 0;
const fresh = (base = "img") => `${base}-${++names}`;

describe("CreateImage from an instance", () => {
  it("CreateImage: seed example (InstanceId + ImageName) → img- id, CREATING, then NORMAL after the creation time", async () => {
    const ins = await runningInstance(h);
    const { ImageId } = await h.client.CreateImage({ InstanceId: ins, ImageName: "myImage" });
    expect(ImageId).toMatch(/^img-[a-z0-9]{8}$/);
    const creating = await imageOf(h.client, ImageId!);
    expect(creating).toMatchObject({ ImageName: "myImage", ImageType: "PRIVATE_IMAGE", ImageState: "CREATING", ImageSource: "CREATE_IMAGE", ImageCreator: "100000000001" });
    expect(creating).toMatchObject({ OsName: "CentOS 7.9 64位", Platform: "CentOS", Architecture: "x86_64", ImageSize: 50, IsSupportCloudinit: true });
    h.elapse(IMAGE_DURATIONS_MS.CreateImage - 2_000);
    expect((await imageOf(h.client, ImageId!)).ImageState).toBe("CREATING");
    h.elapse(3_000);
    expect((await imageOf(h.client, ImageId!)).ImageState).toBe("NORMAL");
  });

  it("CreateImage: the instance is busy until the image is ready (StopInstances → OperationDenied.InstanceOperationInProgress), and stays RUNNING", async () => {
    const ins = await runningInstance(h);
    await h.client.CreateImage({ InstanceId: ins, ImageName: fresh() });
    const busy = await describeOne(h, ins);
    expect(busy).toMatchObject({ InstanceState: "RUNNING", LatestOperation: "CreateImage", LatestOperationState: "OPERATING" });
    expect(await errorCodeOf(h.client.StopInstances({ InstanceIds: [ins] }))).toBe("OperationDenied.InstanceOperationInProgress");
    h.elapse(IMAGE_SETTLE_MS);
    expect(await describeOne(h, ins)).toMatchObject({ InstanceState: "RUNNING", LatestOperation: "CreateImage", LatestOperationState: "SUCCESS" });
  });

  it("RunInstances from the image: InvalidParameterValue.InvalidImageState while CREATING, then launches with its OS", async () => {
    const ins = await runningInstance(h, { ImageId: "img-487zeit5" });
    const { ImageId } = await h.client.CreateImage({ InstanceId: ins, ImageName: fresh() });
    expect(await errorCodeOf(h.client.RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId }))).toBe("InvalidParameterValue.InvalidImageState");
    expect(await errorCodeOf(h.client.InquiryPriceRunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: ImageId! }))).toBe("InvalidParameterValue.InvalidImageState");
    h.elapse(IMAGE_SETTLE_MS);
    const launched = await launchOne(h, { ImageId });
    expect(await describeOne(h, launched)).toMatchObject({ ImageId, OsName: "Ubuntu Server 22.04 LTS 64位" });
  });

  it("CreateImage: ForcePoweroff=true on a RUNNING instance → STOPPING, and STOPPED when the image is ready", async () => {
    const ins = await runningInstance(h);
    const { ImageId } = await h.client.CreateImage({ InstanceId: ins, ImageName: fresh(), ForcePoweroff: "true" });
    expect(await stateOf(h, ins)).toBe("STOPPING");
    h.elapse(IMAGE_SETTLE_MS);
    expect(await stateOf(h, ins)).toBe("STOPPED");
    expect((await imageOf(h.client, ImageId!)).ImageState).toBe("NORMAL");
  });

  it("CreateImage: a STOPPED instance can be imaged and stays STOPPED", async () => {
    const ins = await runningInstance(h);
    await h.client.StopInstances({ InstanceIds: [ins] });
    h.elapse(IMAGE_SETTLE_MS);
    h.elapse(1_000);
    await h.client.CreateImage({ InstanceId: ins, ImageName: fresh() });
    h.elapse(IMAGE_SETTLE_MS);
    expect(await stateOf(h, ins)).toBe("STOPPED");
  });

  it("CreateImage: DataDiskIds add DATA_DISK snapshots beside the system disk's", async () => {
    const ins = await runningInstance(h, { DataDisks: [{ DiskType: "CLOUD_PREMIUM", DiskSize: 100 }] });
    const disk = (await describeOne(h, ins)).DataDisks![0].DiskId!;
    const { ImageId } = await h.client.CreateImage({ InstanceId: ins, ImageName: fresh(), DataDiskIds: [disk] });
    const snaps = (await imageOf(h.client, ImageId!)).SnapshotSet!;
    expect(snaps.map((s) => [s.DiskUsage, s.DiskSize])).toEqual([["SYSTEM_DISK", 50], ["DATA_DISK", 100]]);
  });

  it("CreateImage: tags, description and family are kept; DescribeImageFromFamily finds the image once NORMAL", async () => {
    const ins = await runningInstance(h);
    const { ImageId } = await h.client.CreateImage({
      InstanceId: ins,
      ImageName: fresh(),
      ImageDescription: "MyImageDescription",
      ImageFamily: "business-daily-update",
      TagSpecification: [{ ResourceType: "image", Tags: [{ Key: "team", Value: "web" }] }],
    });
    expect((await h.client.DescribeImageFromFamily({ ImageFamily: "business-daily-update" })).Image).toBeNull();
    h.elapse(IMAGE_SETTLE_MS);
    const img = (await h.client.DescribeImageFromFamily({ ImageFamily: "business-daily-update" })).Image!;
    expect(img).toMatchObject({ ImageId, ImageDescription: "MyImageDescription", ImageFamily: "business-daily-update", Tags: [{ Key: "team", Value: "web" }] });
  });

  it("CreateImage: DryRun checks and creates nothing", async () => {
    const ins = await runningInstance(h);
    const before = (await h.client.DescribeImageQuota()) && (await h.client.DescribeImages({ Filters: [{ Name: "image-type", Values: ["PRIVATE_IMAGE"] }] })).TotalCount;
    expect((await h.client.CreateImage({ InstanceId: ins, ImageName: fresh(), DryRun: true })).ImageId).toBe("");
    expect((await h.client.DescribeImages({ Filters: [{ Name: "image-type", Values: ["PRIVATE_IMAGE"] }] })).TotalCount).toBe(before);
    expect((await describeOne(h, ins)).LatestOperation).toBe("RunInstances");
  });

  it("CreateImage: an instance stopping → UnsupportedOperation.InstanceStateStopping; launching → OperationDenied.InstanceOperationInProgress", async () => {
    const ins = await runningInstance(h);
    await h.client.StopInstances({ InstanceIds: [ins] });
    expect(await errorCodeOf(h.client.CreateImage({ InstanceId: ins, ImageName: fresh() }))).toBe("UnsupportedOperation.InstanceStateStopping");
    const pending = await launchOne(h);
    expect(await errorCodeOf(h.client.CreateImage({ InstanceId: pending, ImageName: fresh() }))).toBe("OperationDenied.InstanceOperationInProgress");
  });

  it("CreateImage: a LAUNCH_FAILED instance → InvalidInstance.NotSupported", async () => {
    h.emu.runtime.faults.set({ action: "RunInstances", kind: "launchFailed", probability: 1, latencyMs: 0 });
    const ins = await launchOne(h);
    h.emu.runtime.faults.clear("RunInstances");
    h.elapse(IMAGE_SETTLE_MS);
    expect(await errorCodeOf(h.client.CreateImage({ InstanceId: ins, ImageName: fresh() }))).toBe("InvalidInstance.NotSupported");
  });

  it("CreateImage: refusals of the request itself", async () => {
    const ins = await runningInstance(h);
    const other = await runningInstance(h);
    const otherDisk = (await describeOne(h, other)).SystemDisk!.DiskId!;
    const own = (await describeOne(h, ins)).SystemDisk!.DiskId!;
    const cases: [Parameters<typeof h.client.CreateImage>[0], string][] = [
      [{ ImageName: fresh() }, "InvalidParameter.SpecifyOneParameter"],
      [{ ImageName: fresh(), InstanceId: ins, SnapshotIds: ["snap-aaaaaaaa"] }, "InvalidParameterConflict"],
      [{ ImageName: fresh(), SnapshotIds: ["snap-aaaaaaaa"], DataDiskIds: ["disk-aaaaaaaa"] }, "InvalidParameter.InvalidDependence"],
      [{ ImageName: fresh(), InstanceId: "ins-zzzzzzzz" }, "InvalidInstanceId.NotFound"],
      [{ ImageName: fresh(), InstanceId: ins, DataDiskIds: [own] }, "InvalidParameter.DataDiskIdContainsRootDisk"],
      [{ ImageName: fresh(), InstanceId: ins, DataDiskIds: [otherDisk] }, "InvalidParameter.DataDiskNotBelongSpecifiedInstance"],
      [{ ImageName: "x".repeat(61), InstanceId: ins }, "InvalidParameter.ValueTooLarge"],
      [{ ImageName: fresh(), InstanceId: ins, ImageDescription: "d".repeat(257) }, "InvalidParameter.ValueTooLarge"],
      [{ ImageName: fresh(), InstanceId: ins, ImageFamily: "Bad_Family" }, "InvalidParameterValue.InvalidImageFamily"],
      [{ ImageName: fresh(), InstanceId: ins, ForcePoweroff: "yes" }, "InvalidParameterValue"],
      [{ ImageName: fresh(), SnapshotIds: ["snap-zzzzzzzz"] }, "InvalidParameter.SnapshotNotFound"],
    ];
    for (const [req, code] of cases) {
      h.elapse(1_000);
      expect(await errorCodeOf(h.client.CreateImage(req)), JSON.stringify(req)).toBe(code);
    }
  });

  it("CreateImage: a name already used in the region → InvalidImageName.Duplicate", async () => {
    await normalImage(h, "dup-name");
    const ins = await runningInstance(h);
    expect(await errorCodeOf(h.client.CreateImage({ InstanceId: ins, ImageName: "dup-name" }))).toBe("InvalidImageName.Duplicate");
  });
});

describe("CreateImage from snapshots", () => {
  it("CreateImage: SnapshotIds of an earlier image (one system disk snapshot) → a new image of the same OS", async () => {
    const ins = await runningInstance(h, { ImageId: "img-487zeit5" });
    const { ImageId: first } = await h.client.CreateImage({ InstanceId: ins, ImageName: fresh() });
    h.elapse(IMAGE_SETTLE_MS);
    const snaps = (await imageOf(h.client, first!)).SnapshotSet!;
    h.elapse(1_000);
    const { ImageId } = await h.client.CreateImage({ SnapshotIds: [snaps[0].SnapshotId!], ImageName: fresh() });
    expect(await imageOf(h.client, ImageId!)).toMatchObject({ OsName: "Ubuntu Server 22.04 LTS 64位", Platform: "Ubuntu", ImageState: "CREATING", SnapshotSet: snaps });
  });

  it("CreateImage: SnapshotIds without a system disk snapshot → InvalidParameter.SystemSnapshotNotFound; two → DuplicateSystemSnapshots", async () => {
    const ins = await runningInstance(h, { DataDisks: [{ DiskType: "CLOUD_PREMIUM", DiskSize: 60 }] });
    const disk = (await describeOne(h, ins)).DataDisks![0].DiskId!;
    const { ImageId: a } = await h.client.CreateImage({ InstanceId: ins, ImageName: fresh(), DataDiskIds: [disk] });
    h.elapse(IMAGE_SETTLE_MS);
    const ins2 = await runningInstance(h);
    const { ImageId: b } = await h.client.CreateImage({ InstanceId: ins2, ImageName: fresh() });
    const [sysA, dataA] = (await imageOf(h.client, a!)).SnapshotSet!;
    const [sysB] = (await imageOf(h.client, b!)).SnapshotSet!;
    expect(await errorCodeOf(h.client.CreateImage({ SnapshotIds: [dataA.SnapshotId!], ImageName: fresh() }))).toBe("InvalidParameter.SystemSnapshotNotFound");
    expect(await errorCodeOf(h.client.CreateImage({ SnapshotIds: [sysA.SnapshotId!, sysB.SnapshotId!], ImageName: fresh() }))).toBe("InvalidParameter.DuplicateSystemSnapshots");
  });
});

describe("speed modes", () => {
  it("describes:2 speed → the image stays CREATING for two DescribeImages calls, then NORMAL", async () => {
    const d = await startImageHarness({ mode: "describes", describes: 2 });
    try {
      const ins = await runningInstance(d);
      for (let i = 0; i < 3; i++) await d.client.DescribeInstances({ InstanceIds: [ins] });
      const { ImageId } = await d.client.CreateImage({ InstanceId: ins, ImageName: "held" });
      expect((await imageOf(d.client, ImageId!)).ImageState).toBe("CREATING");
      expect((await imageOf(d.client, ImageId!)).ImageState).toBe("CREATING");
      expect((await imageOf(d.client, ImageId!)).ImageState).toBe("NORMAL");
    } finally {
      await d.close();
    }
  });

  it("instant speed → NORMAL on the next read; overridesMs.CreateImage sets the realistic duration", async () => {
    const q = await startImageHarness({ mode: "instant" });
    const r = await startImageHarness({ mode: "realistic", overridesMs: { CreateImage: 5_000 } });
    try {
      const a = await runningInstance(q);
      expect((await imageOf(q.client, (await q.client.CreateImage({ InstanceId: a, ImageName: "now" })).ImageId!)).ImageState).toBe("NORMAL");
      const b = await runningInstance(r);
      const { ImageId } = await r.client.CreateImage({ InstanceId: b, ImageName: "five-seconds" });
      r.elapse(4_000);
      expect((await imageOf(r.client, ImageId!)).ImageState).toBe("CREATING");
      r.elapse(1_500);
      expect((await imageOf(r.client, ImageId!)).ImageState).toBe("NORMAL");
    } finally {
      await q.close();
      await r.close();
    }
  });
});

describe("imageFailed fault (POST /_emulator/faults)", () => {
  const faults = (method: "POST" | "DELETE", body?: unknown) =>
    fetch(`${h.emu.url}/_emulator/faults`, { method, headers: { "content-type": "application/json" }, ...(body ? { body: JSON.stringify(body) } : {}) });

  it("CreateImage under imageFailed → CREATING, then CREATEFAILED; the instance's CreateImage ends FAILED with the fault's message; the image cannot launch, and can be deleted", async () => {
    expect((await faults("POST", { action: "CreateImage", kind: "imageFailed", message: "snapshot of the system disk failed" })).status).toBe(200);
    try {
      const ins = await runningInstance(h);
      const { ImageId } = await h.client.CreateImage({ InstanceId: ins, ImageName: fresh() });
      expect((await imageOf(h.client, ImageId!)).ImageState).toBe("CREATING");
      h.elapse(IMAGE_SETTLE_MS);
      // seed 36804: ImageState CREATEFAILED (创建失败).
      expect((await imageOf(h.client, ImageId!)).ImageState).toBe("CREATEFAILED");
      expect(await describeOne(h, ins)).toMatchObject({
        InstanceState: "RUNNING",
        LatestOperation: "CreateImage",
        LatestOperationState: "FAILED",
        LatestOperationErrorMsg: "snapshot of the system disk failed",
      });
      expect(await errorCodeOf(h.client.RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId }))).toBe("InvalidParameterValue.InvalidImageState");
      await h.client.DeleteImages({ ImageIds: [ImageId!] });
      expect((await h.client.DescribeImages({ ImageIds: [ImageId!] })).TotalCount).toBe(0);
    } finally {
      await faults("DELETE");
    }
    // Without the rule, images are made again.
    const { ImageId: ok } = await h.client.CreateImage({ InstanceId: await runningInstance(h), ImageName: fresh() });
    h.elapse(IMAGE_SETTLE_MS);
    expect((await imageOf(h.client, ok!)).ImageState).toBe("NORMAL");
  });

  it("ImportImage under imageFailed → IMPORTING, then IMPORTFAILED; the rule applies to its action only", async () => {
    expect((await faults("POST", { action: "ImportImage", kind: "imageFailed" })).status).toBe(200);
    try {
      const { ImageId } = await h.client.ImportImage(importRequest(fresh("imported")));
      expect((await imageOf(h.client, ImageId!)).ImageState).toBe("IMPORTING");
      const { ImageId: created } = await h.client.CreateImage({ InstanceId: await runningInstance(h), ImageName: fresh() });
      h.elapse(IMAGE_SETTLE_MS);
      // seed 36804: ImageState IMPORTFAILED (导入失败).
      expect((await imageOf(h.client, ImageId!)).ImageState).toBe("IMPORTFAILED");
      expect((await imageOf(h.client, created!)).ImageState).toBe("NORMAL");
    } finally {
      await faults("DELETE");
    }
  });

  it("POST /_emulator/faults: imageFailed only on CreateImage / ImportImage; message only for launchFailed / imageFailed; probability with a seed replays", async () => {
    expect((await faults("POST", { action: "RunInstances", kind: "imageFailed" })).status).toBe(400);
    expect((await faults("POST", { action: "SyncImages", kind: "imageFailed" })).status).toBe(400);
    expect((await faults("POST", { action: "CreateImage", errorCode: "InternalError", message: "x" })).status).toBe(400);
    const rule = { action: "ImportImage", kind: "imageFailed", probability: 0.5, seed: 7 };
    const states = async () => {
      expect((await faults("POST", rule)).status).toBe(200);
      const ids: string[] = [];
      for (let i = 0; i < 6; i++) ids.push((await h.client.ImportImage(importRequest(fresh("roll")))).ImageId!);
      h.elapse(IMAGE_SETTLE_MS);
      return Promise.all(ids.map(async (id) => (await imageOf(h.client, id)).ImageState));
    };
    try {
      const first = await states();
      expect(first).toContain("IMPORTFAILED");
      expect(first).toContain("NORMAL");
      expect(await states()).toEqual(first);
    } finally {
      await faults("DELETE");
    }
  });
});

describe("CreateImage quota", () => {
  it("CreateImage: at the region's image quota → ImageQuotaLimitExceeded; deleting one frees a slot", async () => {
    const q = await startImageHarness({ mode: "instant" });
    try {
      const ins = await runningInstance(q);
      const ids: string[] = [];
      for (let i = 0; i < IMAGE_QUOTA; i++) {
        q.elapse(1_000);
        ids.push((await q.client.CreateImage({ InstanceId: ins, ImageName: `q-${i}` })).ImageId!);
      }
      q.elapse(1_000);
      expect(await errorCodeOf(q.client.CreateImage({ InstanceId: ins, ImageName: "one-too-many" }))).toBe("ImageQuotaLimitExceeded");
      expect(await errorCodeOf(q.client.ImportImage({ ImageUrl: "https://b-1.cos.ap-guangzhou.myqcloud.com/a.qcow2", ImageName: "imp", Architecture: "x86_64", OsType: "CentOS", OsVersion: "7" }))).toBe("ImageQuotaLimitExceeded");
      await q.client.DeleteImages({ ImageIds: [ids[0]] });
      expect((await q.client.CreateImage({ InstanceId: ins, ImageName: "fits-again" })).ImageId).toMatch(/^img-/);
    } finally {
      await q.close();
    }
  });
});

describe("persistence", () => {
  it("custom images, their shares and pending work survive an emulator restart", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cvm-images-"));
    try {
      const dbPath = join(dir, "emulator.db");
      const first = await startImageHarness({ mode: "realistic" }, dbPath);
      const ins = await runningInstance(first);
      const { ImageId } = await first.client.CreateImage({ InstanceId: ins, ImageName: "kept" });
      await first.close();
      const second = await startImageHarness({ mode: "realistic" }, dbPath);
      try {
        expect((await imageOf(second.client, ImageId!)).ImageState).toBe("CREATING");
        second.elapse(IMAGE_SETTLE_MS);
        expect(await imageOf(second.client, ImageId!)).toMatchObject({ ImageName: "kept", ImageState: "NORMAL" });
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
