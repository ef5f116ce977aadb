// ModifyInstancesAttribute (seed 15635–16008): which attributes a request changes, checked, and applied.
import type { ModifyInstancesAttributeRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError, invalidParameterValue, missingParameter } from "../../protocol/errors";
import type { InstanceRecord } from "../instances/record";
import type { InstanceCtx } from "../instances/repo";
import { assertSecurityGroupsExist } from "../security-groups/binding";
import { assertHostName, assertInstanceName, assertUserData } from "./login-rules";
import { platformOf } from "./operations";

export interface AttributeChange {
  InstanceName?: string;
  UserData?: string;
  SecurityGroups?: string[];
  /** "" unbinds the role (seed 15702: 传空值为解绑操作). */
  CamRoleName?: string;
  HostName?: string;
  DisableApiTermination?: boolean;
  AutoReboot: boolean;
}

const ATTRIBUTES = ["InstanceName", "UserData", "SecurityGroups", "CamRoleName", "HostName", "DisableApiTermination"] as const;
/** seed 15754: "当前只接受user、system和service_linked三种类别". */
const CAM_ROLE_TYPES = ["user", "system", "service_linked"];
/** LimitExceeded.AssociateUSGLimitExceeded (seed 15916): "一个实例绑定安全组数量不能超过5个". */
export const MAX_SECURITY_GROUPS = 5;

export function parseAttributeChange(ctx: InstanceCtx & { action: string }, recs: readonly InstanceRecord[], p: ModifyInstancesAttributeRequest): AttributeChange {
  // seed 15635: "每次请求必须指定实例的一种属性用于修改".
  if (!ATTRIBUTES.some((a) => p[a] !== undefined)) throw missingParameter("InstanceName");
  if (p.InstanceName !== undefined) assertInstanceName(p.InstanceName);
  if (p.UserData !== undefined) assertUserData(p.UserData);
  if (p.SecurityGroups !== undefined) checkSecurityGroups(ctx, p.SecurityGroups);
  if (p.CamRoleType !== undefined && p.CamRoleName === undefined) throw missingParameter("CamRoleName");
  if (p.CamRoleType !== undefined && !CAM_ROLE_TYPES.includes(p.CamRoleType)) {
    throw invalidParameterValue("CamRoleType", `"${p.CamRoleType}" is not one of ${CAM_ROLE_TYPES.join(", ")}`);
  }
  // seed 15898: "只允许包含英文字母、数字或者+=,.@_- 字符" (CAM role names are at most 128 characters).
  if (p.CamRoleName !== undefined && !/^[A-Za-z0-9+=,.@_-]{0,128}$/.test(p.CamRoleName)) {
    throw new ApiError("InvalidParameterValue.CamRoleNameMalformed", { en: `The CamRoleName "${p.CamRoleName}" may only contain letters, digits and +=,.@_-.` });
  }
  // seed 15707: the rule follows each instance's OS.
  if (p.HostName !== undefined) for (const rec of recs) assertHostName(p.HostName, platformOf(rec));
  return {
    InstanceName: p.InstanceName,
    UserData: p.UserData,
    SecurityGroups: p.SecurityGroups && [...new Set(p.SecurityGroups)],
    CamRoleName: p.CamRoleName,
    HostName: p.HostName,
    DisableApiTermination: p.DisableApiTermination,
    AutoReboot: p.AutoReboot ?? true,
  };
}

/**
 * Security groups (seed 15693): at most 5 per instance, each one of the region's (InvalidSecurityGroupId.NotFound,
 * for a malformed id too: the page documents no Malformed code).
 */
function checkSecurityGroups(ctx: InstanceCtx & { action: string }, ids: string[]): void {
  if (ids.length === 0) throw invalidParameterValue("SecurityGroups", "at least one security group is required");
  if (new Set(ids).size > MAX_SECURITY_GROUPS) {
    throw new ApiError("LimitExceeded.AssociateUSGLimitExceeded", { en: `An instance can be bound to at most ${MAX_SECURITY_GROUPS} security groups.` });
  }
  assertSecurityGroupsExist(ctx, ids);
}

export function applyAttributes(rec: InstanceRecord, c: AttributeChange): void {
  if (c.InstanceName !== undefined) rec.InstanceName = c.InstanceName;
  if (c.UserData !== undefined) rec.internal.userData = c.UserData;
  // seed 15635: "修改关联安全组时，子机原来关联的安全组会被解绑".
  if (c.SecurityGroups !== undefined) rec.SecurityGroupIds = c.SecurityGroups;
  if (c.CamRoleName !== undefined) rec.CamRoleName = c.CamRoleName === "" ? null : c.CamRoleName;
  if (c.HostName !== undefined) rec.HostName = c.HostName;
  if (c.DisableApiTermination !== undefined) rec.DisableApiTermination = c.DisableApiTermination;
}
