// CreateImage (seed 27699–28054): a custom image from an instance's system disk (and chosen data disks), or from
// snapshots. The image is CREATING until the clock says it is done, then NORMAL; the instance is busy meanwhile.
import type { CreateImageRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import type { CallFaults } from "../../admin/fault-rules";
import { isLocalDiskType } from "../../catalog/compute/disks";
import { ApiError } from "../../protocol/errors";
import { assertOperable, beginOperation } from "../instances/lifecycle";
import type { InstanceRecord } from "../instances/record";
import { requireInstances, saveInstance } from "../instances/repo";
import { buildImage, instanceOs, newImageId, takeSnapshot, type ImageOs } from "./build";
import { stringFlag } from "./codes";
import { IMAGE_SNAPSHOT_KIND, type ImageSnapshotRecord } from "./record";
import { saveImage, type ImageCtx } from "./repo";
import { assertImageDescription, assertImageFamily, assertImageName, assertNameFree, assertQuotaFor, imageTagsOf } from "./rules";
import { schedule } from "./timing";

/** The disks an image is made from, checked. */
interface Source {
  os: ImageOs;
  size: number;
  disks: { usage: ImageSnapshotRecord["DiskUsage"]; size: number; existing?: string }[];
  instance?: InstanceRecord;
}

function fromInstance(ctx: ImageCtx, p: CreateImageRequest): Source {
  const [rec] = requireInstances(ctx, [p.InstanceId!]);
  // A launch that failed left nothing to image.
  if (rec.InstanceState === "LAUNCH_FAILED") throw new ApiError("InvalidInstance.NotSupported", { en: `The instance \`${rec.InstanceId}\` failed to launch.` });
  // An isolated instance (recycle bin, expired) is frozen: seed 28032 UnsupportedOperation.InstanceStateFreezing.
  if (rec.InstanceState === "SHUTDOWN" && !rec.internal.pending) {
    throw new ApiError("UnsupportedOperation.InstanceStateFreezing", { en: `The instance \`${rec.InstanceId}\` is isolated (SHUTDOWN).` });
  }
  // RUNNING or STOPPED (seed 27749–27759: with ForcePoweroff it is shut down first, else imaged while running); the
  // documented UnsupportedOperation.InstanceState* codes (seed 28026–28044) for the rest.
  assertOperable(rec, "CreateImage", ["RUNNING", "STOPPED"]);
  const ids = p.DataDiskIds ?? [];
  const data = ids.map((id) => {
    // seed 27779: "DataDiskIds 只能在指定 InstanceId 实例所包含的数据盘范围内指定".
    if (id === rec.SystemDisk.DiskId) throw new ApiError("InvalidParameter.DataDiskIdContainsRootDisk", { en: `${id} is the system disk; DataDiskIds takes data disks only.` });
    const disk = rec.DataDisks.find((d) => d.DiskId === id);
    if (!disk) throw new ApiError("InvalidParameter.DataDiskNotBelongSpecifiedInstance", { en: `The data disk ${id} is not attached to ${rec.InstanceId}.` });
    if (isLocalDiskType(disk.DiskType ?? "")) throw new ApiError("InvalidParameter.LocalDataDiskNotSupport", { en: `${id} is a local disk (${disk.DiskType}); local data disks cannot be imaged.` });
    return { usage: "DATA_DISK" as const, size: disk.DiskSize ?? 0 };
  });
  const size = rec.SystemDisk.DiskSize ?? 50;
  return { os: instanceOs(ctx, rec), size, disks: [{ usage: "SYSTEM_DISK", size }, ...data], instance: rec };
}

function fromSnapshots(ctx: ImageCtx, ids: readonly string[]): Source {
  const snaps = ids.map((id) => {
    const s = ctx.store.get<ImageSnapshotRecord>(ctx.scope, IMAGE_SNAPSHOT_KIND, id);
    if (!s) throw new ApiError("InvalidParameter.SnapshotNotFound", { en: `The snapshot \`${id}\` does not exist.`, zh: `快照 \`${id}\` 不存在。` });
    return s;
  });
  // seed 27785: "必须包含一个系统盘快照".
  const system = snaps.filter((s) => s.DiskUsage === "SYSTEM_DISK");
  if (system.length === 0) throw new ApiError("InvalidParameter.SystemSnapshotNotFound", { en: "SnapshotIds must include a system disk snapshot." });
  if (system.length > 1) throw new ApiError("InvalidParameter.DuplicateSystemSnapshots", { en: "SnapshotIds may include only one system disk snapshot." });
  const sys = system[0];
  const ordered = [sys, ...snaps.filter((s) => s !== sys)];
  return {
    os: { osName: sys.osName, platform: sys.platform, architecture: sys.architecture },
    size: sys.DiskSize,
    disks: ordered.map((s) => ({ usage: s.DiskUsage, size: s.DiskSize, existing: s.SnapshotId })),
  };
}

/**
 * Checks the request; unless DryRun, creates the image (CREATING) and occupies the instance. Returns the ImageId ("" for
 * DryRun). Under the imageFailed fault the image lands CREATEFAILED (seed 36804) and the instance's CreateImage FAILED.
 */
export function createImage(ctx: ImageCtx, p: CreateImageRequest, faults?: CallFaults): string {
  // seed 27733 / 27787: "InstanceId 和 SnapshotIds 为二选一必填参数"; "不可与 InstanceId 同时传入".
  const snapshotIds = p.SnapshotIds ?? [];
  if (p.InstanceId !== undefined && snapshotIds.length > 0) throw new ApiError("InvalidParameterConflict", { en: "InstanceId and SnapshotIds cannot be specified together." });
  if (p.InstanceId === undefined && snapshotIds.length === 0) throw new ApiError("InvalidParameter.SpecifyOneParameter", { en: "Specify InstanceId or SnapshotIds." });
  // seed 27777: DataDiskIds belong to an image made from an instance.
  if (p.InstanceId === undefined && p.DataDiskIds?.length) throw new ApiError("InvalidParameter.InvalidDependence", { en: "DataDiskIds requires InstanceId." });
  assertImageName(ctx, p.ImageName);
  assertImageDescription(ctx, p.ImageDescription);
  assertImageFamily(ctx, p.ImageFamily);
  const forcePoweroff = stringFlag("ForcePoweroff", p.ForcePoweroff);
  stringFlag("Sysprep", p.Sysprep);
  const tags = imageTagsOf(ctx, p.TagSpecification);
  const source = p.InstanceId !== undefined ? fromInstance(ctx, p) : fromSnapshots(ctx, snapshotIds);
  assertNameFree(ctx, p.ImageName);
  assertQuotaFor(ctx, 1);
  if (p.DryRun) return "";

  const failMessage = faults?.imageFailed?.();
  return ctx.store.transaction(() => {
    const id = newImageId(ctx);
    const pending = schedule(ctx.store, ctx.clock.now(), "CreateImage", failMessage ? "CREATEFAILED" : "NORMAL", id);
    const snapshots = source.disks.map((d) => d.existing ?? takeSnapshot(ctx, id, d.usage, d.size, source.os));
    const internal = source.instance ? { sourceInstanceId: source.instance.InstanceId } : {};
    const rec = buildImage(ctx, id, {
      name: p.ImageName,
      description: p.ImageDescription ?? "",
      os: source.os,
      size: source.size,
      source: "CREATE_IMAGE",
      licenseType: "TencentCloud",
      family: p.ImageFamily ?? "",
      tags,
      snapshots,
      pending,
      internal,
    });
    saveImage(ctx, rec);
    if (source.instance) occupy(ctx, source.instance, { forcePoweroff, imageReadyAt: pending.at, failMessage });
    return id;
  });
}

/**
 * The instance is busy while its disks are imaged (OperationDenied.InstanceOperationInProgress for other work);
 * with ForcePoweroff a running instance is shut down first and stays STOPPED (seed 27749–27759).
 */
function occupy(ctx: ImageCtx, rec: InstanceRecord, o: { forcePoweroff: boolean; imageReadyAt: number; failMessage?: string }): void {
  const stop = o.forcePoweroff && rec.InstanceState === "RUNNING";
  const state = rec.InstanceState as "RUNNING" | "STOPPED";
  const busy = beginOperation(ctx, rec, {
    operation: "CreateImage",
    transitional: stop ? "STOPPING" : state,
    final: stop ? "STOPPED" : state,
    ...(o.failMessage ? { failMessage: o.failMessage } : {}),
  });
  // The instance is free again when the image is ready (or has failed).
  busy.internal.pending!.at = o.imageReadyAt;
  saveInstance(ctx, busy);
}
