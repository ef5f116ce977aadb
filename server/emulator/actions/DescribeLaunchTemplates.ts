import type { DescribeLaunchTemplatesRequest, DescribeLaunchTemplatesResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { describeTemplates } from "../state/launch-templates/query";
import { defineAction } from "./types";

/**
 * DescribeLaunchTemplates (seed 31644–31917): the caller's templates by ids or by Filters (LaunchTemplateName and
 * tags), newest first, Offset/Limit (default 20, max 100).
 */
export default defineAction<DescribeLaunchTemplatesRequest, DescribeLaunchTemplatesResponse>((params, ctx) => describeTemplates(ctx, params));
