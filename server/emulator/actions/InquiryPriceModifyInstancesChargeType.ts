import type {
  InquiryPriceModifyInstancesChargeTypeRequest,
  InquiryPriceModifyInstancesChargeTypeResponse,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { priceChargeTypeChange } from "../pricing";
import { ApiError, invalidParameterValue } from "../protocol/errors";
import { pendingTimerOf } from "../state/changes/action-timers";
import { assertChargeType } from "../state/changes/operations";
import { parsePrepaidPeriod } from "../state/pricing-inputs/charge-prepaid";
import { orderOf } from "../state/pricing-inputs/instance-order";
import { assertQuotable, requireQuoteInstances } from "../state/pricing-inputs/quote-instances";
import { sumPrices } from "../state/pricing-inputs/sum-prices";
import { defineAction } from "./types";

const TARGETS = ["PREPAID", "POSTPAID_BY_HOUR"] as const;

/**
 * InquiryPriceModifyInstancesChargeType (seed 13841–14096): the price of up to 100 instances (seed 13869) under
 * the other charge type — PREPAID for Period months (required then, seed 13921) or POSTPAID_BY_HOUR per hour
 * (seed 13873–13879), from the same model as a purchase. Spot, CDH, stopped-without-charging instances and
 * instances with a scheduled termination cannot switch (seed 13847).
 */
export default defineAction<InquiryPriceModifyInstancesChargeTypeRequest, InquiryPriceModifyInstancesChargeTypeResponse>((params, ctx) => {
  const to = params.InstanceChargeType as (typeof TARGETS)[number];
  if (!TARGETS.includes(to)) throw invalidParameterValue("InstanceChargeType", `"${to}" is not one of ${TARGETS.join(", ")}`);
  const period = to === "PREPAID" ? parsePrepaidPeriod(params.InstanceChargePrepaid, true) : undefined;
  const recs = requireQuoteInstances(ctx, params.InstanceIds, 100);
  // Only the other of the two charge types can switch to `to` (UnsupportedOperation.InstanceChargeType, seed 14090).
  assertChargeType(recs, TARGETS.filter((t) => t !== to));
  for (const rec of recs) assertQuotable(ctx.action, rec);
  const barred = recs.find((r) => r.StopChargingMode === "STOP_CHARGING" || pendingTimerOf(ctx, r.InstanceId));
  if (barred) {
    throw new ApiError("InvalidInstance.NotSupported", {
      en: `The instance ${barred.InstanceId} is shut down without charging or has a scheduled termination; its charge type cannot change.`,
      zh: `实例 ${barred.InstanceId} 为关机不收费实例或已设置定时销毁，不支持切换计费模式。`,
    });
  }
  // The bandwidth keeps its own billing (pricing/price-instance.ts): only the instance and its disks switch.
  const prices = recs.map((rec) => {
    const { zone, instanceType, systemDisk, dataDisks } = orderOf(rec);
    return priceChargeTypeChange({ zone, instanceType, systemDisk, dataDisks, chargeType: to, period });
  });
  return { Price: sumPrices(prices) };
});
