// A private image as stored: the Image structure (seed 36738–36884, every member present) plus emulator-only
// data. One document per ImageId under the kind "image" in the owner's scope (account + region), the kind the
// quote/launch code and DescribeAccountQuota already read (PRIVATE_IMAGE_KIND).
import type { Image } from "../../catalog/compute/images";

/** = PRIVATE_IMAGE_KIND of pricing-inputs/quote-image (not imported: quote-image resolves images through this module). */
export const IMAGE_KIND = "image";
/** Snapshots made for images (CreateImage/ImportImage); they outlive the image unless DeleteBindedSnap. */
export const IMAGE_SNAPSHOT_KIND = "image-snapshot";
/** ExportImages tasks (for the running-task limit and the "in use" check of DeleteImages). */
export const IMAGE_EXPORT_TASK_KIND = "image-export-task";

/** seed 36804: ImageState values. */
export const IMAGE_STATES = ["CREATING", "NORMAL", "CREATEFAILED", "SYNCING", "IMPORTING", "IMPORTFAILED"] as const;
export type ImageStateName = (typeof IMAGE_STATES)[number];
/** seed 36756: ImageType values. */
export const IMAGE_TYPES = ["PUBLIC_IMAGE", "PRIVATE_IMAGE", "SHARED_IMAGE"] as const;
/** States of an image with work in flight: it can be neither used nor changed until it lands. */
export const BUSY_IMAGE_STATES: readonly string[] = ["CREATING", "SYNCING", "IMPORTING"];

/** A state change scheduled on the emulator clock, applied lazily when the image is next read. */
export interface ImagePending {
  operation: "CreateImage" | "SyncImages" | "ImportImage";
  to: ImageStateName;
  startedAt: number;
  at: number;
  /** "After N describes" speed mode: DescribeImages calls that must still see it. */
  describesLeft?: number;
}

export interface ImageShare {
  AccountId: string;
  CreatedTime: string;
}

export interface ImageInternal {
  createdAtMs: number;
  pending?: ImagePending;
  /** ModifyImageSharePermission: the accounts (owner UINs) this image is shared with, in share order. */
  sharedWith: ImageShare[];
  /** Encrypted custom image (SyncImages Encrypt=true). */
  encrypted?: { kmsKeyId: string };
  /** A copy made by SyncImages: where it came from (its SyncPercent shows the copy's progress). */
  syncedFrom?: { region: string; imageId: string };
  /** The instance CreateImage made it from. */
  sourceInstanceId?: string;
  /** ImportImage: what was imported. */
  imported?: { osType: string; osVersion: string; url: string; bootMode: string };
}

/** Every Image member; Image["SyncPercent"] may be null (seed 36844). */
export type ImageFields = Omit<Image, "SyncPercent"> & { SyncPercent: number | null };
export type ImageRecord = ImageFields & { internal: ImageInternal };

/** A snapshot the emulator made for an image (Snapshot, seed 39053–39079, plus what the image was). */
export interface ImageSnapshotRecord {
  SnapshotId: string;
  DiskUsage: "SYSTEM_DISK" | "DATA_DISK";
  DiskSize: number;
  /** The image it was made for, and what that image ran (CreateImage from SnapshotIds reuses it). */
  imageId: string;
  osName: string;
  platform: string;
  architecture: string;
  createdAtMs: number;
}

export interface ExportTaskRecord {
  TaskId: number;
  imageIds: string[];
  startedAt: number;
  at: number;
}
