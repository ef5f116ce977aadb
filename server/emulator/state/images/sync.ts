// SyncImages (seed 26353–26706): copies one custom image to other regions of the same account (copies are SYNCING,
// with their progress in SyncPercent, then NORMAL); a shared image or an encryption copy stays in its own region.
import type { SyncImage, SyncImagesRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { isKnownRegion } from "../../catalog/regions";
import { ApiError } from "../../protocol/errors";
import type { Scope } from "../store";
import { buildImage, newImageId, takeSnapshot } from "./build";
import type { ImageRecord } from "./record";
import { requireImage, saveImage, scanImages, type ImageCtx } from "./repo";
import { assertImageName, assertNameFree, assertQuotaFor } from "./rules";
import { schedule } from "./timing";

/**
 * seed 26415: "暂不支持部分地域同步". Not named in the seed: the finance regions are isolated from the public ones, so
 * images neither leave nor enter them.
 */
const NO_SYNC_REGIONS = ["ap-shanghai-fsi", "ap-shenzhen-fsi"];
/** seed 26482 example "2bb53791-c2e9-4c42-8772-ecf135a1d92x": a KMS key id is a UUID-shaped string. */
const KMS_KEY_ID = /^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/;

function checkDestinations(ctx: ImageCtx, regions: readonly string[]): string[] {
  const unique = [...new Set(regions)];
  if (unique.length === 0) throw new ApiError("InvalidParameterValue", { en: "DestinationRegions must name at least one region." });
  for (const r of unique) {
    // seed 26405: "必须是一个合法的Region".
    if (!isKnownRegion(r)) throw new ApiError("InvalidRegion.NotFound", { en: `The region \`${r}\` does not exist.`, zh: `未找到地域 \`${r}\`。` });
    if (NO_SYNC_REGIONS.includes(r) || NO_SYNC_REGIONS.includes(ctx.scope.region)) {
      throw new ApiError("InvalidRegion.Unavailable", { en: `Images cannot be synchronised between ${ctx.scope.region} and ${r}.` });
    }
  }
  return unique;
}

const sourceOnly = (region: string, why: string) =>
  new ApiError("InvalidParameterValue.InvalidRegion", { en: `${why}: DestinationRegions may only be the source region ${region}.` });

/** The copies to make, checked; the source record and whether it is someone else's shared image. */
function checkSource(ctx: ImageCtx, p: SyncImagesRequest, regions: readonly string[]): { src: ImageRecord; shared: boolean } {
  const found = requireImage(ctx, p.ImageIds[0]);
  if (found.kind === "public") throw new ApiError("InvalidParameterValue.InvalidImageId", { en: `The image \`${p.ImageIds[0]}\` is a public image; only custom and shared images can be synchronised.` });
  const src = found.rec;
  const shared = found.kind === "shared";
  const here = ctx.scope.region;
  // seed 26363–26365 / 26409–26413 / 26451: a shared image, or a copy into an encrypted image, stays in the source region.
  if (shared && regions.some((r) => r !== here)) throw sourceOnly(here, "A shared image is copied as a custom image of its own region");
  if (p.Encrypt) {
    if (regions.some((r) => r !== here)) throw sourceOnly(here, "An encrypted copy is made in the source region");
    if (shared || src.internal.encrypted) throw new ApiError("UnsupportedOperation.SyncEncryptImageNotSupport", { en: `The image \`${src.ImageId}\` cannot be turned into an encrypted custom image.` });
    if (p.KmsKeyId !== undefined && !KMS_KEY_ID.test(p.KmsKeyId)) throw new ApiError("InvalidParameter.InvalidKmsKeyId", { en: `The KMS key id \`${p.KmsKeyId}\` is not valid.` });
  } else if (!shared) {
    // seed 26407: "如果是自定义镜像，则目标同步地域不能为源地域".
    if (regions.includes(here)) throw new ApiError("InvalidParameterValue.InvalidRegion", { en: `A custom image cannot be synchronised to its own region ${here}.` });
    if (src.internal.encrypted) throw new ApiError("UnsupportedOperation.EncryptedImagesNotSupported", { en: `The image \`${src.ImageId}\` is encrypted and cannot leave ${here}.` });
  }
  // seed 26392: "镜像ID对应的镜像状态必须为NORMAL".
  if (src.ImageState !== "NORMAL") throw new ApiError("InvalidImageId.IncorrectState", { en: `The image \`${src.ImageId}\` is ${src.ImageState}; only NORMAL images can be synchronised.` });
  return { src, shared };
}

function copyInFlight(ctx: ImageCtx, scope: Scope, srcId: string): boolean {
  return scanImages(ctx, scope).some((r) => r.internal.syncedFrom?.imageId === srcId && r.internal.pending !== undefined);
}

/** Checks the request; unless DryRun, starts one copy per destination. Returns where the copies are. */
export function syncImages(ctx: ImageCtx, p: SyncImagesRequest): SyncImage[] {
  // seed 26359: "该接口每次调用只支持同步一个镜像".
  if (p.ImageIds.length !== 1) throw new ApiError("InvalidParameterValue.LimitExceeded", { en: `SyncImages takes exactly one image per call; got ${p.ImageIds.length}.` });
  const regions = checkDestinations(ctx, p.DestinationRegions);
  const { src, shared } = checkSource(ctx, p, regions);
  if (p.ImageName !== undefined) assertImageName(ctx, p.ImageName);
  const targets = regions.map((region) => ({ account: ctx.scope.account, region }));
  for (const scope of targets) {
    if (copyInFlight(ctx, scope, src.ImageId)) {
      throw new ApiError("FailedOperation.InvalidImageState", { en: `The image \`${src.ImageId}\` is already being copied to ${scope.region}; try again when that finishes.` });
    }
    if (p.ImageName !== undefined) assertNameFree(ctx, p.ImageName, scope);
    assertQuotaFor(ctx, 1, scope);
  }
  if (p.DryRun) return [];
  return ctx.store.transaction(() => targets.map((scope) => ({ Region: scope.region, ImageId: startCopy(ctx, src, scope, p, shared) })));
}

function startCopy(ctx: ImageCtx, src: ImageRecord, scope: Scope, p: SyncImagesRequest, shared: boolean): string {
  const id = newImageId(ctx);
  const os = { osName: src.OsName, platform: src.Platform, architecture: src.Architecture };
  const snapshots = src.SnapshotSet.map((s) => takeSnapshot(ctx, id, s.DiskUsage as "SYSTEM_DISK" | "DATA_DISK", s.DiskSize, os, scope));
  const rec = buildImage(
    ctx,
    id,
    {
      name: p.ImageName ?? src.ImageName,
      description: src.ImageDescription,
      os,
      size: src.ImageSize,
      source: src.ImageSource as "CREATE_IMAGE" | "EXTERNAL_IMPORT",
      licenseType: src.LicenseType,
      family: src.ImageFamily,
      tags: shared ? [] : src.Tags,
      snapshots,
      pending: schedule(ctx.store, ctx.clock.now(), "SyncImages", "NORMAL", id),
      internal: {
        syncedFrom: { region: ctx.scope.region, imageId: src.ImageId },
        ...(p.Encrypt ? { encrypted: { kmsKeyId: p.KmsKeyId ?? "" } } : src.internal.encrypted ? { encrypted: src.internal.encrypted } : {}),
        ...(src.internal.imported ? { imported: src.internal.imported } : {}),
      },
    },
    scope,
  );
  saveImage(ctx, rec, scope);
  return id;
}
