import type { CreateLaunchTemplateVersionRequest, CreateLaunchTemplateVersionResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { withClientToken } from "../state/instances/client-token";
import { createVersion } from "../state/launch-templates/versions";
import { defineAction } from "./types";

/**
 * CreateLaunchTemplateVersion (seed 32641–33317): the next version of a template, based on LaunchTemplateVersion
 * (default: the default version) with the given parameters on top (seed 32646); at most 30 versions per template.
 */
export default defineAction<CreateLaunchTemplateVersionRequest, CreateLaunchTemplateVersionResponse>((params, ctx) =>
  withClientToken(ctx, params.ClientToken, params, () => ({ LaunchTemplateVersionNumber: createVersion({ ...ctx, region: ctx.region! }, params) })),
);
