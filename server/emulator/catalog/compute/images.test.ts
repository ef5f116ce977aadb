import { describe, expect, it } from "vitest";
import { findInstanceType, INSTANCE_TYPES } from "./instance-types";
import {
  checkImageForInstanceType,
  findPublicImage,
  imageSupportsType,
  isGpuDriverImage,
  publicImages,
  publicImagesForInstanceType,
} from "./images";
import { seedMembers, shapeErrors } from "./seed-structures.testing";

const images = publicImages();

describe("public images", () => {
  it("have unique, stable img-xxxxxxxx ids", () => {
    const ids = images.map((i) => i.ImageId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^img-[a-z0-9]{8}$/);
    expect(publicImages().map((i) => i.ImageId)).toEqual(ids);
  });

  it("carry every member of the seed's Image structure with the right JS type, and nothing else", () => {
    expect(seedMembers("Image").length).toBeGreaterThanOrEqual(20);
    for (const img of images) expect(shapeErrors(img, "Image", { complete: new Set(["Image"]) })).toEqual([]);
  });

  it("are public, official, normal, with ISO8601 UTC creation times", () => {
    for (const img of images) {
      expect(img).toMatchObject({ ImageType: "PUBLIC_IMAGE", ImageSource: "OFFICIAL", ImageState: "NORMAL" });
      expect(img.CreatedTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(["x86_64", "arm"]).toContain(img.Architecture);
    }
  });

  it("include the seed's example images and the expected OS lines", () => {
    expect(findPublicImage("img-9qabwvbn")).toMatchObject({ OsName: "CentOS 7.6 64位", ImageSize: 50, Platform: "CentOS" });
    expect(findPublicImage("img-pmqg1cw7")?.Platform).toBe("CentOS");
    const names = images.map((i) => i.OsName).join("\n");
    for (const os of ["TencentOS Server 2.4", "TencentOS Server 3.1", "TencentOS Server 4", "CentOS Stream 9", "Ubuntu Server 24.04",
      "Debian 12", "Rocky Linux 9", "AlmaLinux", "OpenCloudOS 9", "Windows Server 2022 数据中心版 64位英文版", "GPU驱动"]) {
      expect(names).toContain(os);
    }
    expect(images.filter((i) => i.Platform === "Windows").every((i) => i.ImageSize === 50)).toBe(true);
  });

  it("are handed out as copies", () => {
    const a = findPublicImage("img-9qabwvbn")!;
    a.OsName = "changed";
    a.Tags.push({ Key: "k", Value: "v" });
    expect(findPublicImage("img-9qabwvbn")).toMatchObject({ OsName: "CentOS 7.6 64位", Tags: [] });
  });
});

describe("image ↔ instance type compatibility", () => {
  const arm = images.find((i) => i.Architecture === "arm")!;
  const x86 = findPublicImage("img-pmqg1cw7")!;
  const windows = images.find((i) => i.Platform === "Windows")!;
  const gpuImage = images.find((i) => isGpuDriverImage(i.ImageId))!;

  it("arm images only on arm families, x86 images never on them", () => {
    for (const t of INSTANCE_TYPES) {
      expect(imageSupportsType(arm, t)).toBe(t.family.architecture === "arm");
      if (t.family.architecture === "arm") expect(imageSupportsType(x86, t)).toBe(false);
    }
  });

  it("GPU-driver images only on GPU families", () => {
    expect(imageSupportsType(gpuImage, findInstanceType("GN7.2XLARGE32")!)).toBe(true);
    expect(imageSupportsType(gpuImage, findInstanceType("S5.LARGE8")!)).toBe(false);
    expect(publicImagesForInstanceType("S5.LARGE8").some((i) => isGpuDriverImage(i.ImageId))).toBe(false);
  });

  it("Windows needs 2 GiB and x86, and is not offered on FPGA", () => {
    expect(imageSupportsType(windows, findInstanceType("S5.SMALL1")!)).toBe(false);
    expect(imageSupportsType(windows, findInstanceType("S5.SMALL2")!)).toBe(true);
    expect(imageSupportsType(windows, findInstanceType("SR1.MEDIUM4")!)).toBe(false);
    expect(imageSupportsType(windows, findInstanceType("FX4.4XLARGE64")!)).toBe(false);
  });

  it("reports the documented code per action", () => {
    expect(checkImageForInstanceType("RunInstances", arm, "S5.MEDIUM4")?.code).toBe("InvalidParameterValue.InvalidImageForGivenInstanceType");
    expect(checkImageForInstanceType("InquiryPriceRunInstances", arm, "S5.MEDIUM4")?.code).toBe("InvalidParameterValue.InvalidImageId");
    expect(checkImageForInstanceType("RunInstances", arm, "SR1.MEDIUM4")).toBeNull();
  });

  it("every type can boot at least one public image", () => {
    for (const t of INSTANCE_TYPES) expect(publicImagesForInstanceType(t.instanceType).length, t.instanceType).toBeGreaterThan(0);
  });
});

describe("seed structure checker", () => {
  it("flags a missing member, a wrong type and an unknown key", () => {
    const img = publicImages()[0] as unknown as Record<string, unknown>;
    const { OsName: _drop, ...missing } = img;
    void _drop;
    expect(shapeErrors(missing, "Image").join()).toContain("OsName: missing");
    expect(shapeErrors({ ...img, ImageSize: "50" }, "Image").join()).toContain("ImageSize: expected an integer");
    expect(shapeErrors({ ...img, Extra: 1 }, "Image").join()).toContain("Extra: not a member");
  });
});
