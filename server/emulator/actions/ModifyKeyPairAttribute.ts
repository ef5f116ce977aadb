import type { ModifyKeyPairAttributeRequest, ModifyKeyPairAttributeResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { missingParameter } from "../protocol/errors";
import { assertDescription, assertKeyName, assertNameFree } from "../state/keypairs/names";
import { listKeyPairs, requireKeyPairs, saveKeyPair } from "../state/keypairs/repo";
import { defineAction } from "./types";

/**
 * ModifyKeyPairAttribute (seed 29646–29845): renames a key pair and/or changes its description; at least one of
 * the two (seed 29658), the name unique in the region (seed 29654), the description at most 60 characters (seed 29692).
 */
export default defineAction<ModifyKeyPairAttributeRequest, ModifyKeyPairAttributeResponse>((params, ctx) => {
  const [rec] = requireKeyPairs(ctx, [params.KeyId]);
  if (params.KeyName === undefined && params.Description === undefined) throw missingParameter("KeyName");
  if (params.KeyName !== undefined) {
    assertKeyName(ctx.action, params.KeyName);
    assertNameFree(listKeyPairs(ctx), params.KeyName, rec.KeyId);
    rec.KeyName = params.KeyName;
  }
  if (params.Description !== undefined) {
    assertDescription(params.Description);
    rec.Description = params.Description;
  }
  saveKeyPair(ctx, rec);
  return {};
});
