// New image records and their snapshots, for CreateImage, ImportImage and SyncImages.
import { findPublicImage } from "../../catalog/compute/images";
import { findInstanceType } from "../../catalog/compute/instance-types";
import { newUniqueId } from "../ids";
import type { InstanceRecord } from "../instances/record";
import { isoSeconds } from "../instances/time";
import type { Scope } from "../store";
import { IMAGE_KIND, IMAGE_SNAPSHOT_KIND, type ImagePending, type ImageRecord, type ImageSnapshotRecord } from "./record";
import { loadImage, sharedWithMe, type ImageCtx } from "./repo";

/** What an image runs: taken from its source (an instance's image, snapshots, an import). */
export interface ImageOs {
  osName: string;
  platform: string;
  architecture: string;
}

export interface NewImage {
  name: string;
  description: string;
  os: ImageOs;
  size: number;
  source: "CREATE_IMAGE" | "EXTERNAL_IMPORT";
  licenseType: string;
  family: string;
  tags: { Key: string; Value: string }[];
  snapshots: ImageSnapshotRecord["SnapshotId"][];
  pending: ImagePending;
  internal?: Partial<ImageRecord["internal"]>;
}

export function newImageId(ctx: ImageCtx): string {
  return newUniqueId("img", (id) => findPublicImage(id) !== undefined || ctx.store.scopesWith(IMAGE_KIND).some((s) => ctx.store.has(s, IMAGE_KIND, id)));
}

export function newSnapshotId(ctx: ImageCtx): string {
  return newUniqueId("snap", (id) => ctx.store.has(ctx.scope, IMAGE_SNAPSHOT_KIND, id));
}

/** A private image record in its pending state (CREATING / IMPORTING / SYNCING), ImageCreator = the owner's UIN. */
export function buildImage(ctx: ImageCtx, id: string, n: NewImage, scope: Scope = ctx.scope): ImageRecord {
  const now = ctx.clock.now();
  const snapshots = n.snapshots.map((s) => ctx.store.get<ImageSnapshotRecord>(scope, IMAGE_SNAPSHOT_KIND, s)!);
  return {
    ImageId: id,
    OsName: n.os.osName,
    ImageType: "PRIVATE_IMAGE",
    CreatedTime: isoSeconds(now),
    ImageName: n.name,
    ImageDescription: n.description,
    ImageSize: n.size,
    Architecture: n.os.architecture,
    ImageState: n.pending.operation === "ImportImage" ? "IMPORTING" : n.pending.operation === "SyncImages" ? "SYNCING" : "CREATING",
    Platform: n.os.platform,
    ImageCreator: scope.account,
    ImageSource: n.source,
    SyncPercent: 0,
    IsSupportCloudinit: n.os.platform !== "Windows",
    SnapshotSet: snapshots.map((s) => ({ SnapshotId: s.SnapshotId, DiskUsage: s.DiskUsage, DiskSize: s.DiskSize })),
    Tags: n.tags,
    LicenseType: n.licenseType,
    ImageFamily: n.family,
    ImageDeprecated: false,
    CdcCacheStatus: "",
    internal: { createdAtMs: now, pending: n.pending, sharedWith: [], ...n.internal },
  };
}

/** Records a snapshot of a disk for an image about to be made; returns its id. */
export function takeSnapshot(ctx: ImageCtx, imageId: string, usage: ImageSnapshotRecord["DiskUsage"], size: number, os: ImageOs, scope: Scope = ctx.scope): string {
  const SnapshotId = newSnapshotId(ctx);
  const snap: ImageSnapshotRecord = {
    SnapshotId,
    DiskUsage: usage,
    DiskSize: size,
    imageId,
    osName: os.osName,
    platform: os.platform,
    architecture: os.architecture,
    createdAtMs: ctx.clock.now(),
  };
  ctx.store.put(scope, IMAGE_SNAPSHOT_KIND, SnapshotId, snap);
  return SnapshotId;
}

/**
 * What an instance runs: its image's OS (public, its own custom image, or one shared with it); for an image since
 * deleted, guessed from OsName and the instance type's architecture.
 */
export function instanceOs(ctx: ImageCtx, rec: Readonly<InstanceRecord>): ImageOs {
  const image = findPublicImage(rec.ImageId) ?? loadImage(ctx, rec.ImageId) ?? sharedWithMe(ctx).find((s) => s.rec.ImageId === rec.ImageId)?.rec;
  if (image) return { osName: rec.OsName || image.OsName, platform: image.Platform, architecture: image.Architecture };
  const platform = /windows/i.test(rec.OsName) ? "Windows" : (rec.OsName.split(/\s+/)[0] ?? "Linux");
  return { osName: rec.OsName, platform, architecture: findInstanceType(rec.InstanceType)?.family.architecture ?? "x86_64" };
}
