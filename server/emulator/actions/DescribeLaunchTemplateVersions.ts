import type { DescribeLaunchTemplateVersionsRequest, DescribeLaunchTemplateVersionsResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { describeVersions } from "../state/launch-templates/query";
import { defineAction } from "./types";

/**
 * DescribeLaunchTemplateVersions (seed 33648–34006): a template's versions with their data — listed ones, the
 * default one, or a MinVersion–MaxVersion range — Offset/Limit paged.
 */
export default defineAction<DescribeLaunchTemplateVersionsRequest, DescribeLaunchTemplateVersionsResponse>((params, ctx) => describeVersions(ctx, params));
