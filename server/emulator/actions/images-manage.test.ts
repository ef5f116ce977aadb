// Managing custom images through the official SDK: SyncImages (seed 26353–26706), ModifyImageAttribute
// (seed 26707–26895), DeleteImages (seed 26896–27117), ImportImage (seed 27118–27419), ExportImages (seed 27420–27698),
// DescribeImageFromFamily (seed 28055–28262).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_ACCOUNT } from "../accounts";
import { launchOne } from "../state/instances/lifecycle.testing";
import { IMAGE_DURATIONS_MS } from "../state/images/timing";
import { IMAGE_SETTLE_MS, imageOf, importRequest, normalImage, runningInstance, startImageHarness, type ImageHarness } from "../state/images/images.testing";
import { errorCodeOf, sdkClient } from "../testing";

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

describe("SyncImages", () => {
  it("SyncImages: seed example 2 (ImageSetRequired) → a copy in each region, SYNCING with rising SyncPercent, then NORMAL at 100", async () => {
    const id = await normalImage(h, "golden");
    const res = await h.client.SyncImages({ ImageIds: [id], DestinationRegions: ["ap-shanghai", "ap-beijing"], ImageSetRequired: true });
    expect(res.ImageSet!.map((s) => s.Region)).toEqual(["ap-shanghai", "ap-beijing"]);
    const sh = h.in("ap-shanghai");
    const copyId = res.ImageSet![0].ImageId!;
    expect(copyId).toMatch(/^img-[a-z0-9]{8}$/);
    expect(await imageOf(sh, copyId)).toMatchObject({ ImageName: "golden", ImageState: "SYNCING", SyncPercent: 0, ImageType: "PRIVATE_IMAGE" });
    h.elapse(IMAGE_DURATIONS_MS.SyncImages / 2);
    const half = await imageOf(sh, copyId);
    expect(half.ImageState).toBe("SYNCING");
    expect(half.SyncPercent).toBeGreaterThanOrEqual(45);
    expect(half.SyncPercent).toBeLessThanOrEqual(55);
    h.elapse(IMAGE_DURATIONS_MS.SyncImages);
    expect(await imageOf(sh, copyId)).toMatchObject({ ImageState: "NORMAL", SyncPercent: 100 });
    expect((await imageOf(h.in("ap-beijing"), res.ImageSet![1].ImageId!)).ImageState).toBe("NORMAL");
    // The source is unchanged and stays in its region.
    expect((await imageOf(h.client, id)).ImageState).toBe("NORMAL");
  });

  it("SyncImages: seed example 1 (no ImageSetRequired) → ImageSet [] but the copy exists, with ImageName when given", async () => {
    const id = await normalImage(h, "src");
    const res = await h.client.SyncImages({ ImageIds: [id], DestinationRegions: ["ap-shanghai"], ImageName: "test_image" });
    expect(res.ImageSet).toEqual([]);
    const copies = await h.in("ap-shanghai").DescribeImages({ Filters: [{ Name: "image-type", Values: ["PRIVATE_IMAGE"] }] });
    expect(copies.ImageSet!.map((i) => i.ImageName)).toEqual(["test_image"]);
  });

  it("SyncImages: DryRun checks and copies nothing", async () => {
    const id = await normalImage(h, "dry");
    expect((await h.client.SyncImages({ ImageIds: [id], DestinationRegions: ["ap-shanghai"], DryRun: true, ImageSetRequired: true })).ImageSet).toEqual([]);
    expect((await h.in("ap-shanghai").DescribeImages({ Filters: [{ Name: "image-type", Values: ["PRIVATE_IMAGE"] }] })).TotalCount).toBe(0);
  });

  it("SyncImages: Encrypt makes an encrypted copy in the source region only; it cannot then leave the region", async () => {
    const id = await normalImage(h, "plain");
    expect(await errorCodeOf(h.client.SyncImages({ ImageIds: [id], DestinationRegions: ["ap-shanghai"], Encrypt: true }))).toBe("InvalidParameterValue.InvalidRegion");
    expect(await errorCodeOf(h.client.SyncImages({ ImageIds: [id], DestinationRegions: ["ap-guangzhou"], Encrypt: true, KmsKeyId: "not-a-key" }))).toBe("InvalidParameter.InvalidKmsKeyId");
    const res = await h.client.SyncImages({ ImageIds: [id], DestinationRegions: ["ap-guangzhou"], Encrypt: true, KmsKeyId: "2bb53791-c2e9-4c42-8772-ecf135a1d92x", ImageSetRequired: true, ImageName: "plain-encrypted" });
    const enc = res.ImageSet![0].ImageId!;
    h.elapse(IMAGE_SETTLE_MS);
    expect(await errorCodeOf(h.client.SyncImages({ ImageIds: [enc], DestinationRegions: ["ap-shanghai"] }))).toBe("UnsupportedOperation.EncryptedImagesNotSupported");
    expect(await errorCodeOf(h.client.SyncImages({ ImageIds: [enc], DestinationRegions: ["ap-guangzhou"], Encrypt: true }))).toBe("UnsupportedOperation.SyncEncryptImageNotSupport");
    expect(await errorCodeOf(h.client.ExportImages({ ImageIds: [enc], BucketName: "mybucketname" }))).toBe("UnsupportedOperation.EncryptedImagesNotSupported");
  });

  it("SyncImages: the documented refusals", async () => {
    const id = await normalImage(h, "refuse");
    const two = await normalImage(h, "refuse-2");
    const cases: [Parameters<typeof h.client.SyncImages>[0], string][] = [
      [{ ImageIds: [id, two], DestinationRegions: ["ap-shanghai"] }, "InvalidParameterValue.LimitExceeded"],
      [{ ImageIds: [id], DestinationRegions: ["ap-guangzhou"] }, "InvalidParameterValue.InvalidRegion"],
      [{ ImageIds: [id], DestinationRegions: ["ap-atlantis"] }, "InvalidRegion.NotFound"],
      [{ ImageIds: [id], DestinationRegions: ["ap-shanghai-fsi"] }, "InvalidRegion.Unavailable"],
      [{ ImageIds: ["img-pmqg1cw7"], DestinationRegions: ["ap-shanghai"] }, "InvalidParameterValue.InvalidImageId"],
      [{ ImageIds: ["img-zzzzzzzz"], DestinationRegions: ["ap-shanghai"] }, "InvalidImageId.NotFound"],
      [{ ImageIds: ["img-1"], DestinationRegions: ["ap-shanghai"] }, "InvalidImageId.Malformed"],
    ];
    for (const [req, code] of cases) expect(await errorCodeOf(h.client.SyncImages(req)), JSON.stringify(req)).toBe(code);
    h.elapse(1_000);
    await h.client.SyncImages({ ImageIds: [id], DestinationRegions: ["ap-shanghai"] });
    expect(await errorCodeOf(h.client.SyncImages({ ImageIds: [id], DestinationRegions: ["ap-shanghai"] }))).toBe("FailedOperation.InvalidImageState");
    await normalImage(h, "taken", {}, h.in("ap-beijing"));
    expect(await errorCodeOf(h.client.SyncImages({ ImageIds: [two], DestinationRegions: ["ap-beijing"], ImageName: "taken" }))).toBe("InvalidImageName.Duplicate");
    h.elapse(1_000);
    const { ImageId: importing } = await h.client.ImportImage(importRequest("importing"));
    expect(await errorCodeOf(h.client.SyncImages({ ImageIds: [importing!], DestinationRegions: ["ap-shanghai"] }))).toBe("InvalidImageId.IncorrectState");
  });

  it("SyncImages: a destination at its image quota → ImageQuotaLimitExceeded", async () => {
    const bj = h.in("ap-beijing");
    const { ImageNumQuota } = await bj.DescribeImageQuota();
    for (let i = 0; i < ImageNumQuota!; i++) {
      h.elapse(1_000);
      await bj.ImportImage(importRequest(`bj-${i}`));
    }
    const id = await normalImage(h, "overflow");
    expect(await errorCodeOf(h.client.SyncImages({ ImageIds: [id], DestinationRegions: ["ap-beijing"] }))).toBe("ImageQuotaLimitExceeded");
  });
});

