// ModifyChcAttribute (seed 23048–23232): name, device type, BMC login and BMC security groups of CHC servers.
import type { ModifyChcAttributeRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError } from "../../protocol/errors";
import { isWellFormedId } from "../ids";
import { CHC_DEVICE_TYPES, findDeviceType } from "./devices";
import { assertChcAllows } from "./denied";
import { MAX_CHC_SECURITY_GROUPS } from "./network";
import type { ChcRecord } from "./record";

/** Server names: not empty ("InvalidParameterValue.NotEmpty", seed 23206), at most 60 characters like instance names. */
const MAX_NAME = 60;
/** seed 23086: BmcUser "合法字符为字母,数字, 横线和下划线". */
const BMC_USER = /^[A-Za-z0-9_-]{1,32}$/;
/** seed 23091: Password "8-16位字符, 允许数字，字母， 和特殊字符()`~!@#$%^&*-+=_|{}[]:;'<>,.?/". */
const BMC_PASSWORD = /^[A-Za-z0-9()`~!@#$%^&*\-+=_|{}[\]:;'<>,.?/]{8,16}$/;

const incorrect = (en: string) => new ApiError("InvalidParameterValue.IncorrectFormat", { en });

/** Checks the request once; returns how to change one server. */
export function parseChcAttributes(p: ModifyChcAttributeRequest): (rec: ChcRecord) => void {
  const { InstanceName, DeviceType, BmcUser, Password, BmcSecurityGroupIds } = p;
  if ([InstanceName, DeviceType, BmcUser, Password, BmcSecurityGroupIds].every((v) => v === undefined)) {
    throw new ApiError("InvalidParameter", { en: "Nothing to modify: give InstanceName, DeviceType, BmcUser, Password or BmcSecurityGroupIds.", zh: "未指定需要修改的属性。" });
  }
  if (InstanceName !== undefined && InstanceName.trim() === "") throw new ApiError("InvalidParameterValue.NotEmpty", { en: "InstanceName must not be empty.", zh: "InstanceName 不能为空。" });
  if (InstanceName !== undefined && [...InstanceName].length > MAX_NAME) throw incorrect(`InstanceName must be at most ${MAX_NAME} characters.`);
  if (DeviceType !== undefined && !findDeviceType(DeviceType)) {
    throw new ApiError("InvalidParameter", { en: `DeviceType \`${DeviceType}\` is not one of ${CHC_DEVICE_TYPES.map((d) => d.deviceType).join(", ")}.` });
  }
  if (BmcUser !== undefined && !BMC_USER.test(BmcUser)) incorrectUser(BmcUser);
  // "InvalidPassword 无效密码。指定的密码不符合密码复杂度限制" (seed 23208).
  if (Password !== undefined && !BMC_PASSWORD.test(Password)) {
    throw new ApiError("InvalidPassword", { en: "Password must be 8–16 characters of letters, digits and ()`~!@#$%^&*-+=_|{}[]:;'<>,.?/.", zh: "密码须为8-16位字符，允许数字、字母和特殊字符。" });
  }
  if (BmcSecurityGroupIds !== undefined) {
    if (BmcSecurityGroupIds.length > MAX_CHC_SECURITY_GROUPS) {
      throw new ApiError("InvalidParameterValue.LimitExceeded", { en: `BmcSecurityGroupIds takes at most ${MAX_CHC_SECURITY_GROUPS} security groups.` });
    }
    const bad = BmcSecurityGroupIds.find((id) => !isWellFormedId("sg", id));
    if (bad !== undefined) throw new ApiError("InvalidSecurityGroupId.NotFound", { en: `The security group \`${bad}\` does not exist.`, zh: `指定的安全组 \`${bad}\` 不存在。` });
  }
  return (rec) => {
    assertChcAllows(rec, "ModifyChcAttribute");
    // Security groups of the out-of-band network need that network (seed 23200: "该CHC未配置任何网络").
    if (BmcSecurityGroupIds !== undefined && !rec.bmc) {
      throw new ApiError("InvalidParameterValue.ChcNetworkEmpty", { en: `The CHC server ${rec.ChcId} has no out-of-band network for BmcSecurityGroupIds.` });
    }
    if (InstanceName !== undefined) rec.InstanceName = InstanceName;
    if (DeviceType !== undefined) rec.DeviceType = DeviceType;
    if (BmcUser !== undefined) rec.internal.bmcUser = BmcUser;
    if (Password !== undefined) rec.internal.bmcPassword = Password;
    if (BmcSecurityGroupIds !== undefined) rec.bmc!.SecurityGroupIds = [...new Set(BmcSecurityGroupIds)];
  };
}

function incorrectUser(user: string): never {
  throw incorrect(`BmcUser \`${user}\` may only contain letters, digits, - and _ (1–32 characters).`);
}
