// Public images (ImageType PUBLIC_IMAGE) with stable ids, and which instance types can boot them.
//
// The Image structure is seed 36738–36885. Copied from the seed: img-9qabwvbn is "CentOS 7.6 64位" with ImageSize 50,
// ImageCreator "tencent", LicenseType "TencentCloud" (DescribeImages example, seed 25100–25130); img-8toqc6s3 runs
// "CentOS 7.4 64bit" in the DescribeInstances example (seed 10267/10304); img-pmqg1cw7 and img-dkwyg6sr are the
// Linux images of the RunInstances examples (seed 9025, 9413). Windows images are 50 GB, Linux 20 GB (legacy API:
// "Windows ... 默认为免费分配50G", Linux from 20 G, seed 52756, 53053). CreatedTime uses the documented form
// YYYY-MM-DDThh:mm:ssZ (seed 36769).
// Compatibility (not in the seed, Tencent's product rules): arm images only on arm families and x86_64 only on x86;
// GPU-driver images only on GPU families; Windows needs ≥ 2 GiB of memory and is not offered on FPGA types.
import { findInstanceType, type InstanceTypeDef } from "./instance-types";

export interface ImageSnapshot {
  SnapshotId: string;
  DiskUsage: string;
  DiskSize: number;
}

/** The Image structure (seed 36738–36885), every member present. */
export interface Image {
  ImageId: string;
  OsName: string;
  ImageType: string;
  CreatedTime: string;
  ImageName: string;
  ImageDescription: string;
  ImageSize: number;
  Architecture: string;
  ImageState: string;
  Platform: string;
  ImageCreator: string;
  ImageSource: string;
  SyncPercent: number;
  IsSupportCloudinit: boolean;
  SnapshotSet: ImageSnapshot[];
  Tags: { Key: string; Value: string }[];
  LicenseType: string;
  ImageFamily: string;
  ImageDeprecated: boolean;
  CdcCacheStatus: string;
}

type Row = [id: string, osName: string, platform: string, arch: "x86_64" | "arm", size: number, created: string, flags?: "gpu" | "deprecated"];

const GPU_DRIVER = "GPU驱动 535.161.08 CUDA 12.2.2";

const ROWS: readonly Row[] = [
  ["img-eb30mz89", "TencentOS Server 3.1 (TK4)", "TencentOS", "x86_64", 20, "2022-03-01T08:00:00Z"],
  ["img-hdt9xxkt", "TencentOS Server 2.4 (TK4)", "TencentOS", "x86_64", 20, "2021-06-10T08:00:00Z"],
  ["img-mmytdhbn", "TencentOS Server 4 for x86_64", "TencentOS", "x86_64", 20, "2024-01-18T08:00:00Z"],
  ["img-3la7wgnt", "TencentOS Server 3.1 (TK4) for ARM64", "TencentOS", "arm", 20, "2022-04-12T08:00:00Z"],
  ["img-87a2kq5v", "TencentOS Server 4 for ARM64", "TencentOS", "arm", 20, "2024-01-18T08:00:00Z"],
  ["img-8toqc6s3", "CentOS 7.4 64位", "CentOS", "x86_64", 20, "2018-01-05T08:00:00Z"],
  ["img-9qabwvbn", "CentOS 7.6 64位", "CentOS", "x86_64", 50, "2020-09-22T00:00:00Z"],
  ["img-pmqg1cw7", "CentOS 7.9 64位", "CentOS", "x86_64", 20, "2021-03-25T08:00:00Z"],
  ["img-25szkc8t", "CentOS 8.2 64位", "CentOS", "x86_64", 20, "2020-07-30T08:00:00Z", "deprecated"],
  ["img-l8og963d", "CentOS Stream 9 64位", "CentOS", "x86_64", 20, "2022-08-10T08:00:00Z"],
  ["img-dkwyg6sr", "Ubuntu Server 20.04 LTS 64位", "Ubuntu", "x86_64", 20, "2020-05-12T08:00:00Z"],
  ["img-487zeit5", "Ubuntu Server 22.04 LTS 64位", "Ubuntu", "x86_64", 20, "2022-05-05T08:00:00Z"],
  ["img-mmeb0hq6", "Ubuntu Server 24.04 LTS 64位", "Ubuntu", "x86_64", 20, "2024-05-08T08:00:00Z"],
  ["img-hu7a2w1k", "Ubuntu Server 22.04 LTS 64位 ARM64", "Ubuntu", "arm", 20, "2022-06-15T08:00:00Z"],
  ["img-6rrx0ymd", "Debian 11.8 64位", "Debian", "x86_64", 20, "2023-11-01T08:00:00Z"],
  ["img-7ypcxb2e", "Debian 12.4 64位", "Debian", "x86_64", 20, "2024-01-10T08:00:00Z"],
  ["img-1tmhysjj", "Rocky Linux 9.3 64位", "Rocky Linux", "x86_64", 20, "2024-01-20T08:00:00Z"],
  ["img-d6pkpxvb", "AlmaLinux 9.3 64位", "AlmaLinux", "x86_64", 20, "2024-01-20T08:00:00Z"],
  ["img-qhqs0nmf", "OpenCloudOS 8.8 64位", "OpenCloudOS", "x86_64", 20, "2023-09-01T08:00:00Z"],
  ["img-i5u2lkoz", "OpenCloudOS 9.0 64位", "OpenCloudOS", "x86_64", 20, "2023-12-15T08:00:00Z"],
  ["img-9id7emv8", "Windows Server 2019 数据中心版 64位中文版", "Windows", "x86_64", 50, "2019-12-10T08:00:00Z"],
  ["img-2tddq004", "Windows Server 2019 数据中心版 64位英文版", "Windows", "x86_64", 50, "2019-12-10T08:00:00Z"],
  ["img-bxnwkr9l", "Windows Server 2022 数据中心版 64位中文版", "Windows", "x86_64", 50, "2022-03-15T08:00:00Z"],
  ["img-n8o7z1qd", "Windows Server 2022 数据中心版 64位英文版", "Windows", "x86_64", 50, "2022-03-15T08:00:00Z"],
  ["img-ca6k0w3q", `Ubuntu Server 22.04 LTS 64位 ${GPU_DRIVER}`, "Ubuntu", "x86_64", 50, "2024-03-01T08:00:00Z", "gpu"],
  ["img-ju72lkow", `TencentOS Server 3.1 (TK4) ${GPU_DRIVER}`, "TencentOS", "x86_64", 50, "2024-03-01T08:00:00Z", "gpu"],
];

