// DescribeImages (seed 24872–25363), DescribeImageQuota (seed 25988–26123) and DescribeImportImageOs (seed 25544–25987)
// through the official SDK.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { publicImages } from "../catalog/compute/images";
import { IMAGE_QUOTA } from "../state/quota";
import { imageOf, normalImage, startImageHarness, type ImageHarness } from "../state/images/images.testing";
import { errorCodeOf } from "../testing";

let h: ImageHarness;
let tagged: string;
let plain: string;
beforeAll(async () => {
  h = await startImageHarness();
  tagged = await normalImage(h, "web-golden", { TagSpecification: [{ ResourceType: "image", Tags: [{ Key: "env", Value: "prod" }] }] });
  plain = await normalImage(h, "batch-base", { OsType: "Ubuntu", OsVersion: "16" });
});
afterAll(() => h.close());
beforeEach(() => h.elapse(1_000));

describe("DescribeImages", () => {
  it("DescribeImages: seed example 1 (image-id img-9qabwvbn) → the public CentOS 7.6 image with every Image field", async () => {
    const res = await h.client.DescribeImages({ Filters: [{ Values: ["img-9qabwvbn"], Name: "image-id" }] });
    expect(res.TotalCount).toBe(1);
    expect(res.ImageSet![0]).toMatchObject({
      LicenseType: "TencentCloud",
      ImageId: "img-9qabwvbn",
      OsName: "CentOS 7.6 64位",
      ImageSize: 50,
      ImageType: "PUBLIC_IMAGE",
      ImageState: "NORMAL",
      ImageSource: "OFFICIAL",
      ImageCreator: "tencent",
      IsSupportCloudinit: true,
      Platform: "CentOS",
      Architecture: "x86_64",
      SnapshotSet: [],
    });
    // seed 36738–36884: every member of the Image structure is present.
    const keys = ["ImageId", "OsName", "ImageType", "CreatedTime", "ImageName", "ImageDescription", "ImageSize", "Architecture", "ImageState", "Platform",
      "ImageCreator", "ImageSource", "SyncPercent", "IsSupportCloudinit", "SnapshotSet", "Tags", "LicenseType", "ImageFamily", "ImageDeprecated", "CdcCacheStatus"];
    expect(Object.keys(res.ImageSet![0]).sort()).toEqual([...keys].sort());
  });

  it("DescribeImages: seed example 2 (image-type PRIVATE_IMAGE) → only the account's custom images, newest first", async () => {
    const res = await h.client.DescribeImages({ Filters: [{ Values: ["PRIVATE_IMAGE"], Name: "image-type" }] });
    expect(res.TotalCount).toBe(2);
    expect(res.ImageSet!.map((i) => i.ImageId)).toEqual([plain, tagged]);
    expect(res.ImageSet![1]).toMatchObject({ ImageType: "PRIVATE_IMAGE", ImageSource: "EXTERNAL_IMPORT", ImageCreator: "100000000001", ImageState: "NORMAL" });
    expect(res.ImageSet![1].SnapshotSet![0]).toMatchObject({ DiskUsage: "SYSTEM_DISK", DiskSize: 20 });
    expect(res.ImageSet![1].SnapshotSet![0].SnapshotId).toMatch(/^snap-[a-z0-9]{8}$/);
  });

  it("DescribeImages: no filter → custom images then every public image, TotalCount counts all, Limit defaults to 20", async () => {
    const res = await h.client.DescribeImages({});
    expect(res.TotalCount).toBe(2 + publicImages().length);
    expect(res.ImageSet).toHaveLength(20);
    expect(res.ImageSet![0].ImageId).toBe(plain);
  });

  it("DescribeImages: Offset/Limit page through the same ordering", async () => {
    const all = (await h.client.DescribeImages({ Limit: 100 })).ImageSet!.map((i) => i.ImageId);
    const page = await h.client.DescribeImages({ Offset: 5, Limit: 3 });
    expect(page.ImageSet!.map((i) => i.ImageId)).toEqual(all.slice(5, 8));
    expect(page.TotalCount).toBe(all.length);
  });

  it("DescribeImages: image-name and platform match fuzzily (seed 24944 / 24971)", async () => {
    expect((await h.client.DescribeImages({ Filters: [{ Name: "image-name", Values: ["GOLDEN"] }] })).ImageSet!.map((i) => i.ImageId)).toEqual([tagged]);
    const ubuntu = await h.client.DescribeImages({ Filters: [{ Name: "platform", Values: ["ubun"] }], Limit: 100 });
    expect(ubuntu.TotalCount).toBeGreaterThan(1);
    expect(ubuntu.ImageSet!.every((i) => i.Platform === "Ubuntu")).toBe(true);
  });

  it("DescribeImages: tag-key, tag-value and tag:<key> filters match the image's tags", async () => {
    for (const f of [{ Name: "tag-key", Values: ["env"] }, { Name: "tag-value", Values: ["prod"] }, { Name: "tag:env", Values: ["prod", "dev"] }]) {
      expect((await h.client.DescribeImages({ Filters: [f] })).ImageSet!.map((i) => i.ImageId), f.Name).toEqual([tagged]);
    }
    expect((await h.client.DescribeImages({ Filters: [{ Name: "tag:env", Values: ["dev"] }] })).TotalCount).toBe(0);
  });

  it("DescribeImages: several filters are ANDed, the values of one are ORed", async () => {
    const res = await h.client.DescribeImages({ Filters: [{ Name: "image-type", Values: ["PRIVATE_IMAGE", "PUBLIC_IMAGE"] }, { Name: "platform", Values: ["Ubuntu"] }], Limit: 100 });
    expect(res.ImageSet!.map((i) => i.ImageId)).toContain(plain);
    expect(res.ImageSet!.map((i) => i.ImageId)).not.toContain(tagged);
  });

  it("DescribeImages: ImageIds lists the named images; an unknown well-formed id is simply absent", async () => {
    const res = await h.client.DescribeImages({ ImageIds: [tagged, "img-pmqg1cw7", "img-zzzzzzzz"] });
    expect(res.ImageSet!.map((i) => i.ImageId).sort()).toEqual([tagged, "img-pmqg1cw7"].sort());
  });

  it("DescribeImages: InstanceType keeps only the images that type boots (arm type → arm images only)", async () => {
    const arm = await h.client.DescribeImages({ InstanceType: "SR1.MEDIUM4", Limit: 100 });
    expect(arm.TotalCount).toBeGreaterThan(0);
    expect(arm.ImageSet!.every((i) => i.Architecture === "arm")).toBe(true);
    const x86 = await h.client.DescribeImages({ InstanceType: "S5.MEDIUM4", Limit: 100 });
    expect(x86.ImageSet!.map((i) => i.ImageId)).toContain(tagged);
    expect(x86.ImageSet!.some((i) => i.Architecture === "arm")).toBe(false);
  });

  const errors: [string, Parameters<ImageHarness["client"]["DescribeImages"]>[0], string][] = [
    ["ImageIds with Filters", { ImageIds: ["img-pmqg1cw7"], Filters: [{ Name: "image-type", Values: ["PUBLIC_IMAGE"] }] }, "InvalidParameter.InvalidParameterCoexistImageIdsFilters"],
    ["a malformed ImageId", { ImageIds: ["image-1"] }, "InvalidImageId.Malformed"],
    ["a malformed image-id filter value", { Filters: [{ Name: "image-id", Values: ["img-UPPER123"] }] }, "InvalidImageId.Malformed"],
    ["an undocumented filter", { Filters: [{ Name: "image-state", Values: ["NORMAL"] }] }, "InvalidFilter"],
    ["11 filters", { Filters: Array.from({ length: 11 }, () => ({ Name: "platform", Values: ["CentOS"] })) }, "InvalidParameterValue.LimitExceeded"],
    ["6 values in a filter", { Filters: [{ Name: "platform", Values: ["a", "b", "c", "d", "e", "f"] }] }, "InvalidFilterValue.LimitExceeded"],
    ["an image-type outside the enum", { Filters: [{ Name: "image-type", Values: ["MARKET_IMAGE"] }] }, "InvalidParameterValue"],
    ["Limit 101", { Limit: 101 }, "InvalidParameterValue.InvalidParameterValueLimit"],
    ["a malformed InstanceType", { InstanceType: "s5-medium" }, "InvalidInstanceType.Malformed"],
    ["an unknown InstanceType", { InstanceType: "S99.MEDIUM4" }, "InvalidParameterValue.InstanceTypeNotFound"],
  ];
  for (const [what, req, code] of errors) {
    it(`DescribeImages: ${what} → ${code}`, async () => {
      expect(await errorCodeOf(h.client.DescribeImages(req))).toBe(code);
    });
  }
});

