// KeyName and Description rules (seed 28800, 29687, 29692) and name uniqueness (seed 28776 / 29654: "密钥对名称不能和
// 已经存在的密钥对的名称重复"). Create/Import document one code per name problem (seed 28985–28991); Modify only the
// common InvalidParameterValue (seed 29833–29845), so each problem picks the first code the action documents.
import { ApiError } from "../../protocol/errors";
import { firstDocumented } from "../pricing-inputs/documented-codes";
import type { KeyPairRecord } from "./record";

/** seed 28800: "可由数字、字母和下划线组成，长度不超过25个字符". */
export const MAX_KEY_NAME = 25;
/** seed 29692: "可任意命名，但不得超过60个字符". */
export const MAX_DESCRIPTION = 60;

export function assertKeyName(action: string, name: string): void {
  const fail = (candidates: string[], en: string, zh: string) => new ApiError(firstDocumented(action, candidates), { en, zh });
  if (name.length === 0) throw fail(["InvalidKeyPairNameEmpty"], "KeyName must not be empty.", "密钥名称不能为空。");
  if (!/^[A-Za-z0-9_]*$/.test(name)) {
    throw fail(["InvalidKeyPairNameIncludeIllegalChar"], `KeyName "${name}" may contain only letters, digits and underscores.`, `密钥名称 "${name}" 只支持英文、数字和下划线。`);
  }
  if (name.length > MAX_KEY_NAME) {
    throw fail(["InvalidKeyPairNameTooLong"], `KeyName must be at most ${MAX_KEY_NAME} characters; got ${name.length}.`, `密钥名称不能超过${MAX_KEY_NAME}个字符。`);
  }
}

export function assertDescription(description: string): void {
  if ([...description].length > MAX_DESCRIPTION) {
    throw new ApiError("InvalidParameterValue", {
      en: `Description must be at most ${MAX_DESCRIPTION} characters; got ${[...description].length}.`,
      zh: `密钥对描述信息不得超过${MAX_DESCRIPTION}个字符。`,
    });
  }
}

/** InvalidKeyPairName.Duplicate when another key pair of the scope (not `selfId`) already has the name. */
export function assertNameFree(existing: readonly Readonly<KeyPairRecord>[], name: string, selfId?: string): void {
  if (existing.some((k) => k.KeyName === name && k.KeyId !== selfId)) {
    throw new ApiError("InvalidKeyPairName.Duplicate", { en: `A key pair named "${name}" already exists.`, zh: `密钥对名称 "${name}" 已存在。` });
  }
}
