import type { ModifyImageSharePermissionRequest, ModifyImageSharePermissionResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { modifySharePermission } from "../state/images/sharing";
import { defineAction } from "./types";

/**
 * ModifyImageSharePermission (seed 26124–26352): SHARE a NORMAL custom image with other accounts (same region, at
 * most 500 accounts, seed 26132–26136) or CANCEL the sharing. The receivers see it as SHARED_IMAGE.
 */
export default defineAction<ModifyImageSharePermissionRequest, ModifyImageSharePermissionResponse>((params, ctx) => {
  modifySharePermission(ctx, params.ImageId, params.AccountIds, params.Permission);
  return {};
});
