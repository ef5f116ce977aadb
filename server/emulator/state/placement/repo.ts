// The placement group repository. A group's member list is only as true as the instances behind it: members that
// were terminated and released are dropped whenever a group is read, so CurrentNum, the capacity checks and
// DeleteDisasterRecoverGroups' "only empty groups" rule (seed 24722) see the instances that really exist.
import { ApiError } from "../../protocol/errors";
import { isWellFormedId } from "../ids";
import { loadInstance, type InstanceCtx } from "../instances/repo";
import { DISASTER_RECOVER_GROUP_KIND, GROUP_CAPACITY, isGroupType, type GroupRecord } from "./record";

export type PlacementCtx = InstanceCtx;

/** A stored document with every field filled (documents written before Affinity/Tags existed get defaults). */
function normalise(ctx: PlacementCtx, doc: Partial<GroupRecord> & { DisasterRecoverGroupId: string }): GroupRecord {
  const type = doc.Type ?? "HOST";
  const InstanceIds = (doc.InstanceIds ?? []).filter((id) => loadInstance(ctx, id) !== undefined);
  return {
    DisasterRecoverGroupId: doc.DisasterRecoverGroupId,
    Name: doc.Name ?? "",
    Type: type,
    CvmQuotaTotal: doc.CvmQuotaTotal ?? (isGroupType(type) ? GROUP_CAPACITY[type] : 0),
    CurrentNum: InstanceIds.length,
    InstanceIds,
    CreateTime: doc.CreateTime ?? "",
    Affinity: doc.Affinity ?? 1,
    Tags: doc.Tags ?? [],
  };
}

/** One group (a copy), its members pruned to the instances that exist; undefined when there is none. */
export function loadGroup(ctx: PlacementCtx, id: string): GroupRecord | undefined {
  const doc = ctx.store.get<GroupRecord>(ctx.scope, DISASTER_RECOVER_GROUP_KIND, id);
  return doc && normalise(ctx, doc);
}

/** Every group of the scope, oldest first. */
export function loadGroups(ctx: PlacementCtx): GroupRecord[] {
  return ctx.store.list<GroupRecord>(ctx.scope, DISASTER_RECOVER_GROUP_KIND).map((doc) => normalise(ctx, doc));
}

export function countGroups(ctx: PlacementCtx): number {
  return ctx.store.peekAll(ctx.scope, DISASTER_RECOVER_GROUP_KIND).length;
}

/** Creates or replaces a group (CurrentNum follows InstanceIds); persisted before this returns. */
export function saveGroup(ctx: PlacementCtx, group: GroupRecord): void {
  ctx.store.put(ctx.scope, DISASTER_RECOVER_GROUP_KIND, group.DisasterRecoverGroupId, { ...group, CurrentNum: group.InstanceIds.length });
}

export function deleteGroup(ctx: PlacementCtx, id: string): boolean {
  return ctx.store.delete(ctx.scope, DISASTER_RECOVER_GROUP_KIND, id);
}

/** The codes an action documents for a malformed and for an unknown group id. */
export interface GroupIdCodes {
  malformed: string;
  notFound: string;
}

/** The groups `ids` names (duplicates once, in order), or the action's code for the first bad id. */
export function requireGroups(ctx: PlacementCtx, ids: readonly string[], codes: GroupIdCodes): GroupRecord[] {
  const unique = [...new Set(ids)];
  const malformed = unique.find((id) => !isWellFormedId("ps", id));
  if (malformed !== undefined) {
    throw new ApiError(codes.malformed, { en: `The placement group ID \`${malformed}\` is malformed; expected ps-xxxxxxxx.`, zh: `置放群组ID \`${malformed}\` 格式错误。` });
  }
  return unique.map((id) => {
    const group = loadGroup(ctx, id);
    if (!group) throw new ApiError(codes.notFound, { en: `The placement group \`${id}\` does not exist.`, zh: `置放群组 \`${id}\` 不存在。` });
    return group;
  });
}
