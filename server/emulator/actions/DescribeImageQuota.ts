import type { DescribeImageQuotaRequest, DescribeImageQuotaResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { imageQuota } from "../state/images/rules";
import { defineAction } from "./types";

/**
 * DescribeImageQuota (seed 25988–26123): how many custom images the account may hold in a region; the same figure
 * DescribeAccountQuota reports in ImageQuotaSet and that CreateImage / ImportImage / SyncImages enforce.
 */
export default defineAction<DescribeImageQuotaRequest, DescribeImageQuotaResponse>(() => ({ ImageNumQuota: imageQuota() }));