describe("ModifyImageAttribute", () => {
  it("ModifyImageAttribute: seed example (ImageName=sample) over GET; description, family and deprecation too", async () => {
    const id = await normalImage(h, "before");
    await sdkClient(h.emu.url, { reqMethod: "GET" }).ModifyImageAttribute({ ImageId: id, ImageName: "sample" });
    await h.client.ModifyImageAttribute({ ImageId: id, ImageDescription: "sample", ImageFamily: "business-daily-update", ImageDeprecated: true });
    expect(await imageOf(h.client, id)).toMatchObject({ ImageName: "sample", ImageDescription: "sample", ImageFamily: "business-daily-update", ImageDeprecated: true });
    // A deprecated image is not its family's answer.
    expect((await h.client.DescribeImageFromFamily({ ImageFamily: "business-daily-update" })).Image).toBeNull();
    await h.client.ModifyImageAttribute({ ImageId: id, ImageDeprecated: false, ImageFamily: "" });
    expect((await imageOf(h.client, id)).ImageFamily).toBe("");
  });

  it("ModifyImageAttribute: the documented refusals", async () => {
    const id = await normalImage(h, "named");
    const other = await normalImage(h, "other");
    h.elapse(1_000);
    const { ImageId: importing } = await h.client.ImportImage(importRequest("importing"));
    const cases: [Parameters<typeof h.client.ModifyImageAttribute>[0], string][] = [
      [{ ImageId: other, ImageName: "named" }, "InvalidImageName.Duplicate"],
      [{ ImageId: id, ImageName: "n".repeat(61) }, "InvalidParameterValue.TooLarge"],
      [{ ImageId: id, ImageDescription: "d".repeat(257) }, "InvalidParameterValue.TooLarge"],
      [{ ImageId: id, ImageFamily: "-bad" }, "InvalidParameterValue.InvalidImageFamily"],
      [{ ImageId: importing!, ImageName: "too-early" }, "InvalidImageId.IncorrectState"],
      [{ ImageId: "img-zzzzzzzz", ImageName: "x" }, "InvalidImageId.NotFound"],
      [{ ImageId: "img_bad", ImageName: "x" }, "InvalidImageId.Malformed"],
      [{ ImageId: "img-pmqg1cw7", ImageName: "mine" }, "UnauthorizedOperation"],
    ];
    for (const [req, code] of cases) expect(await errorCodeOf(h.client.ModifyImageAttribute(req)), JSON.stringify(req)).toBe(code);
    // Renaming an image to its own name is not a duplicate.
    await h.client.ModifyImageAttribute({ ImageId: id, ImageName: "named" });
  });
});

