import { describe, expect, it } from "vitest";
import { CreateImageInput, DeleteImagesInput, ImportImageInput, ModifyImageInput, ShareImageInput, SyncImageInput } from "./schemas";

const where = { accountId: "acc-1", region: "ap-guangzhou" };
const issues = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join(".") || "form", i.message]));

describe("image input schemas (the dialogs and the actions share them)", () => {
  it("CreateImage: a name of at most 60 characters (seed 27725), a family of lowercase words, String flags default false", () => {
    const ok = CreateImageInput.parse({ ...where, InstanceId: "ins-abcdefgh", ImageName: "golden" });
    expect(ok).toMatchObject({ ForcePoweroff: false, Sysprep: false, DataDiskIds: [] });
    expect(issues(CreateImageInput.safeParse({ ...where, InstanceId: "ins-abcdefgh", ImageName: "x".repeat(61) }))).toEqual({ ImageName: "images.validation.nameLength" });
    expect(issues(CreateImageInput.safeParse({ ...where, InstanceId: "ins-abcdefgh", ImageName: "ok", ImageFamily: "Web_1" }))).toEqual({ ImageFamily: "images.validation.family" });
    expect(CreateImageInput.safeParse({ ...where, InstanceId: "ins-abcdefgh", ImageName: "名字".repeat(30) }).success).toBe(true);
  });

  it("ModifyImageAttribute needs at least one change; an empty family clears it", () => {
    expect(issues(ModifyImageInput.safeParse({ ...where, ImageId: "img-abcdefgh" }))).toEqual({ form: "validation.nothingToChange" });
    expect(ModifyImageInput.safeParse({ ...where, ImageId: "img-abcdefgh", ImageFamily: "" }).success).toBe(true);
  });

  it("ModifyImageSharePermission: main-account ids are digits; SHARE or CANCEL only", () => {
    expect(issues(ShareImageInput.safeParse({ ...where, ImageId: "img-abcdefgh", AccountIds: ["qq:123"], Permission: "SHARE" }))).toEqual({ "AccountIds.0": "images.validation.accountId" });
    expect(ShareImageInput.safeParse({ ...where, ImageId: "img-abcdefgh", AccountIds: ["100000000002"], Permission: "REVOKE" }).success).toBe(false);
  });

  it("SyncImages: at least one destination, none twice", () => {
    expect(issues(SyncImageInput.safeParse({ ...where, ImageId: "img-abcdefgh", DestinationRegions: [] }))).toEqual({ DestinationRegions: "images.validation.noneChosen" });
    expect(issues(SyncImageInput.safeParse({ ...where, ImageId: "img-abcdefgh", DestinationRegions: ["ap-shanghai", "ap-shanghai"] }))).toEqual({ DestinationRegions: "images.validation.duplicate" });
  });

  it("ImportImage: architecture from the seed's list (x86_64, i386, arm_64), an http(s) URL, defaults Legacy BIOS and TencentCloud", () => {
    const base = { ...where, OsType: "CentOS", OsVersion: "7", Architecture: "x86_64", ImageUrl: "https://b.cos.example.com/a.qcow2", ImageName: "imp" };
    expect(ImportImageInput.parse(base)).toMatchObject({ BootMode: "Legacy BIOS", LicenseType: "TencentCloud", Force: false });
    expect(ImportImageInput.safeParse({ ...base, Architecture: "arm" }).success).toBe(false);
    expect(issues(ImportImageInput.safeParse({ ...base, ImageUrl: "ftp://x/y" }))).toEqual({ ImageUrl: "images.validation.url" });
  });

  it("DeleteImages: at most 100 ids per call", () => {
    const ids = Array.from({ length: 101 }, (_, i) => `img-${String(i).padStart(8, "0")}`);
    expect(issues(DeleteImagesInput.safeParse({ ...where, ImageIds: ids }))).toEqual({ ImageIds: "images.validation.tooMany" });
  });
});
