import type { ModifyImageAttributeRequest, ModifyImageAttributeResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { modifyImageAttribute } from "../state/images/modify";
import { defineAction } from "./types";

/**
 * ModifyImageAttribute (seed 26707–26895): a custom image's name (≤ 60, unique), description (≤ 256), family and
 * deprecation. Not while it is being made or copied, nor while it is shared (seed 26713).
 */
export default defineAction<ModifyImageAttributeRequest, ModifyImageAttributeResponse>((params, ctx) => {
  modifyImageAttribute(ctx, params);
  return {};
});
