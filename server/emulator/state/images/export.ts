// ExportImages (seed 27420–27698): custom images written to a COS bucket as disk files. A task runs on the clock;
// while it runs the image is in use (DeleteImages refuses it) and counts against the running-task limit.
import type { ExportImagesRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { randomInt } from "node:crypto";
import { ApiError } from "../../protocol/errors";
import { IMAGE_EXPORT_TASK_KIND, type ExportTaskRecord, type ImageRecord } from "./record";
import { requireImage, type ImageCtx } from "./repo";
import { imageTiming } from "./timing";

/** seed 27464: "取值范围：RAW，QCOW2，VHD，VMDK。默认为RAW". */
const FORMATS = ["RAW", "QCOW2", "VHD", "VMDK"];
/** Not in the seed (the documented codes imply them): images per call, running tasks per region, largest exportable image. */
const MAX_IMAGES = 10;
const MAX_RUNNING_TASKS = 10;
const MAX_EXPORT_GB = 500;
/** seed 27497: the default role; a role name follows CAM's form. */
const ROLE_NAME = /^[A-Za-z0-9_+=,.@-]{1,128}$/;
/** COS bucket names: letters, digits, hyphens (the seed's examples "mybucketname", "test-bucket-AppId", seed 27448 / 27570). */
const BUCKET = /^[A-Za-z0-9][A-Za-z0-9-]{0,59}$/;

export interface ExportResult {
  TaskId: number;
  CosPaths: string[];
}

function checkBucket(ctx: ImageCtx & { appId?: number }, bucket: string, roleName: string): void {
  if (!BUCKET.test(bucket)) throw new ApiError("InvalidParameterValue.BucketNotFound", { en: `The bucket \`${bucket}\` does not exist.` });
  // A bucket named for another account's APPID (<name>-<appid>) is not writable by this one's role.
  const appId = /-(\d{6,})$/.exec(bucket)?.[1];
  if (appId && ctx.appId !== undefined && Number(appId) !== ctx.appId) {
    throw new ApiError("InvalidParameterValue.InvalidBucketPermissionForExport", { en: `The role ${roleName} cannot write to the bucket \`${bucket}\` of APPID ${appId}.` });
  }
  if (!ROLE_NAME.test(roleName)) throw new ApiError("AuthFailure.CamRoleNameAuthenticateFailed", { en: `The role name \`${roleName}\` is not valid.` });
}

function requireExportable(ctx: ImageCtx, id: string): ImageRecord {
  const found = requireImage(ctx, id);
  if (found.kind === "public") throw new ApiError("UnsupportedOperation.PublicImageExportUnsupported", { en: `The image \`${id}\` is a public image and cannot be exported.` });
  if (found.kind === "shared") throw new ApiError("UnsupportedOperation.SharedImageExportUnsupported", { en: `The image \`${id}\` is shared with you and cannot be exported.` });
  const rec = found.rec;
  if (rec.internal.encrypted) throw new ApiError("UnsupportedOperation.EncryptedImagesNotSupported", { en: `The image \`${id}\` is encrypted and cannot be exported.` });
  if (rec.ImageState !== "NORMAL") throw new ApiError("InvalidParameterValue.InvalidImageState", { en: `The image \`${id}\` is ${rec.ImageState}; only NORMAL images can be exported.` });
  if (rec.Platform === "Windows") throw new ApiError("UnsupportedOperation.WindowsImageExportUnsupported", { en: `The image \`${id}\` runs Windows and cannot be exported.` });
  if (/red\s?hat/i.test(rec.Platform)) throw new ApiError("UnsupportedOperation.RedHatImageExportUnsupported", { en: `The image \`${id}\` runs Red Hat and cannot be exported.` });
  const total = rec.SnapshotSet.reduce((sum, s) => sum + s.DiskSize, 0);
  if (total > MAX_EXPORT_GB) throw new ApiError("UnsupportedOperation.ImageTooLargeExportUnsupported", { en: `The image \`${id}\` holds ${total} GB; at most ${MAX_EXPORT_GB} GB can be exported.` });
  return rec;
}

/** seed 27518: "前缀名_镜像ID_system_快照ID.镜像格式" (data disks "_data_"), with the format's extension. */
function cosPaths(rec: ImageRecord, prefix: string | undefined, format: string, rootOnly: boolean): string[] {
  const ext = format.toLowerCase();
  const head = prefix ? `${prefix}_` : "";
  return rec.SnapshotSet.filter((s) => !rootOnly || s.DiskUsage === "SYSTEM_DISK").map(
    (s) => `/${head}${rec.ImageId}_${s.DiskUsage === "SYSTEM_DISK" ? "system" : "data"}_${s.SnapshotId}.${ext}`,
  );
}

export function exportImages(ctx: ImageCtx & { appId?: number }, p: ExportImagesRequest): ExportResult {
  const ids = p.ImageIds ?? [];
  // seed 27455–27457: ImageIds or SnapshotIds, and SnapshotIds is not open yet.
  if (ids.length === 0) throw new ApiError("InvalidParameter.ImageIdsSnapshotIdsMustOne", { en: "ImageIds is required (SnapshotIds is not available)." });
  if (ids.length > MAX_IMAGES) throw new ApiError("InvalidParameterValue.LimitExceeded", { en: `At most ${MAX_IMAGES} images per export.` });
  const format = (p.ExportFormat ?? "RAW").toUpperCase();
  if (!FORMATS.includes(format)) throw new ApiError("InvalidParameterValue", { en: `ExportFormat must be one of ${FORMATS.join(", ")}, got "${p.ExportFormat}".` });
  const prefixes = p.FileNamePrefixList;
  if (prefixes && prefixes.length !== ids.length) {
    throw new ApiError("InvalidParameterValue.InvalidFileNamePrefixList", { en: `FileNamePrefixList has ${prefixes.length} entries for ${ids.length} images.` });
  }
  checkBucket(ctx, p.BucketName, p.RoleName ?? "CVM_QcsRole");
  const recs = ids.map((id) => requireExportable(ctx, id));
  const now = ctx.clock.now();
  const running = ctx.store.peekAll<ExportTaskRecord>(ctx.scope, IMAGE_EXPORT_TASK_KIND).filter((t) => t.at > now);
  if (running.length >= MAX_RUNNING_TASKS) {
    throw new ApiError("LimitExceeded.ExportImageTaskLimitExceeded", { en: `${running.length} export tasks are running; wait for one to finish.` });
  }
  const CosPaths = recs.flatMap((rec, i) => cosPaths(rec, prefixes?.[i], format, p.OnlyExportRootDisk ?? false));
  if (p.DryRun) return { TaskId: 0, CosPaths };
  const TaskId = randomInt(100_000_000, 999_999_999);
  // Finished tasks are forgotten; only running ones matter (the limit, DeleteImages' "in use").
  for (const t of ctx.store.peekAll<ExportTaskRecord>(ctx.scope, IMAGE_EXPORT_TASK_KIND)) if (t.at <= now) ctx.store.delete(ctx.scope, IMAGE_EXPORT_TASK_KIND, String(t.TaskId));
  const task: ExportTaskRecord = { TaskId, imageIds: recs.map((r) => r.ImageId), startedAt: now, at: now + imageTiming(ctx.store, "ExportImages", String(TaskId)).ms };
  ctx.store.put(ctx.scope, IMAGE_EXPORT_TASK_KIND, String(TaskId), task);
  return { TaskId, CosPaths };
}
