import type { InquiryPriceResetInstancesInternetMaxBandwidthRequest, InquiryPriceResetInstancesInternetMaxBandwidthResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { planBandwidthChange, quoteBandwidthChange } from "../state/network/bandwidth";
import { defineAction } from "./types";

/**
 * InquiryPriceResetInstancesInternetMaxBandwidth (seed 30821–31065): the price of a new public bandwidth, checked
 * as ResetInstancesInternetMaxBandwidth checks it: the new hourly rate (seed example: traffic 0.8 per GB), or the
 * extra cost of a BANDWIDTH_PREPAID window (StartTime–EndTime).
 */
export default defineAction<InquiryPriceResetInstancesInternetMaxBandwidthRequest, InquiryPriceResetInstancesInternetMaxBandwidthResponse>((params, ctx) => ({
  Price: quoteBandwidthChange(planBandwidthChange(ctx, params, false)),
}));
