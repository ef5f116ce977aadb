import type { ModifyDisasterRecoverGroupAttributeRequest, ModifyDisasterRecoverGroupAttributeResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { renameGroup } from "../state/placement/change";
import { defineAction } from "./types";

/** ModifyDisasterRecoverGroupAttribute (seed 24565–24715): renames a spread placement group (1–60 characters). */
export default defineAction<ModifyDisasterRecoverGroupAttributeRequest, ModifyDisasterRecoverGroupAttributeResponse>((params, ctx) => {
  renameGroup(ctx, params.DisasterRecoverGroupId, params.Name);
  return {};
});
