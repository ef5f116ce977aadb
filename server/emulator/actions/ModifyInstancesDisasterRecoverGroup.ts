import type {
  ModifyInstancesDisasterRecoverGroupRequest,
  ModifyInstancesDisasterRecoverGroupResponse,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { isLocalDiskType } from "../catalog/compute/disks";
import { ApiError } from "../protocol/errors";
import { assertAllOperable, finishImmediately, requireBatch } from "../state/changes/operations";
import { assertCanJoin, moveToGroup, requireGroup } from "../state/changes/placement-groups";
import { defineAction } from "./types";

/**
 * ModifyInstancesDisasterRecoverGroup (seed 18526–18747): move up to 100 instances (seed 18550) into a spread
 * placement group, or out of theirs when DisasterRecoverGroupId is absent. Force (moving hosts) is not for
 * instances with local disks (seed 18566). The group side is a seam (state/changes/placement-groups.ts).
 */
export default defineAction<ModifyInstancesDisasterRecoverGroupRequest, ModifyInstancesDisasterRecoverGroupResponse>((params, ctx) => {
  const recs = requireBatch(ctx, params.InstanceIds, 100);
  const groupId = params.DisasterRecoverGroupId ?? "";
  const group = groupId ? requireGroup(ctx, groupId) : undefined;
  // seed 18566: "本地盘子机不支持指定此参数".
  const local = params.Force ? recs.find((r) => [r.SystemDisk, ...r.DataDisks].some((d) => isLocalDiskType(d.DiskType ?? ""))) : undefined;
  if (local) throw new ApiError("InvalidParameterValue.NotSupported", { en: `Force is not supported for ${local.InstanceId}, which has local disks.` });
  assertAllOperable(ctx, recs, ["RUNNING", "STOPPED"]);
  if (group) assertCanJoin(group, recs);
  ctx.store.transaction(() => {
    moveToGroup(ctx, recs, groupId);
    for (const rec of recs) finishImmediately(ctx, rec);
  });
  return {};
});
