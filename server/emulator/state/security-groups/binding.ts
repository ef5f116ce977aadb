// AssociateSecurityGroups (seed 30062–30275) and DisassociateSecurityGroups (seed 30276–30455): one security group
// per call (seed 30091, 30305), at most 100 instances (seed 30102, 30316); the change lands on the clock
// (LatestOperationState, seed 30068). Also the validator RunInstances can use for SecurityGroupIds.
import type { ActionContext } from "../../actions/types";
import { ApiError } from "../../protocol/errors";
import { isWellFormedId } from "../ids";
import type { InstanceRecord } from "../instances/record";
import { scanInstances, type InstanceCtx } from "../instances/repo";
import { firstDocumented } from "../pricing-inputs/documented-codes";
import { assertReady, beginAccessChange } from "../network/instance-ops";
import { findSecurityGroup } from "./catalog";

/** seed 30261: "一个实例绑定安全组数量不能超过5个". */
export const MAX_SECURITY_GROUPS_PER_INSTANCE = 5;
/**
 * LimitExceeded.CvmsVifsPerSecGroupLimitExceeded (seed 30263): instances one security group may hold. The figure is
 * the VPC product's quota (2000), not in the seed.
 */
export const MAX_INSTANCES_PER_SECURITY_GROUP = 2000;

/**
 * Every id names a security group of the region: malformed (seed 30259: "例如实例ID长度错误sg-ide32") → the first of
 * InvalidSgId.Malformed / InvalidSecurityGroupId.NotFound the action documents; unknown → InvalidSecurityGroupId.NotFound.
 */
export function assertSecurityGroupsExist(ctx: InstanceCtx & { action: string }, ids: readonly string[]): void {
  for (const id of ids) {
    if (!isWellFormedId("sg", id)) {
      throw new ApiError(firstDocumented(ctx.action, ["InvalidSgId.Malformed", "InvalidSecurityGroupId.NotFound"]), {
        en: `The security group ID \`${id}\` is malformed; expected sg-xxxxxxxx.`,
        zh: `安全组ID \`${id}\` 格式错误，应形如 sg-xxxxxxxx。`,
      });
    }
    if (!findSecurityGroup(ctx.scope, id)) {
      throw new ApiError(firstDocumented(ctx.action, ["InvalidSecurityGroupId.NotFound"]), { en: `The security group \`${id}\` does not exist.`, zh: `安全组 \`${id}\` 不存在。` });
    }
  }
}

/** seed 30091 / 30305: exactly one group per call. */
function onlyGroup(ids: readonly string[]): string {
  const unique = [...new Set(ids)];
  if (unique.length !== 1) {
    throw new ApiError(unique.length === 0 ? "MissingParameter" : "InvalidParameterValue.LimitExceeded", {
      en: `SecurityGroupIds takes exactly one security group; got ${unique.length}.`,
      zh: `SecurityGroupIds 只支持指定单个安全组。`,
    });
  }
  return unique[0];
}

/** Binds the group last (seed 30140: groups match in binding order); instances already holding it keep their order. */
export function associateSecurityGroup(ctx: ActionContext, recs: InstanceRecord[], groupIds: string[]): void {
  const sgId = onlyGroup(groupIds);
  assertSecurityGroupsExist(ctx, [sgId]);
  for (const rec of recs) {
    assertReady(ctx, rec, ["RUNNING", "STOPPED"]);
    if (!rec.SecurityGroupIds.includes(sgId) && rec.SecurityGroupIds.length >= MAX_SECURITY_GROUPS_PER_INSTANCE) {
      throw new ApiError("LimitExceeded.AssociateUSGLimitExceeded", {
        en: `The instance \`${rec.InstanceId}\` already has ${MAX_SECURITY_GROUPS_PER_INSTANCE} security groups.`,
        zh: `实例 \`${rec.InstanceId}\` 绑定安全组数量不能超过${MAX_SECURITY_GROUPS_PER_INSTANCE}个。`,
      });
    }
  }
  const joining = recs.filter((r) => !r.SecurityGroupIds.includes(sgId)).length;
  const members = scanInstances(ctx).filter((r) => r.SecurityGroupIds.includes(sgId)).length;
  if (members + joining > MAX_INSTANCES_PER_SECURITY_GROUP) {
    throw new ApiError("LimitExceeded.CvmsVifsPerSecGroupLimitExceeded", { en: `The security group ${sgId} can hold at most ${MAX_INSTANCES_PER_SECURITY_GROUP} instances.` });
  }
  ctx.store.transaction(() => {
    for (const rec of recs) {
      const next = rec.SecurityGroupIds.includes(sgId) ? rec.SecurityGroupIds : [...rec.SecurityGroupIds, sgId];
      beginAccessChange(ctx, rec, { stopFirst: false, patch: { SecurityGroupIds: next } });
    }
  });
}

/**
 * Unbinds the group. It must be one the instances hold (seed 30305: "可通过 DescribeInstances 接口返回值中的
 * SecurityGroupIds获取实例绑定的安全组"), else FailedOperation.SecurityGroupActionFailed; an instance keeps at least
 * one group (UnsupportedOperation, seed 30433).
 */
export function disassociateSecurityGroup(ctx: ActionContext, recs: InstanceRecord[], groupIds: string[]): void {
  const sgId = onlyGroup(groupIds);
  // A group the instances hold can always be unbound (even one bound before the groups were checked, e.g. an older database).
  if (!recs.some((r) => r.SecurityGroupIds.includes(sgId))) assertSecurityGroupsExist(ctx, [sgId]);
  for (const rec of recs) {
    assertReady(ctx, rec, ["RUNNING", "STOPPED"]);
    if (!rec.SecurityGroupIds.includes(sgId)) {
      throw new ApiError("FailedOperation.SecurityGroupActionFailed", {
        en: `The instance \`${rec.InstanceId}\` is not bound to the security group ${sgId}.`,
        zh: `实例 \`${rec.InstanceId}\` 未绑定安全组 ${sgId}。`,
      });
    }
    if (rec.SecurityGroupIds.length === 1) {
      throw new ApiError("UnsupportedOperation", {
        en: `${sgId} is the only security group of the instance \`${rec.InstanceId}\`; an instance keeps at least one.`,
        zh: `${sgId} 是实例 \`${rec.InstanceId}\` 唯一的安全组，实例至少需要绑定一个安全组。`,
      });
    }
  }
  ctx.store.transaction(() => {
    for (const rec of recs) beginAccessChange(ctx, rec, { stopFirst: false, patch: { SecurityGroupIds: rec.SecurityGroupIds.filter((g) => g !== sgId) } });
  });
}
