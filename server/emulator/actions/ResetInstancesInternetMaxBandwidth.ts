import type { ResetInstancesInternetMaxBandwidthRequest, ResetInstancesInternetMaxBandwidthResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { applyBandwidthChange, planBandwidthChange } from "../state/network/bandwidth";
import { defineAction } from "./types";

/**
 * ResetInstancesInternetMaxBandwidth (seed 31066–31345): changes the public bandwidth of up to 100 instances of one
 * billing mode (seed 31084–31086): hourly kinds at once, BANDWIDTH_PREPAID for a StartTime–EndTime window and
 * never lower (seed 31074). The change lands with the operation (LatestOperationState, seed 31088).
 */
export default defineAction<ResetInstancesInternetMaxBandwidthRequest, ResetInstancesInternetMaxBandwidthResponse>((params, ctx) => {
  applyBandwidthChange(ctx, planBandwidthChange(ctx, params, true));
  return {};
});
