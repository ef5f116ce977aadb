// The parts of a purchase quote that do not change the price but must be valid for the quote to be given
// (seed 11968: "本接口仅允许针对购买限制范围内的实例配置进行询价"): count, name, token, login, host name, network, tags.
import { ApiError, invalidParameterValue } from "../../protocol/errors";
import { hostNameProblem, passwordProblem, type Platform } from "../changes/login-rules";

export interface LaunchExtrasInput {
  InstanceCount?: number;
  InstanceName?: string;
  ClientToken?: string;
  HostName?: string;
  LoginSettings?: { Password?: string; KeyIds?: string[]; KeepImageLogin?: string };
  VirtualPrivateCloud?: { PrivateIpAddresses?: string[] };
  TagSpecification?: { ResourceType?: string; Tags?: { Key?: string; Value?: string }[] }[];
}

const combination = (en: string) => new ApiError("InvalidParameterCombination", { en });

/** The InstanceCount of the order (seed 12110: "取值范围：[1，100]。默认取值：1"). */
export function checkLaunchExtras(input: LaunchExtrasInput, platform: Platform): number {
  const count = input.InstanceCount ?? 1;
  if (count < 1 || count > 100) {
    throw new ApiError("InvalidParameterValue.Range", { en: `InstanceCount must be 1–100; got ${count}.`, zh: `InstanceCount 取值范围为 1–100，当前为 ${count}。` });
  }
  // seed 12136: "最多支持128个字符（包含模式串）".
  if (input.InstanceName !== undefined && [...input.InstanceName].length > 128) {
    throw new ApiError("InvalidInstanceName.TooLong", { en: "InstanceName must be at most 128 characters (patterns included)." });
  }
  // seed 12164: "最大值不超过64个ASCII字符".
  if (input.ClientToken !== undefined && input.ClientToken.length > 64) {
    throw new ApiError("InvalidClientToken.TooLong", { en: "ClientToken must be at most 64 ASCII characters." });
  }
  checkLogin(input.LoginSettings, platform);
  if (input.HostName !== undefined) {
    const problem = hostNameProblem(input.HostName, platform);
    if (problem) throw invalidParameterValue("HostName", `it ${problem}`);
  }
  // seed 12100–12104: "若在此参数中指定了私有网络IP，那么InstanceCount参数只能为1".
  if ((input.VirtualPrivateCloud?.PrivateIpAddresses?.length ?? 0) > 0 && count > 1) {
    throw combination("VirtualPrivateCloud.PrivateIpAddresses can only be given with InstanceCount 1.");
  }
  checkTags(input.TagSpecification);
  return count;
}

function checkLogin(login: LaunchExtrasInput["LoginSettings"], platform: Platform): void {
  if (!login) return;
  const given = [login.Password !== undefined, (login.KeyIds?.length ?? 0) > 0, login.KeepImageLogin === "true"].filter(Boolean).length;
  // seed 38236–38242: password and keys are exclusive, KeepImageLogin excludes both, Windows takes no keys.
  if (given > 1) throw combination("LoginSettings: Password, KeyIds and KeepImageLogin are mutually exclusive.");
  if (platform === "WINDOWS" && (login.KeyIds?.length ?? 0) > 0) throw combination("LoginSettings.KeyIds cannot be used with a Windows image.");
  if (login.Password !== undefined) {
    // seed 38217: Linux 8–30 characters of two kinds, Windows 12–30 of three.
    const problem = passwordProblem(login.Password, { policy: "login-settings", platform });
    if (problem) throw new ApiError("InvalidPassword", { en: `Invalid password: ${problem}.`, zh: `密码不符合复杂度要求：${problem}。` });
  }
}

/** Tag rules of Tencent's tag service: reserved prefixes, allowed characters, no key twice on one resource type. */
const RESERVED_TAG_PREFIXES = ["qcloud:", "tencent:", "project:"];
const TAG_KEY = /^[\p{L}\p{N} +\-=._:/@()[\]（）【】]{1,127}$/u;
const TAG_VALUE = /^[\p{L}\p{N} +\-=._:/@()[\]（）【】]{0,255}$/u;

function checkTags(specs: LaunchExtrasInput["TagSpecification"]): void {
  for (const spec of specs ?? []) {
    const keys = new Set<string>();
    for (const { Key = "", Value = "" } of spec.Tags ?? []) {
      if (RESERVED_TAG_PREFIXES.some((p) => Key.toLowerCase().startsWith(p))) {
        throw new ApiError("FailedOperation.TagKeyReserved", { en: `The tag key \`${Key}\` is reserved by the system.` });
      }
      if (!TAG_KEY.test(Key)) throw new ApiError("FailedOperation.IllegalTagKey", { en: `The tag key \`${Key}\` contains illegal characters.` });
      if (!TAG_VALUE.test(Value)) throw new ApiError("FailedOperation.IllegalTagValue", { en: `The tag value \`${Value}\` contains illegal characters.` });
      if (keys.has(Key)) throw new ApiError("InvalidParameterValue.DuplicateTags", { en: `The tag key \`${Key}\` is given twice.` });
      keys.add(Key);
    }
  }
}
