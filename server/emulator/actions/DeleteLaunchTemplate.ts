import type { DeleteLaunchTemplateRequest, DeleteLaunchTemplateResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { deleteTemplate, requireTemplate } from "../state/launch-templates/repo";
import { defineAction } from "./types";

/** DeleteLaunchTemplate (seed 33318–33467): deletes a template with all its versions. */
export default defineAction<DeleteLaunchTemplateRequest, DeleteLaunchTemplateResponse>((params, ctx) => {
  deleteTemplate(ctx, requireTemplate(ctx, params.LaunchTemplateId).LaunchTemplateId);
  return {};
});
