import type { DeleteLaunchTemplateVersionsRequest, DeleteLaunchTemplateVersionsResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { deleteVersions } from "../state/launch-templates/versions";
import { defineAction } from "./types";

/**
 * DeleteLaunchTemplateVersions (seed 33468–33647): deletes versions of a template, all or none; never the default
 * one (InvalidParameterValue.LaunchTemplateDefaultVersion, seed 33608).
 */
export default defineAction<DeleteLaunchTemplateVersionsRequest, DeleteLaunchTemplateVersionsResponse>((params, ctx) => {
  deleteVersions(ctx, params.LaunchTemplateId, params.LaunchTemplateVersions.map(Number));
  return {};
});
