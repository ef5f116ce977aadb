import type { ModifyLaunchTemplateDefaultVersionRequest, ModifyLaunchTemplateDefaultVersionResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { setDefaultVersion } from "../state/launch-templates/versions";
import { defineAction } from "./types";

/** ModifyLaunchTemplateDefaultVersion (seed 34007–34181): the version RunInstances uses when it names none. */
export default defineAction<ModifyLaunchTemplateDefaultVersionRequest, ModifyLaunchTemplateDefaultVersionResponse>((params, ctx) => {
  setDefaultVersion(ctx, params.LaunchTemplateId, params.DefaultVersion);
  return {};
});
