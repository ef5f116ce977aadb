// The instance side of spread placement groups (ModifyInstancesDisasterRecoverGroup, seed 18526–18747).
// The groups themselves (Create/Describe/Modify/DeleteDisasterRecoverGroups) live in state/placement/: one document
// per group under kind `disaster-recover-group`, shaped as the seed's DisasterRecoverGroup (seed 36285–36350), read
// through its repository so that members which no longer exist are dropped.
import type { DisasterRecoverGroup } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError } from "../../protocol/errors";
import { isWellFormedId } from "../ids";
import type { InstanceRecord } from "../instances/record";
import type { InstanceCtx } from "../instances/repo";
import { loadGroup, saveGroup } from "../placement/repo";
import type { GroupRecord as PlacementGroup } from "../placement/record";

export { DISASTER_RECOVER_GROUP_KIND } from "../placement/record";

/** A group document as stored (the repository fills in what older documents lack). */
export type GroupRecord = DisasterRecoverGroup & { DisasterRecoverGroupId: string; InstanceIds: string[] };

/** The group named by `id` (seed 18561: "ps-a66w6rlb"), or the documented refusal. */
export function requireGroup(ctx: InstanceCtx, id: string): PlacementGroup {
  if (!isWellFormedId("ps", id)) {
    throw new ApiError("InvalidParameterValue.DisasterRecoverGroupIdMalformed", { en: `The placement group ID \`${id}\` is malformed.` });
  }
  const group = loadGroup(ctx, id);
  if (!group) throw new ApiError("FailedOperation.DisasterRecoverGroupNotFound", { en: `The placement group \`${id}\` does not exist.` });
  return group;
}

/** Refuses instances already in the group and a move that would overfill it (CvmQuotaTotal). */
export function assertCanJoin(group: PlacementGroup, recs: readonly InstanceRecord[]): void {
  const inGroup = recs.find((r) => group.InstanceIds.includes(r.InstanceId));
  if (inGroup) {
    throw new ApiError("FailedOperation.AlreadyInDisasterRecoverGroup", {
      en: `The instance ${inGroup.InstanceId} is already in ${group.DisasterRecoverGroupId}.`,
      zh: `该实例 ${inGroup.InstanceId} 已经在 ${group.DisasterRecoverGroupId} 置放群组里。`,
    });
  }
  if (group.InstanceIds.length + recs.length > group.CvmQuotaTotal) {
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
  const group = loadGroup(ctx, groupId);
  if (!group) return;
  saveGroup(ctx, { ...group, InstanceIds: change(group.InstanceIds) });
}