describe("DescribeImageQuota", () => {
  it("DescribeImageQuota: ImageNumQuota is the quota DescribeAccountQuota reports in ImageQuotaSet", async () => {
    const { ImageNumQuota } = await h.client.DescribeImageQuota();
    expect(ImageNumQuota).toBe(IMAGE_QUOTA);
    const q = await h.client.DescribeAccountQuota({ Filters: [{ Name: "quota-type", Values: ["ImageQuotaSet"] }] });
    expect(q.AccountQuotaOverview!.AccountQuota!.ImageQuotaSet).toEqual([{ TotalQuota: ImageNumQuota, UsedQuota: 2 }]);
  });
});

describe("DescribeImportImageOs", () => {
  it("DescribeImportImageOs: the seed example's systems and versions (seed 25599–25925)", async () => {
    const res = await h.client.DescribeImportImageOs();
    expect(res.ImportImageOsListSupported).toEqual({
      Linux: ["CentOS", "Ubuntu", "Debian", "OpenSUSE", "SUSE", "CoreOS", "FreeBSD", "Other Linux"],
      Windows: ["Windows Server 2008", "Windows Server 2012", "Windows Server 2016"],
    });
    const byName = Object.fromEntries(res.ImportImageOsVersionSet!.map((v) => [v.OsName, v]));
    expect(byName.CentOS.OsVersions).toEqual(["5", "6", "7"]);
    expect(byName["Windows Server 2016"]).toEqual({ OsName: "Windows Server 2016", OsVersions: ["9"], Architecture: ["x86_64", "i386"] });
    expect(res.ImportImageOsVersionSet).toHaveLength(12);
  });

  it("DescribeImportImageOs: every listed system and version imports (ImportImage DryRun accepts it)", async () => {
    const res = await h.client.DescribeImportImageOs();
    for (const v of res.ImportImageOsVersionSet!) {
      h.elapse(1_000);
      const r = await h.client.ImportImage({ ImageUrl: "https://b-1250000000.cos.ap-guangzhou.myqcloud.com/x.qcow2", ImageName: "dry", Architecture: v.Architecture![0], OsType: v.OsName!, OsVersion: v.OsVersions![0], DryRun: true });
      expect(r.ImageId, v.OsName).toBe("");
    }
    expect(await imageOf(h.client, tagged)).toBeDefined();
  });
});

describe("POST /_emulator/seed {images}", () => {
  it("seeds NORMAL custom images (newest first, up to the quota) that DescribeImages lists", async () => {
    const res = await fetch(`${h.emu.url}/_emulator/seed`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ account: "demo-peer", images: IMAGE_QUOTA + 50 }) });
    const body = (await res.json()) as { seeded: { images: number } };
    expect(body.seeded.images).toBe(IMAGE_QUOTA);
    const listed = await h.peer.DescribeImages({ Filters: [{ Name: "image-type", Values: ["PRIVATE_IMAGE"] }], Limit: 100 });
    expect(listed.TotalCount).toBe(IMAGE_QUOTA);
    expect(listed.ImageSet!.every((i) => i.ImageState === "NORMAL" && i.ImageCreator === "100000000002")).toBe(true);
    const times = listed.ImageSet!.map((i) => Date.parse(i.CreatedTime!));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});
