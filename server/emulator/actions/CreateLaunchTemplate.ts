import type { CreateLaunchTemplateRequest, CreateLaunchTemplateResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { withClientToken } from "../state/instances/client-token";
import { createTemplate } from "../state/launch-templates/versions";
import { defineAction } from "./types";

/**
 * CreateLaunchTemplate (seed 31918–32640): a template whose version 1 (the default) holds the given RunInstances
 * parameters, checked by RunInstances' rules except stock. DryRun checks and creates nothing; a ClientToken makes
 * it idempotent.
 */
export default defineAction<CreateLaunchTemplateRequest, CreateLaunchTemplateResponse>((params, ctx) =>
  withClientToken(ctx, params.ClientToken, params, () => ({ LaunchTemplateId: createTemplate({ ...ctx, region: ctx.region! }, params).LaunchTemplateId })),
);
