// The instance side of spread placement groups (ModifyInstancesDisasterRecoverGroup, seed 18526–18747).
// SEAM: placement groups themselves (Create/Describe/DeleteDisasterRecoverGroups) come later. They live in the
// store under kind `disaster-recover-group`, one document per group shaped as the seed's DisasterRecoverGroup
// (seed 36285–36350: DisasterRecoverGroupId, Type, CvmQuotaTotal, CurrentNum, InstanceIds …). Until that work
// lands no group exists, so every group id is refused with FailedOperation.DisasterRecoverGroupNotFound.
import type { DisasterRecoverGroup } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError } from "../../protocol/errors";
import { isWellFormedId } from "../ids";
import type { InstanceRecord } from "../instances/record";
import type { InstanceCtx } from "../instances/repo";

export const DISASTER_RECOVER_GROUP_KIND = "disaster-recover-group";

export type GroupRecord = DisasterRecoverGroup & { DisasterRecoverGroupId: string; InstanceIds: string[] };

/** The group named by `id` (seed 18561: "ps-a66w6rlb"), or the documented refusal. */
export function requireGroup(ctx: InstanceCtx, id: string): GroupRecord {
  if (!isWellFormedId("ps", id)) {
    throw new ApiError("InvalidParameterValue.DisasterRecoverGroupIdMalformed", { en: `The placement group ID \`${id}\` is malformed.` });
  }
  const group = ctx.store.get<GroupRecord>(ctx.scope, DISASTER_RECOVER_GROUP_KIND, id);
  if (!group) throw new ApiError("FailedOperation.DisasterRecoverGroupNotFound", { en: `The placement group \`${id}\` does not exist.` });
  return group;
}

/** Refuses instances already in the group and a move that would overfill it (CvmQuotaTotal). */
export function assertCanJoin(group: GroupRecord, recs: readonly InstanceRecord[]): void {
  const inGroup = recs.find((r) => group.InstanceIds.includes(r.InstanceId));
  if (inGroup) {
    throw new ApiError("FailedOperation.AlreadyInDisasterRecoverGroup", {
      en: `The instance ${inGroup.InstanceId} is already in ${group.DisasterRecoverGroupId}.`,
      zh: `该实例 ${inGroup.InstanceId} 已经在 ${group.DisasterRecoverGroupId} 置放群组里。`,
    });
  }
  if (group.CvmQuotaTotal !== undefined && group.InstanceIds.length + recs.length > group.CvmQuotaTotal) {
    throw new ApiError("ResourceInsufficient.DisasterRecoverGroupCvmQuota", {
      en: `The placement group ${group.DisasterRecoverGroupId} holds at most ${group.CvmQuotaTotal} instances.`,
    });
  }
}

/** Moves the instances into `groupId` ("" = out of any group), keeping both groups' member lists in step. */
export function moveToGroup(ctx: InstanceCtx, recs: InstanceRecord[], groupId: string): void {
  for (const rec of recs) {
    const old = rec.DisasterRecoverGroupId;
    if (old) updateMembers(ctx, old, (ids) => ids.filter((id) => id !== rec.InstanceId));
    if (groupId) updateMembers(ctx, groupId, (ids) => [...ids, rec.InstanceId]);
    rec.DisasterRecoverGroupId = groupId;
    rec.DisasterRecoverGroupIds = groupId ? [groupId] : [];
  }
}

function updateMembers(ctx: InstanceCtx, groupId: string, change: (ids: string[]) => string[]): void {
  const group = ctx.store.get<GroupRecord>(ctx.scope, DISASTER_RECOVER_GROUP_KIND, groupId);
  if (!group) return;
  group.InstanceIds = change(group.InstanceIds);
  group.CurrentNum = group.InstanceIds.length;
  ctx.store.put(ctx.scope, DISASTER_RECOVER_GROUP_KIND, groupId, group);
}
