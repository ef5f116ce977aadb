// CreateDisasterRecoverGroup (seed 24331–24564) and ModifyDisasterRecoverGroupAttribute (seed 24565–24715): the
// checks on a group's name, type and affinity, the region's group quota, and the new group itself.
import type { CreateDisasterRecoverGroupRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError } from "../../protocol/errors";
import { resourceTagsOf } from "../hosts/tags";
import { newUniqueId } from "../ids";
import { MAX_CLIENT_TOKEN } from "../instances/launch-access";
import { isoSeconds } from "../instances/time";
import { DISASTER_RECOVER_GROUP_QUOTA } from "../quota";
import { DISASTER_RECOVER_GROUP_KIND, GROUP_CAPACITY, GROUP_TYPES, isGroupType, MAX_AFFINITY, MAX_GROUP_NAME, MIN_AFFINITY, type GroupRecord } from "./record";
import { countGroups, saveGroup, type PlacementCtx } from "./repo";

/** seed 24353 / 24592: "长度1-60个字符，支持中、英文" (TooLong is the documented refusal of a long one). */
export function checkGroupName(name: string): string {
  if (name.trim() === "") throw new ApiError("InvalidParameterValue", { en: "Name must not be empty.", zh: "置放群组名称不能为空。" });
  if ([...name].length > MAX_GROUP_NAME) {
    throw new ApiError("InvalidParameterValue.TooLong", { en: `Name must be at most ${MAX_GROUP_NAME} characters.`, zh: `置放群组名称长度不能超过${MAX_GROUP_NAME}个字符。` });
  }
  return name;
}

/** A new group of the caller's, empty; the group quota (GroupQuota, seed 24228) is enforced. */
export function createGroup(ctx: PlacementCtx & { action: string }, p: CreateDisasterRecoverGroupRequest): GroupRecord {
  const Name = checkGroupName(p.Name);
  // seed 24358: Type is HOST, SW or RACK.
  if (!isGroupType(p.Type)) {
    throw new ApiError("InvalidParameterValue.Range", { en: `Type must be one of ${GROUP_TYPES.join(", ")}; got "${p.Type}".`, zh: `Type 取值范围：${GROUP_TYPES.join("、")}。` });
  }
  // seed 24380: "亲和度的取值范围是：1-10，默认为1".
  const Affinity = p.Affinity ?? MIN_AFFINITY;
  if (Affinity < MIN_AFFINITY || Affinity > MAX_AFFINITY) {
    throw new ApiError("InvalidParameterValue.Range", { en: `Affinity must be ${MIN_AFFINITY}–${MAX_AFFINITY}; got ${Affinity}.`, zh: `亲和度的取值范围是：${MIN_AFFINITY}-${MAX_AFFINITY}。` });
  }
  // seed 24370: "最大值不超过64个ASCII字符".
  if (p.ClientToken !== undefined && p.ClientToken.length > MAX_CLIENT_TOKEN) {
    throw new ApiError("InvalidParameterValue.TooLong", { en: `ClientToken must be at most ${MAX_CLIENT_TOKEN} characters.` });
  }
  // seed 24385: TagSpecification binds tags to the group (ResourceType "ps", seed 39269).
  const Tags = resourceTagsOf(ctx.action, p.TagSpecification, "ps");
  if (countGroups(ctx) >= DISASTER_RECOVER_GROUP_QUOTA.GroupQuota) {
    throw new ApiError("ResourceInsufficient.InsufficientGroupQuota", {
      en: `At most ${DISASTER_RECOVER_GROUP_QUOTA.GroupQuota} placement groups per region (DescribeDisasterRecoverGroupQuota).`,
      zh: `置放群组配额不足：每个地域最多 ${DISASTER_RECOVER_GROUP_QUOTA.GroupQuota} 个。`,
    });
  }
  const group: GroupRecord = {
    DisasterRecoverGroupId: newUniqueId("ps", (id) => ctx.store.has(ctx.scope, DISASTER_RECOVER_GROUP_KIND, id)),
    Name,
    Type: p.Type,
    CvmQuotaTotal: GROUP_CAPACITY[p.Type],
    CurrentNum: 0,
    InstanceIds: [],
    CreateTime: isoSeconds(ctx.clock.now()),
    Affinity,
    Tags,
  };
  saveGroup(ctx, group);
  return group;
}
