import type { Image } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";

// What the Images page shows of an image: the Image structure (seed 36738–36884) with every member present, wire
// names kept. Public, custom and shared images all come through DescribeImages; marketplace images have no list
// in the CVM API (only an id typed in, which DescribeImages can look up).

export const IMAGE_TABS = ["private", "public", "shared", "marketplace"] as const;
export type ImageTab = (typeof IMAGE_TABS)[number];

/** seed 24936–24940: the image-type filter values. */
export const IMAGE_TYPES = ["PRIVATE_IMAGE", "PUBLIC_IMAGE", "SHARED_IMAGE"] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

export const TAB_IMAGE_TYPE: Record<Exclude<ImageTab, "marketplace">, ImageType> = {
  private: "PRIVATE_IMAGE",
  public: "PUBLIC_IMAGE",
  shared: "SHARED_IMAGE",
};

export function isImageTab(v: unknown): v is ImageTab {
  return typeof v === "string" && (IMAGE_TABS as readonly string[]).includes(v);
}

export interface ImageView {
  ImageId: string;
  ImageName: string;
  ImageType: string;
  ImageState: string;
  OsName: string;
  Platform: string;
  Architecture: string;
  /** GiB */
  ImageSize: number;
  CreatedTime: string;
  ImageSource: string;
  ImageCreator: string;
  ImageDescription: string;
  ImageFamily: string;
  ImageDeprecated: boolean;
  LicenseType: string;
  IsSupportCloudinit: boolean;
  /** A copy being synchronised: its progress 0–100 (seed 36844); null when not syncing. */
  SyncPercent: number | null;
  SnapshotSet: Array<{ SnapshotId: string; DiskUsage: string; DiskSize: number }>;
  Tags: Array<{ Key: string; Value: string }>;
}

export interface ImageList {
  ImageSet: ImageView[];
  /** What DescribeImages counted; more than ImageSet.length when the list was cut at MAX_LISTED. */
  TotalCount: number;
  asOf: string;
}

/** DescribeImageQuota (seed 25988) and the custom images that count against it in this region. */
export interface ImageQuota {
  used: number;
  total: number;
}

/** The most images one tab lists (the custom-image quota is 500 per region, seed 26367). */
export const MAX_LISTED = 1000;

const str = (v: string | null | undefined) => v ?? "";
const num = (v: number | null | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : 0);

export function toImageView(i: Image): ImageView {
  const syncing = i.ImageState === "SYNCING";
  return {
    ImageId: str(i.ImageId),
    ImageName: str(i.ImageName),
    ImageType: str(i.ImageType),
    ImageState: str(i.ImageState),
    OsName: str(i.OsName),
    Platform: str(i.Platform),
    Architecture: str(i.Architecture),
    ImageSize: num(i.ImageSize),
    CreatedTime: str(i.CreatedTime),
    ImageSource: str(i.ImageSource),
    ImageCreator: str(i.ImageCreator),
    ImageDescription: str(i.ImageDescription),
    ImageFamily: str(i.ImageFamily),
    ImageDeprecated: i.ImageDeprecated === true,
    LicenseType: str(i.LicenseType),
    IsSupportCloudinit: i.IsSupportCloudinit === true,
    SyncPercent: syncing ? num(i.SyncPercent) : null,
    SnapshotSet: (i.SnapshotSet ?? []).map((s) => ({ SnapshotId: str(s.SnapshotId), DiskUsage: str(s.DiskUsage), DiskSize: num(s.DiskSize) })),
    Tags: (i.Tags ?? []).map((t) => ({ Key: str(t.Key), Value: str(t.Value) })),
  };
}

/** An instance an image can be made from, or whose OS can be converted (DescribeInstances, only what the dialogs need). */
export interface SourceInstance {
  InstanceId: string;
  InstanceName: string;
  InstanceState: string;
  OsName: string;
  ImageId: string;
  Zone: string;
  /** Work in flight (LatestOperationState OPERATING): CreateImage and ConvertOperatingSystems refuse such an instance. */
  busy: boolean;
  SystemDisk: { DiskId: string; DiskType: string; DiskSize: number };
  DataDisks: Array<{ DiskId: string; DiskType: string; DiskSize: number }>;
}

/** DescribeImportImageOs (seed 25544–25987): the systems ImportImage accepts. */
export interface ImportOsList {
  Linux: string[];
  Windows: string[];
  Versions: Array<{ OsName: string; OsVersions: string[]; Architecture: string[] }>;
}

/** One copy of a SyncImages call, as the progress panel polls it. */
export interface SyncCopyStatus {
  Region: string;
  ImageId: string;
  /** "GONE" when the destination region no longer lists it. */
  ImageState: string;
  SyncPercent: number | null;
}
