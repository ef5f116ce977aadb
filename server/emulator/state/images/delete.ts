// DeleteImages (seed 26896–27117): removes custom images, all or none. Refused while an image is being made or
// used, and while it is shared with other accounts (seed 26902–26906).
import { ApiError } from "../../protocol/errors";
import { scanInstances } from "../instances/repo";
import { BUSY_IMAGE_STATES, IMAGE_EXPORT_TASK_KIND, IMAGE_KIND, IMAGE_SNAPSHOT_KIND, type ExportTaskRecord, type ImageRecord } from "./record";
import { deleteImage, requireImage, scanImages, type ImageCtx } from "./repo";

/** Not in the seed: the usual ceiling of an id list (InvalidParameterValue.LimitExceeded is documented). */
const MAX_IDS = 100;

/** What keeps an image busy besides its own state: a copy of it syncing, an export of it, an instance launching from it. */
export function imageUse(ctx: ImageCtx, imageId: string): string | undefined {
  const now = ctx.clock.now();
  for (const scope of ctx.store.scopesWith(IMAGE_KIND)) {
    if (scope.account !== ctx.scope.account) continue;
    const copy = scanImages(ctx, scope).find((r) => r.internal.syncedFrom?.imageId === imageId && r.internal.pending);
    if (copy) return `it is being copied to ${scope.region} (${copy.ImageId})`;
  }
  const exporting = ctx.store.peekAll<ExportTaskRecord>(ctx.scope, IMAGE_EXPORT_TASK_KIND).find((t) => t.at > now && t.imageIds.includes(imageId));
  if (exporting) return `it is being exported (task ${exporting.TaskId})`;
  const launching = scanInstances(ctx).find((i) => i.ImageId === imageId && i.InstanceState === "PENDING");
  if (launching) return `the instance ${launching.InstanceId} is launching from it`;
  return undefined;
}

function checkDeletable(ctx: ImageCtx, id: string): ImageRecord {
  const found = requireImage(ctx, id);
  if (found.kind === "public") throw new ApiError("InvalidParameterValue.InvalidImageId", { en: `The image \`${id}\` is a public image and cannot be deleted.` });
  if (found.kind === "shared") throw new ApiError("InvalidParameterValue.InvalidImageIdIsShared", { en: `The image \`${id}\` is shared with you by another account; only its owner can delete it.` });
  const rec = found.rec;
  if (BUSY_IMAGE_STATES.includes(rec.ImageState)) {
    throw new ApiError("InvalidImageId.IncorrectState", { en: `The image \`${id}\` is ${rec.ImageState}; it cannot be deleted until that finishes.`, zh: `镜像 \`${id}\` 状态为 ${rec.ImageState}，不允许删除。` });
  }
  const use = imageUse(ctx, id);
  if (use) throw new ApiError("InvalidImageId.IncorrectState", { en: `The image \`${id}\` is in use: ${use}.`, zh: `镜像 \`${id}\` 使用中，不允许删除。` });
  if (rec.internal.sharedWith.length > 0) {
    throw new ApiError("InvalidImageId.InShared", {
      en: `The image \`${id}\` is shared with ${rec.internal.sharedWith.length} account(s); cancel the sharing first.`,
      zh: `镜像 \`${id}\` 处于共享中，请先取消共享。`,
    });
  }
  return rec;
}

/** Checks every image, then (unless DryRun) deletes them; DeleteBindedSnap also deletes their snapshots. */
export function deleteImages(ctx: ImageCtx, ids: readonly string[], deleteSnapshots: boolean, dryRun: boolean): void {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw new ApiError("InvalidParameterValue", { en: "ImageIds must name at least one image." });
  if (unique.length > MAX_IDS) throw new ApiError("InvalidParameterValue.LimitExceeded", { en: `At most ${MAX_IDS} ImageIds per request.` });
  const recs = unique.map((id) => checkDeletable(ctx, id));
  if (dryRun) return;
  ctx.store.transaction(() => {
    for (const rec of recs) deleteImage(ctx, rec.ImageId);
    if (!deleteSnapshots) return;
    // A snapshot another remaining image was made from stays.
    const inUse = new Set(scanImages(ctx).flatMap((r) => r.SnapshotSet.map((s) => s.SnapshotId)));
    for (const rec of recs) {
      for (const s of rec.SnapshotSet) if (!inUse.has(s.SnapshotId)) ctx.store.delete(ctx.scope, IMAGE_SNAPSHOT_KIND, s.SnapshotId);
    }
  });
}
