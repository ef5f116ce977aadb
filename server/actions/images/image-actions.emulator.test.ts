// The image actions and reads against the embedded emulator over real loopback HTTP: the parameters we send are the
// ones the API takes, and its answers (states, copies, refusals) come back as the Images page expects them.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DEMO_PEER_ACCOUNT, DEMO_SECRET_ID, DEMO_SECRET_KEY } from "@/server/emulator/accounts";
import { startEmulator } from "@/server/emulator/server";
import { sdkClient } from "@/server/emulator/testing";
import { CvmClient } from "@/server/cvm/client";
import { createTranslator } from "@/lib/i18n/translate";
import { en } from "@/lib/i18n/messages/en";

const m = vi.hoisted(() => ({ client: null as unknown, recordAudit: vi.fn(async () => undefined) }));
vi.mock("@/server/auth/session", () => ({ requireRole: async () => ({ id: "op-1", email: "op@x", name: "Op", role: "operator" }) }));
vi.mock("@/server/audit/log", () => ({ recordAudit: m.recordAudit }));
vi.mock("@/server/cvm/for-account", () => ({ getCvmClient: async () => m.client }));
vi.mock("@/server/status/registry", () => ({ notifyInstancesChanged: () => undefined }));
vi.mock("@/lib/i18n/server", () => ({ getI18n: async () => ({ locale: "en-US", t: createTranslator(en), messages: en }) }));

const { createImage } = await import("./create");
const { modifyImage } = await import("./modify");
const { modifyImageSharePermission } = await import("./share");
const { syncImage } = await import("./sync");
const { exportImages } = await import("./export");
const { importImage } = await import("./import");
const { convertOperatingSystems } = await import("./convert-os");
const { deleteImages } = await import("./delete");
const q = await import("@/server/queries/images");

const REGION = "ap-guangzhou";
const where = { accountId: "acc-1", region: REGION };
let emulator: Awaited<ReturnType<typeof startEmulator>>;
let client: CvmClient;

