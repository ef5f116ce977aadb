// ModifyDisasterRecoverGroupAttribute (seed 24565–24715) and DeleteDisasterRecoverGroups (seed 24716–24871).
import { ApiError, missingParameter } from "../../protocol/errors";
import { checkGroupName } from "./create";
import { assertGroupIdCount } from "./query";
import { deleteGroup, requireGroups, saveGroup, type PlacementCtx } from "./repo";

/** Renames a group. The page documents no Malformed code: any id that names no group is InvalidPlacementSet. */
export function renameGroup(ctx: PlacementCtx, id: string, name: string): void {
  const [group] = requireGroups(ctx, [id], { malformed: "ResourceNotFound.InvalidPlacementSet", notFound: "ResourceNotFound.InvalidPlacementSet" });
  saveGroup(ctx, { ...group, Name: checkGroupName(name) });
}

/**
 * Deletes up to 10 groups, all or none. seed 24722: "只有空的置放群组才能被删除，非空的群组需要先销毁组内所有云服务器"
 * → FailedOperation.PlacementSetNotEmpty while any instance is still in one.
 */
export function deleteGroups(ctx: PlacementCtx, ids: readonly string[]): void {
  if (ids.length === 0) throw missingParameter("DisasterRecoverGroupIds");
  assertGroupIdCount(ids);
  const groups = requireGroups(ctx, ids, { malformed: "InvalidParameterValue.DisasterRecoverGroupIdMalformed", notFound: "ResourceNotFound.InvalidPlacementSet" });
  const busy = groups.find((g) => g.InstanceIds.length > 0);
  if (busy) {
    throw new ApiError("FailedOperation.PlacementSetNotEmpty", {
      en: `The placement group ${busy.DisasterRecoverGroupId} still holds ${busy.InstanceIds.length} instance(s) (${busy.InstanceIds.join(", ")}); terminate them or move them out first.`,
      zh: `置放群组 ${busy.DisasterRecoverGroupId} 非空，请先销毁或移出组内的云服务器。`,
    });
  }
  ctx.store.transaction(() => {
    for (const g of groups) deleteGroup(ctx, g.DisasterRecoverGroupId);
  });
}
