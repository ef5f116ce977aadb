import type { ConvertOperatingSystemsRequest, ConvertOperatingSystemsResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { convertOperatingSystems } from "../state/images/convert-os";
import { defineAction } from "./types";

/**
 * ConvertOperatingSystems (seed 28263–28506): RUNNING CentOS 7 / 8 instances converted to TencentOS Server (the only
 * target, seed 28320). They stay RUNNING but busy until it lands. DryRun checks and answers the targets only.
 */
export default defineAction<ConvertOperatingSystemsRequest, ConvertOperatingSystemsResponse>((params, ctx) => convertOperatingSystems(ctx, params));