describe("DeleteImages", () => {
  it("DeleteImages: seed example 2 (DryRun, DeleteBindedSnap) → success and nothing deleted; without DryRun the image is gone", async () => {
    const id = await normalImage(h, "doomed");
    await h.client.DeleteImages({ ImageIds: [id], DryRun: true, DeleteBindedSnap: true });
    expect(await imageOf(h.client, id)).toBeDefined();
    await h.client.DeleteImages({ ImageIds: [id] });
    expect(await imageOf(h.client, id)).toBeUndefined();
    expect((await h.client.DescribeAccountQuota({ Filters: [{ Name: "quota-type", Values: ["ImageQuotaSet"] }] })).AccountQuotaOverview!.AccountQuota!.ImageQuotaSet![0].UsedQuota).toBe(0);
  });

  it("DeleteImages: all or none — one undeletable image keeps the others", async () => {
    const a = await normalImage(h, "a");
    h.elapse(1_000);
    const { ImageId: importing } = await h.client.ImportImage(importRequest("b"));
    expect(await errorCodeOf(h.client.DeleteImages({ ImageIds: [a, importing!] }))).toBe("InvalidImageId.IncorrectState");
    expect(await imageOf(h.client, a)).toBeDefined();
  });

  it("DeleteImages: DeleteBindedSnap removes the image's snapshots (CreateImage from them then fails), without it they stay", async () => {
    const keep = await normalImage(h, "keep-snaps");
    const drop = await normalImage(h, "drop-snaps");
    const keepSnap = (await imageOf(h.client, keep)).SnapshotSet![0].SnapshotId!;
    const dropSnap = (await imageOf(h.client, drop)).SnapshotSet![0].SnapshotId!;
    await h.client.DeleteImages({ ImageIds: [keep] });
    await h.client.DeleteImages({ ImageIds: [drop], DeleteBindedSnap: true });
    h.elapse(1_000);
    expect((await h.client.CreateImage({ SnapshotIds: [keepSnap], ImageName: "from-kept" })).ImageId).toMatch(/^img-/);
    expect(await errorCodeOf(h.client.CreateImage({ SnapshotIds: [dropSnap], ImageName: "from-dropped" }))).toBe("InvalidParameter.SnapshotNotFound");
  });

  it("DeleteImages: refused while in use — CREATING, being copied, being exported, an instance launching from it", async () => {
    const ins = await runningInstance(h);
    const { ImageId: creating } = await h.client.CreateImage({ InstanceId: ins, ImageName: "creating" });
    expect(await errorCodeOf(h.client.DeleteImages({ ImageIds: [creating!] }))).toBe("InvalidImageId.IncorrectState");
    const copied = await normalImage(h, "copied");
    await h.client.SyncImages({ ImageIds: [copied], DestinationRegions: ["ap-shanghai"] });
    expect(await errorCodeOf(h.client.DeleteImages({ ImageIds: [copied] }))).toBe("InvalidImageId.IncorrectState");
    const exported = await normalImage(h, "exported");
    await h.client.ExportImages({ ImageIds: [exported], BucketName: "mybucketname" });
    expect(await errorCodeOf(h.client.DeleteImages({ ImageIds: [exported] }))).toBe("InvalidImageId.IncorrectState");
    const launched = await normalImage(h, "launched");
    await launchOne(h, { ImageId: launched });
    expect(await errorCodeOf(h.client.DeleteImages({ ImageIds: [launched] }))).toBe("InvalidImageId.IncorrectState");
    h.elapse(IMAGE_SETTLE_MS);
    h.elapse(1_000);
    await h.client.DeleteImages({ ImageIds: [copied, exported, launched] });
  });

  it("DeleteImages: a public image → InvalidParameterValue.InvalidImageId; unknown → InvalidImageId.NotFound; malformed → Malformed", async () => {
    expect(await errorCodeOf(h.client.DeleteImages({ ImageIds: ["img-pmqg1cw7"] }))).toBe("InvalidParameterValue.InvalidImageId");
    expect(await errorCodeOf(h.client.DeleteImages({ ImageIds: ["img-34vaef8f"] }))).toBe("InvalidImageId.NotFound");
    // seed example 1 (img-34vaef8fe) has nine characters after img-: malformed.
    expect(await errorCodeOf(h.client.DeleteImages({ ImageIds: ["img-34vaef8fe"] }))).toBe("InvalidImageId.Malformed");
  });
});

