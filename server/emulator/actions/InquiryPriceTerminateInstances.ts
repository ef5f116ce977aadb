import type {
  InquiryPriceTerminateInstancesRequest,
  InquiryPriceTerminateInstancesResponse,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError } from "../protocol/errors";
import { requireQuoteInstances } from "../state/pricing-inputs/quote-instances";
import { refundOf } from "../state/pricing-inputs/refund-quote";
import { defineAction } from "./types";

/**
 * InquiryPriceTerminateInstances (seed 18922–19138): what terminating up to 100 instances (seed 18932) gives back,
 * one InstanceRefund each (state/pricing-inputs/refund-quote.ts). As for TerminateInstances, a batch must be of
 * one charge type (seed 19155: "批量操作时，所有实例的付费类型必须一致"; UnsupportedOperation.InstanceMixedPricingModel,
 * seed 19130).
 */
export default defineAction<InquiryPriceTerminateInstancesRequest, InquiryPriceTerminateInstancesResponse>((params, ctx) => {
  const recs = requireQuoteInstances(ctx, params.InstanceIds, 100);
  const prepaid = recs.filter((r) => r.InstanceChargeType === "PREPAID").length;
  if (prepaid > 0 && prepaid < recs.length) {
    throw new ApiError("UnsupportedOperation.InstanceMixedPricingModel", { en: "Instances of different charge types cannot be terminated together.", zh: "不支持混合付费模式。" });
  }
  const now = ctx.clock.now();
  return { InstanceRefundsSet: recs.map((rec) => refundOf(rec, now)) };
});