async function admin(path: string, body: unknown) {
  const res = await fetch(`${emulator.url}/_emulator/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  expect(res.ok).toBe(true);
}

const codeOf = (r: { ok: boolean }) => (r as { error?: { code: string } }).error?.code;

async function launch(extra: object = {}): Promise<string> {
  const res = await client.call("RunInstances", { Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", InstanceType: "S5.MEDIUM4", ...extra }, { region: REGION });
  return res.InstanceIdSet![0];
}

let imageId = "";

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  client = new CvmClient({ endpoint: emulator.url, secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY, timeoutMs: 10_000 });
  m.client = client;
  await admin("speed", { mode: "instant" });
});

afterAll(async () => {
  client?.close();
  await emulator?.close();
});

describe("images ↔ emulator", () => {
  it("createImage from a stopped instance: CREATING then NORMAL in the Custom list, counted in the quota", async () => {
    const id = await launch();
    await client.call("StopInstances", { InstanceIds: [id] }, { region: REGION });
    const before = await q.describeImageQuota("acc-1", REGION);
    expect(before.total).toBeGreaterThan(0);
    const res = await createImage({ ...where, InstanceId: id, ImageName: "web-golden", ImageFamily: "web", ForcePoweroff: false, Sysprep: false, DataDiskIds: [] });
    expect(res).toEqual({ ok: true, requestId: expect.any(String), imageId: expect.stringMatching(/^img-/) });
    imageId = (res as { imageId: string }).imageId;
    const list = await q.listImages("acc-1", REGION, "PRIVATE_IMAGE");
    const image = list.ImageSet.find((i) => i.ImageId === imageId)!;
    expect(image).toMatchObject({ ImageName: "web-golden", ImageType: "PRIVATE_IMAGE", ImageFamily: "web", ImageSource: "CREATE_IMAGE" });
    expect(["CREATING", "NORMAL"]).toContain(image.ImageState);
    expect((await q.describeImageQuota("acc-1", REGION)).used).toBe(before.used + 1);
    expect((await q.describeImageFromFamily("acc-1", REGION, "web"))?.ImageId).toBe(imageId);
  });

  it("a duplicate name is refused with Tencent's code and RequestId", async () => {
    const id = await launch();
    const res = await createImage({ ...where, InstanceId: id, ImageName: "web-golden" });
    expect(codeOf(res)).toBe("InvalidImageName.Duplicate");
    expect((res as { error: { requestId?: string } }).error.requestId).toMatch(/\S/);
  });

  it("share with the second account: listed by DescribeImageSharePermission, seen by that account as SHARED_IMAGE; editing and deleting a shared image are refused", async () => {
    const res = await modifyImageSharePermission({ ...where, ImageId: imageId, AccountIds: [DEMO_PEER_ACCOUNT.ownerUin], Permission: "SHARE" });
    expect(res.ok).toBe(true);
    expect((await q.describeImageShares("acc-1", REGION, imageId)).map((s) => s.AccountId)).toEqual([DEMO_PEER_ACCOUNT.ownerUin]);
    const peer = sdkClient(emulator.url, { account: DEMO_PEER_ACCOUNT });
    const seen = await peer.DescribeImages({ Filters: [{ Name: "image-type", Values: ["SHARED_IMAGE"] }] });
    expect(seen.ImageSet?.map((i) => i.ImageId)).toContain(imageId);

    expect(codeOf(await modifyImage({ ...where, ImageId: imageId, ImageName: "renamed" }))).toBe("InvalidImageId.IncorrectState");
    const check = await deleteImages({ ...where, ImageIds: [imageId], DryRun: true });
    expect(codeOf(check)).toBe("InvalidImageId.InShared");

    expect((await modifyImageSharePermission({ ...where, ImageId: imageId, AccountIds: [DEMO_PEER_ACCOUNT.ownerUin], Permission: "CANCEL" })).ok).toBe(true);
    expect(await q.describeImageShares("acc-1", REGION, imageId)).toEqual([]);
  });

  it("sharing with an unknown or one's own account is refused", async () => {
    expect(codeOf(await modifyImageSharePermission({ ...where, ImageId: imageId, AccountIds: ["100000000001"], Permission: "SHARE" }))).toBe("InvalidAccountIs.YourSelf");
    expect(codeOf(await modifyImageSharePermission({ ...where, ImageId: imageId, AccountIds: ["999999999"], Permission: "SHARE" }))).toBe("InvalidAccountId.NotFound");
  });

  it("modifyImage: name, description, family and deprecation change together", async () => {
    const res = await modifyImage({ ...where, ImageId: imageId, ImageName: "web-golden-2", ImageDescription: "nginx 1.25", ImageDeprecated: true });
    expect(res.ok).toBe(true);
    const image = (await q.listImages("acc-1", REGION, "PRIVATE_IMAGE")).ImageSet.find((i) => i.ImageId === imageId)!;
    expect(image).toMatchObject({ ImageName: "web-golden-2", ImageDescription: "nginx 1.25", ImageDeprecated: true });
    // A deprecated image no longer resolves its family (seed 28055).
    expect(await q.describeImageFromFamily("acc-1", REGION, "web")).toBeNull();
    expect((await modifyImage({ ...where, ImageId: imageId, ImageDeprecated: false })).ok).toBe(true);
  });

  it("syncImage to two regions answers each copy; describeSyncCopies follows them to NORMAL; a copy to its own region is refused", async () => {
    const res = await syncImage({ ...where, ImageId: imageId, DestinationRegions: ["ap-shanghai", "ap-beijing"] });
    expect(res.ok).toBe(true);
    const copies = (res as { copies: Array<{ Region: string; ImageId: string }> }).copies;
    expect(copies.map((c) => c.Region).sort()).toEqual(["ap-beijing", "ap-shanghai"]);
    const status = await q.describeSyncCopies("acc-1", copies);
    expect(status.map((s) => s.ImageState)).toEqual(["NORMAL", "NORMAL"]);
    expect(codeOf(await syncImage({ ...where, ImageId: imageId, DestinationRegions: [REGION] }))).toBe("InvalidParameterValue.InvalidRegion");
    expect(await q.describeSyncCopies("acc-1", [{ Region: "ap-shanghai", ImageId: "img-00000000" }])).toEqual([{ Region: "ap-shanghai", ImageId: "img-00000000", ImageState: "GONE", SyncPercent: null }]);
  });

  it("exportImages names the COS files; a public image is refused", async () => {
    const res = await exportImages({ ...where, ImageIds: [imageId], BucketName: "images-1250000000", ExportFormat: "QCOW2", FileNamePrefix: "nightly" });
    expect(res.ok).toBe(true);
    expect((res as { cosPaths: string[] }).cosPaths[0]).toMatch(new RegExp(`^/nightly_${imageId}_system_snap-\\w+\\.qcow2$`));
    expect(codeOf(await exportImages({ ...where, ImageIds: ["img-pmqg1cw7"], BucketName: "images-1250000000" }))).toBe("UnsupportedOperation.PublicImageExportUnsupported");
  });

  it("importImage with an OS from describeImportOs becomes a custom image; an unsupported version is refused", async () => {
    const os = await q.describeImportOs("acc-1", REGION, "en-US");
    expect(os.Linux).toContain("CentOS");
    const centos = os.Versions.find((v) => v.OsName === "CentOS")!;
    const res = await importImage({ ...where, OsType: "CentOS", OsVersion: centos.OsVersions[0], Architecture: "x86_64", ImageUrl: "https://bucket-1250000000.cos.ap-guangzhou.myqcloud.com/disk.qcow2", ImageName: "imported-centos" });
    expect(res.ok).toBe(true);
    const bad = await importImage({ ...where, OsType: "CentOS", OsVersion: "99", Architecture: "x86_64", ImageUrl: "https://bucket-1250000000.cos.ap-guangzhou.myqcloud.com/disk.qcow2", ImageName: "imported-2" });
    expect(codeOf(bad)).toBe("InvalidImageOsVersion.Unsupported");
  });

  it("convertOperatingSystems: the check names TencentOS for CentOS 7; a Ubuntu instance is refused with the documented code", async () => {
    const centos = await launch();
    const check = await convertOperatingSystems({ ...where, InstanceIds: [centos], DryRun: true });
    expect(check).toMatchObject({ ok: true, dryRun: true, targets: [{ TargetOSType: "TencentOS", TargetOSVersion: "2.4" }] });
    const ubuntu = await launch({ ImageId: "img-487zeit5" });
    expect(codeOf(await convertOperatingSystems({ ...where, InstanceIds: [ubuntu], DryRun: true }))).toBe("UnsupportedOperation.InstanceOsConvertOsNotSupport");
    const run = await convertOperatingSystems({ ...where, InstanceIds: [centos] });
    expect(run).toMatchObject({ ok: true, dryRun: false });
  });

  it("deleteImages: the check passes once unshared, then the image is gone and the quota freed", async () => {
    const before = (await q.describeImageQuota("acc-1", REGION)).used;
    expect(await deleteImages({ ...where, ImageIds: [imageId], DryRun: true })).toMatchObject({ ok: true, dryRun: true });
    expect(await deleteImages({ ...where, ImageIds: [imageId], DeleteBindedSnap: true })).toMatchObject({ ok: true, dryRun: false });
    expect((await q.listImages("acc-1", REGION, "PRIVATE_IMAGE")).ImageSet.some((i) => i.ImageId === imageId)).toBe(false);
    expect((await q.describeImageQuota("acc-1", REGION)).used).toBe(before - 1);
    expect(codeOf(await deleteImages({ ...where, ImageIds: ["img-pmqg1cw7"], DryRun: true }))).toBe("InvalidParameterValue.InvalidImageId");
  });

  it("every write was audited with its RequestId; a DryRun check was not", async () => {
    const actions = m.recordAudit.mock.calls.map((c) => (c as unknown as [{ action: string; detail: { requestId?: string } }])[0]);
    expect(new Set(actions.map((a) => a.action))).toEqual(new Set(["image.create", "image.share", "image.unshare", "image.modify", "image.sync", "image.export", "image.import", "instance.convertOs", "image.delete"]));
    expect(actions.filter((a) => a.action === "image.delete").length).toBe(1);
  });
});
