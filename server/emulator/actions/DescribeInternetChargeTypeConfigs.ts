import type { DescribeInternetChargeTypeConfigsRequest, DescribeInternetChargeTypeConfigsResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { internetChargeTypeConfigs } from "../state/network/charge-types";
import { defineAction } from "./types";

/**
 * DescribeInternetChargeTypeConfigs (seed 30645–30820): the four network billing modes of the seed's example, with
 * Chinese descriptions unless X-TC-Language is en-US.
 */
export default defineAction<DescribeInternetChargeTypeConfigsRequest, DescribeInternetChargeTypeConfigsResponse>((_params, ctx) => ({
  InternetChargeTypeConfigSet: internetChargeTypeConfigs(ctx.language),
}));
