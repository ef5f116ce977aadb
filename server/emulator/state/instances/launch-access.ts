// RunInstances, the parts that say how the instances are reached and named (seed 8690–8950): count, names,
// network, login, security groups, placement group, tags, user data, token, and the smaller options.
import type { RunInstancesRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import type { InstanceTypeDef } from "../../catalog/compute/instance-types";
import { ApiError, invalidParameterValue } from "../../protocol/errors";
import { assertUserData, hostNameProblem, passwordProblem, type Platform } from "../changes/login-rules";
import { requireGroup } from "../changes/placement-groups";
import { checkHpcPlacement } from "../hpc/launch";
import { isWellFormedId } from "../ids";
import { assertKeyPairsExist } from "../keypairs/launch";
import type { QuoteImage } from "../pricing-inputs/quote-image";
import { parseLaunchNetwork, type LaunchNetwork } from "./launch-network";
import { DEFAULT_INSTANCE_NAME, expandNames, MAX_RUN_INSTANCE_NAME } from "./naming";
import { assertSecurityGroupsExist, MAX_SECURITY_GROUPS_PER_INSTANCE } from "../security-groups/binding";
import { defaultSecurityGroupId } from "./network";
import type { InstanceCtx } from "./repo";
import { instanceTagsOf, type Tag } from "./tags";

/** seed 8713: "包年包月实例取值范围：[1，500]，按量计费实例取值范围：[1，500]". */
export const MAX_INSTANCE_COUNT = 500;
/** seed 8777: "最大值不超过64个ASCII字符". */
export const MAX_CLIENT_TOKEN = 64;

export interface LaunchAccess {
  count: number;
  names: string[];
  /** Explicit host names (expanded); undefined → the default VM-x-y-os form per instance. */
  hostNames?: string[];
  network: LaunchNetwork;
  login: { password?: string; keyIds: string[]; keepImageLogin: boolean };
  securityGroupIds: string[];
  tags: Tag[];
  userData?: string;
  disasterRecoverGroupId: string;
  camRoleName: string;
  hpcClusterId: string;
  disableApiTermination: boolean;
  enableJumboFrame: boolean;
  cpuTopology: { CoreCount: number; ThreadPerCore: number } | null;
  metadata: { Items: { Key: string; Value: string }[] } | null;
  actionTimer?: { TimerAction: string; ActionTime: string };
  launchTemplate?: { id: string; version?: number };
}

interface Context {
  zone: string;
  platform: Platform;
  image: QuoteImage;
  typeDef?: InstanceTypeDef;
  cpu: number;
}

const combination = (en: string, zh?: string) => new ApiError("InvalidParameterCombination", { en, ...(zh ? { zh } : {}) });

export function parseLaunchAccess(p: RunInstancesRequest, ctx: InstanceCtx, c: Context): LaunchAccess {
  const count = p.InstanceCount ?? 1;
  if (count < 1 || count > MAX_INSTANCE_COUNT) {
    throw new ApiError("InvalidParameterValue.Range", { en: `InstanceCount must be 1–${MAX_INSTANCE_COUNT}; got ${count}.`, zh: `InstanceCount 取值范围为 1–${MAX_INSTANCE_COUNT}，当前为 ${count}。` });
  }
  if (p.ClientToken !== undefined && p.ClientToken.length > MAX_CLIENT_TOKEN) {
    throw new ApiError("InvalidClientToken.TooLong", { en: `ClientToken must be at most ${MAX_CLIENT_TOKEN} ASCII characters.` });
  }
  if (p.InstanceName !== undefined && [...p.InstanceName].length > MAX_RUN_INSTANCE_NAME) {
    throw new ApiError("InvalidInstanceName.TooLong", { en: `InstanceName must be at most ${MAX_RUN_INSTANCE_NAME} characters (patterns included).` });
  }
  const names = p.InstanceName === undefined || p.InstanceName === "" ? Array<string>(count).fill(DEFAULT_INSTANCE_NAME) : expandNames(p.InstanceName, count);
  const hostNames = p.HostName === undefined ? undefined : expandNames(p.HostName, count);
  for (const h of hostNames ?? []) {
    // seed 8789–8801: per-OS host name rules.
    const problem = hostNameProblem(h, c.platform);
    if (problem) throw new ApiError("InvalidParameterValue.IllegalHostName", { en: `Invalid HostName "${h}": it ${problem}.`, zh: `HostName 参数值不合法：${problem}。` });
  }
  if (p.UserData !== undefined) assertUserData(p.UserData); // seed 8848: base64, ≤ 16 KB

  return {
    count,
    names,
    ...(hostNames ? { hostNames } : {}),
    network: parseLaunchNetwork(p.VirtualPrivateCloud, ctx, c.zone, count),
    login: parseLogin(p.LoginSettings, ctx, c),
    securityGroupIds: parseSecurityGroups(p.SecurityGroupIds, ctx),
    tags: instanceTagsOf(p.TagSpecification),
    ...(p.UserData !== undefined ? { userData: p.UserData } : {}),
    disasterRecoverGroupId: parseDisasterRecoverGroup(p.DisasterRecoverGroupIds, ctx, count),
    camRoleName: parseCamRole(p.CamRoleName),
    // HPC clusters (hpc engineer): the cluster must exist, suit the type and zone, and have room (state/hpc/launch.ts).
    hpcClusterId: checkHpcPlacement(ctx, { hpcClusterId: p.HpcClusterId, zone: c.zone, instanceType: c.typeDef?.instanceType ?? "", count }),
    disableApiTermination: p.DisableApiTermination ?? false, // seed 8927: default false
    enableJumboFrame: parseJumbo(p.EnableJumboFrame, c.typeDef),
    cpuTopology: parseCpuTopology(p.CpuTopology, c.cpu),
    metadata: p.Metadata ? { Items: p.Metadata.Items.map(({ Key, Value }) => ({ Key, Value })) } : null,
    ...(p.ActionTimer ? { actionTimer: { TimerAction: p.ActionTimer.TimerAction ?? "", ActionTime: p.ActionTimer.ActionTime ?? "" } } : {}),
    ...(p.LaunchTemplate?.LaunchTemplateId
      ? { launchTemplate: { id: p.LaunchTemplate.LaunchTemplateId, ...(p.LaunchTemplate.LaunchTemplateVersion ? { version: p.LaunchTemplate.LaunchTemplateVersion } : {}) } }
      : {}),
  };
}

function parseLogin(login: RunInstancesRequest["LoginSettings"], ctx: InstanceCtx, c: Context): LaunchAccess["login"] {
  const keyIds = login?.KeyIds ?? [];
  const keep = (login?.KeepImageLogin ?? "false").toLowerCase();
  if (keep !== "true" && keep !== "false") throw invalidParameterValue("LoginSettings.KeepImageLogin", `expected true or false, got "${login?.KeepImageLogin}"`);
  // seed 38243: KeepImageLogin excludes Password and KeyIds (InvalidParameter.ParameterConflict, seed 9570).
  if (keep === "true" && (login?.Password !== undefined || keyIds.length > 0)) {
    throw new ApiError("InvalidParameter.ParameterConflict", { en: "LoginSettings.KeepImageLogin cannot be combined with Password or KeyIds." });
  }
  // seed 38243: "只有使用自定义镜像、共享镜像或外部导入镜像创建实例时才能指定该参数为true".
  if (keep === "true" && c.image.ImageId && isPublic(c.image)) {
    throw invalidParameterValue("LoginSettings.KeepImageLogin", "only custom, shared or imported images keep their login settings");
  }
  // seed 38229: "密钥与密码不能同时指定，同时Windows操作系统不支持指定密钥".
  if (login?.Password !== undefined && keyIds.length > 0) throw combination("LoginSettings.Password and KeyIds cannot both be given.", "密钥与密码不能同时指定。");
  if (keyIds.length > 0 && c.platform === "WINDOWS") {
    throw new ApiError("UnsupportedOperation.KeyPairUnsupportedWindows", { en: "Key pairs cannot be used with a Windows image." });
  }
  // seed 9551 / 9680: malformed → InvalidKeyPairId.Malformed; not a key pair of the region → InvalidParameterValue.KeyPairNotFound
  // (the launch-template pages: ResourceNotFound.KeyPairNotFound, seed 32612).
  assertKeyPairsExist(actionCtx(ctx), keyIds);
  if (login?.Password !== undefined) {
    // seed 38213: Linux 8–30 characters of two kinds, Windows 12–30 of three.
    const problem = passwordProblem(login.Password, { policy: "login-settings", platform: c.platform });
    if (problem) throw new ApiError("InvalidParameterValue.InvalidPassword", { en: `Invalid password: ${problem}.`, zh: `密码不符合复杂度要求：${problem}。` });
  }
  return { ...(login?.Password !== undefined ? { password: login.Password } : {}), keyIds: [...new Set(keyIds)], keepImageLogin: keep === "true" };
}

const isPublic = (image: QuoteImage) => (image as { ImageType?: string }).ImageType === "PUBLIC_IMAGE";

/**
 * seed 8759–8763: without SecurityGroupIds the project's default security group is bound. Each id must name one of
 * the region's security groups (InvalidSecurityGroupId.NotFound, seed 9754; RunInstances documents no Malformed code).
 */
function parseSecurityGroups(ids: string[] | undefined, ctx: InstanceCtx): string[] {
  if (!ids?.length) return [defaultSecurityGroupId(ctx.scope)];
  assertSecurityGroupsExist(actionCtx(ctx), ids);
  if (new Set(ids).size !== ids.length) throw new ApiError("InvalidParameterValue.Duplicate", { en: "SecurityGroupIds contains the same id twice." });
  // seed 30261: "一个实例绑定安全组数量不能超过5个" → LimitExceeded.SingleUSGQuota ("安全组限额不足", seed 9775).
  if (ids.length > MAX_SECURITY_GROUPS_PER_INSTANCE) {
    throw new ApiError("LimitExceeded.SingleUSGQuota", { en: `An instance can be bound to at most ${MAX_SECURITY_GROUPS_PER_INSTANCE} security groups; got ${ids.length}.` });
  }
  return ids;
}

/** The documented codes follow the action served; the fleet seeder builds launches outside any action. */
const actionCtx = (ctx: InstanceCtx) => ({ ...ctx, action: ctx.action ?? "RunInstances" });

/** seed 8815: "置放群组id，仅支持指定一个". */
function parseDisasterRecoverGroup(ids: string[] | undefined, ctx: InstanceCtx, count: number): string {
  if (!ids?.length) return "";
  if (ids.length > 1) throw new ApiError("InvalidParameterValue.LimitExceeded", { en: "DisasterRecoverGroupIds takes one placement group." });
  // RunInstances documents no Malformed code for groups: a malformed id is simply not found.
  if (!isWellFormedId("ps", ids[0])) throw new ApiError("FailedOperation.DisasterRecoverGroupNotFound", { en: `The placement group \`${ids[0]}\` does not exist.` });
  const group = requireGroup(ctx, ids[0]);
  if (group.CvmQuotaTotal !== undefined && group.InstanceIds.length + count > group.CvmQuotaTotal) {
    throw new ApiError("ResourceInsufficient.DisasterRecoverGroupCvmQuota", { en: `The placement group ${group.DisasterRecoverGroupId} holds at most ${group.CvmQuotaTotal} instances.` });
  }
  return ids[0];
}

/** seed 9605: "只允许包含英文字母、数字或者 +=,.@_-". */
function parseCamRole(name: string | undefined): string {
  if (name === undefined) return "";
  if (!/^[A-Za-z0-9+=,.@_-]{1,128}$/.test(name)) throw new ApiError("InvalidParameterValue.CamRoleNameMalformed", { en: `The CAM role name \`${name}\` is malformed.` });
  return name;
}

/** seed 8936–8942: only types that support jumbo frames may set it (the current and latest generations). */
function parseJumbo(enable: boolean | undefined, t: InstanceTypeDef | undefined): boolean {
  if (enable === true && (!t || t.family.generation === "legacy")) {
    throw new ApiError("UnsupportedOperation.InstanceTypeNotSupportJumboFrame", { en: `The instance type ${t?.instanceType ?? ""} does not support jumbo frames.` });
  }
  return enable ?? false;
}

/** seed 9576: CoreCount and ThreadPerCore go together; 1–2 threads per core; cores × threads ≤ the type's vCPUs. */
function parseCpuTopology(topology: RunInstancesRequest["CpuTopology"], cpu: number): LaunchAccess["cpuTopology"] {
  if (!topology) return null;
  const { CoreCount, ThreadPerCore } = topology;
  if (CoreCount === undefined || ThreadPerCore === undefined) {
    throw new ApiError("InvalidParameter.LackCoreCountOrThreadPerCore", { en: "CpuTopology needs both CoreCount and ThreadPerCore." });
  }
  if (ThreadPerCore !== 1 && ThreadPerCore !== 2) throw new ApiError("InvalidParameterValue.ThreadPerCoreValue", { en: "ThreadPerCore must be 1 or 2." });
  if (CoreCount < 1 || CoreCount * ThreadPerCore > cpu) {
    throw new ApiError("InvalidParameterValue.CoreCountValue", { en: `CoreCount × ThreadPerCore must be at most the type's ${cpu} vCPUs.` });
  }
  return { CoreCount, ThreadPerCore };
}