function toImage([id, osName, platform, arch, size, created, flags]: Row): Image {
  return {
    ImageId: id,
    OsName: osName,
    ImageType: "PUBLIC_IMAGE",
    CreatedTime: created,
    ImageName: osName,
    ImageDescription: osName,
    ImageSize: size,
    Architecture: arch,
    ImageState: "NORMAL",
    Platform: platform,
    ImageCreator: "tencent",
    ImageSource: "OFFICIAL",
    SyncPercent: 0,
    IsSupportCloudinit: platform !== "Windows",
    SnapshotSet: [],
    Tags: [],
    LicenseType: "TencentCloud",
    ImageFamily: "",
    ImageDeprecated: flags === "deprecated",
    CdcCacheStatus: "",
  };
}

const IMAGES: readonly Image[] = ROWS.map(toImage);
const BY_ID = new Map(IMAGES.map((i) => [i.ImageId, i]));
const GPU_DRIVER_IDS = new Set(ROWS.filter((r) => r[6] === "gpu").map((r) => r[0]));

/** All public images, as fresh copies the caller may change. */
export function publicImages(): Image[] {
  return IMAGES.map((i) => structuredClone(i));
}

export function findPublicImage(imageId: string): Image | undefined {
  const i = BY_ID.get(imageId);
  return i ? structuredClone(i) : undefined;
}

export function isGpuDriverImage(imageId: string): boolean {
  return GPU_DRIVER_IDS.has(imageId);
}

/** Windows needs this much memory (product rule, not in the seed). */
export const WINDOWS_MIN_MEMORY_GIB = 2;

/** Whether an image (public or private: only Architecture, Platform and the id are read) boots on a type. */
export function imageSupportsType(image: Pick<Image, "ImageId" | "Architecture" | "Platform">, t: InstanceTypeDef): boolean {
  if ((image.Architecture === "arm") !== (t.family.architecture === "arm")) return false;
  if (isGpuDriverImage(image.ImageId) && t.family.category !== "gpu") return false;
  if (image.Platform === "Windows") return t.memory >= WINDOWS_MIN_MEMORY_GIB && t.family.category !== "fpga";
  return true;
}

/** DescribeImages with InstanceType (seed 25015): the public images that type can boot. */
export function publicImagesForInstanceType(instanceType: string): Image[] {
  const t = findInstanceType(instanceType);
  return t ? publicImages().filter((i) => imageSupportsType(i, t)) : [];
}

/**
 * The error for an image a type cannot boot: RunInstances and ResetInstance document
 * InvalidParameterValue.InvalidImageForGivenInstanceType (seed 9650); their inquiries do not, and use
 * InvalidParameterValue.InvalidImageId (seed 12913). Null when the image fits (or the type is unknown: the
 * caller reports that separately).
 */
export function checkImageForInstanceType(
  action: "RunInstances" | "ResetInstance" | "InquiryPriceRunInstances" | "InquiryPriceResetInstance",
  image: Pick<Image, "ImageId" | "Architecture" | "Platform" | "OsName">,
  instanceType: string,
): { code: string; en: string; zh: string } | null {
  const t = findInstanceType(instanceType);
  if (!t || imageSupportsType(image, t)) return null;
  const code = action.startsWith("InquiryPrice") ? "InvalidParameterValue.InvalidImageId" : "InvalidParameterValue.InvalidImageForGivenInstanceType";
  return {
    code,
    en: `The image ${image.ImageId} (${image.OsName}) does not support the instance type ${instanceType}.`,
    zh: `镜像 ${image.ImageId}（${image.OsName}）不支持实例机型 ${instanceType}。`,
  };
}