describe("ImportImage", () => {
  it("ImportImage: seed example 1 → an EXTERNAL_IMPORT image, IMPORTING then NORMAL", async () => {
    const { ImageId } = await h.client.ImportImage(importRequest("sample"));
    expect(await imageOf(h.client, ImageId!)).toMatchObject({
      ImageName: "sample",
      ImageDescription: "sampleimage",
      ImageState: "IMPORTING",
      ImageSource: "EXTERNAL_IMPORT",
      OsName: "CentOS 6 64位",
      Platform: "CentOS",
      Architecture: "x86_64",
      LicenseType: "TencentCloud",
    });
    h.elapse(IMAGE_DURATIONS_MS.ImportImage + 1_000);
    expect((await imageOf(h.client, ImageId!)).ImageState).toBe("NORMAL");
  });

  it("ImportImage: data disks add DATA_DISK snapshots; arm_64 becomes Architecture arm; BYOL and family are kept", async () => {
    const { ImageId } = await h.client.ImportImage(
      importRequest("arm-import", {
        Architecture: "arm_64",
        OsType: "Ubuntu",
        OsVersion: "16",
        LicenseType: "BYOL",
        ImageFamily: "imports",
        ImportImageDataDiskList: [{ ImageUrl: "https://user-test-1317392000.cos.ap-guangzhou.myqcloud.com/snap-xxxx.qcow2" }],
      }),
    );
    const img = await imageOf(h.client, ImageId!);
    expect(img).toMatchObject({ Architecture: "arm", Platform: "Ubuntu", LicenseType: "BYOL", ImageFamily: "imports" });
    expect(img.SnapshotSet!.map((s) => s.DiskUsage)).toEqual(["SYSTEM_DISK", "DATA_DISK"]);
  });

  it("ImportImage: the documented refusals", async () => {
    await normalImage(h, "exists");
    const url = (u: string) => ({ ImageUrl: u });
    const cases: [Partial<Parameters<typeof h.client.ImportImage>[0]>, string][] = [
      [{ OsType: "Plan9" }, "InvalidImageOsType.Unsupported"],
      [{ OsType: "CentOS", OsVersion: "9" }, "InvalidImageOsVersion.Unsupported"],
      [{ Architecture: "mips" }, "InvalidParameterValue"],
      [url("ftp://example.com/a.vmdk"), "InvalidParameter.InvalidParameterUrlError"],
      [url("https://b-1250000000.cos.ap-guangzhou.myqcloud.com/a.exe"), "InvalidParameter.InvalidParameterUrlError"],
      [url("https://b-1250000000.cos.ap-guangzhou.myqcloud.com/install.iso"), "InvalidParameterValue.ISOMustImportByForce"],
      [{ BootMode: "BIOS" }, "InvalidParameterValue.InvalidBootMode"],
      [{ LicenseType: "GPL" }, "InvalidParameterValue.InvalidLicenseType"],
      [{ ImageFamily: "UPPER" }, "InvalidParameterValue.InvalidImageFamily"],
      [{ ImageName: "n".repeat(61) }, "InvalidParameterValue.TooLarge"],
      [{ ImageName: "exists" }, "InvalidImageName.Duplicate"],
    ];
    for (const [extra, code] of cases) {
      h.elapse(1_000);
      expect(await errorCodeOf(h.client.ImportImage(importRequest("fresh", extra))), JSON.stringify(extra)).toBe(code);
    }
    h.elapse(1_000);
    expect((await h.client.ImportImage(importRequest("iso", { ImageUrl: "https://b-1250000000.cos.ap-guangzhou.myqcloud.com/install.iso", Force: true }))).ImageId).toMatch(/^img-/);
    expect(await errorCodeOf(h.in("ap-shanghai-fsi").ImportImage(importRequest("fsi")))).toBe("RegionAbilityLimit.UnsupportedToImportImage");
  });
});

describe("ExportImages", () => {
  it("ExportImages: seed example → a TaskId and one COS path per disk (prefix_imageid_system_snapid.format)", async () => {
    const id = await normalImage(h, "exp", { ImportImageDataDiskList: [{ ImageUrl: "https://b-1250000000.cos.ap-guangzhou.myqcloud.com/d.raw" }] });
    const [sys, data] = (await imageOf(h.client, id)).SnapshotSet!;
    const res = await h.client.ExportImages({ ImageIds: [id], BucketName: "test-bucket-AppId" });
    expect(res.TaskId).toEqual(expect.any(Number));
    expect(res.CosPaths).toEqual([`/${id}_system_${sys.SnapshotId}.raw`, `/${id}_data_${data.SnapshotId}.raw`]);
    h.elapse(1_000);
    const only = await h.client.ExportImages({ ImageIds: [id], BucketName: "mybucketname", ExportFormat: "QCOW2", FileNamePrefixList: ["testfilename"], OnlyExportRootDisk: true });
    expect(only.CosPaths).toEqual([`/testfilename_${id}_system_${sys.SnapshotId}.qcow2`]);
    expect(only.TaskId).not.toBe(res.TaskId);
  });

  it("ExportImages: the documented refusals", async () => {
    const id = await normalImage(h, "exp-refusals");
    const win = await normalImage(h, "win", { OsType: "Windows Server 2016", OsVersion: "9" });
    const cases: [Parameters<typeof h.client.ExportImages>[0], string][] = [
      [{ BucketName: "mybucketname" }, "InvalidParameter.ImageIdsSnapshotIdsMustOne"],
      [{ BucketName: "mybucketname", ImageIds: ["img-pmqg1cw7"] }, "UnsupportedOperation.PublicImageExportUnsupported"],
      [{ BucketName: "mybucketname", ImageIds: [win] }, "UnsupportedOperation.WindowsImageExportUnsupported"],
      [{ BucketName: "mybucketname", ImageIds: ["img-zzzzzzzz"] }, "InvalidImageId.NotFound"],
      [{ BucketName: "mybucketname", ImageIds: [id], FileNamePrefixList: ["a", "b"] }, "InvalidParameterValue.InvalidFileNamePrefixList"],
      [{ BucketName: "mybucketname", ImageIds: [id], ExportFormat: "ISO" }, "InvalidParameterValue"],
      [{ BucketName: "bad bucket!", ImageIds: [id] }, "InvalidParameterValue.BucketNotFound"],
      [{ BucketName: "others-1259999999", ImageIds: [id] }, "InvalidParameterValue.InvalidBucketPermissionForExport"],
      [{ BucketName: "mybucketname", ImageIds: [id], RoleName: "no such role" }, "AuthFailure.CamRoleNameAuthenticateFailed"],
    ];
    for (const [req, code] of cases) {
      h.elapse(1_000);
      expect(await errorCodeOf(h.client.ExportImages(req)), JSON.stringify(req)).toBe(code);
    }
    h.elapse(1_000);
    // The caller's own APPID suffix is fine.
    expect((await h.client.ExportImages({ BucketName: `mine-${DEMO_ACCOUNT.appId}`, ImageIds: [id], DryRun: true })).TaskId).toBe(0);
  });
});

describe("DescribeImageFromFamily", () => {
  it("DescribeImageFromFamily: the family's newest NORMAL image; null for an empty or unknown family", async () => {
    const older = await normalImage(h, "fam-1", { ImageFamily: "business-daily-update" });
    const newer = await normalImage(h, "fam-2", { ImageFamily: "business-daily-update" });
    await normalImage(h, "other-fam", { ImageFamily: "other" });
    expect((await h.client.DescribeImageFromFamily({ ImageFamily: "business-daily-update" })).Image!.ImageId).toBe(newer);
    await h.client.ModifyImageAttribute({ ImageId: newer, ImageDeprecated: true });
    expect((await h.client.DescribeImageFromFamily({ ImageFamily: "business-daily-update" })).Image!.ImageId).toBe(older);
    expect((await h.client.DescribeImageFromFamily({ ImageFamily: "nobody" })).Image).toBeNull();
    expect((await h.client.DescribeImageFromFamily({})).Image).toBeNull();
  });
});
