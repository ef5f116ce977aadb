import type {
  InquiryPriceResetInstanceRequest,
  InquiryPriceResetInstanceResponse,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { priceReset } from "../pricing";
import { chargeTypeOf, orderOf, remainingTermOf } from "../state/pricing-inputs/instance-order";
import { assertQuotable, requireQuoteInstances } from "../state/pricing-inputs/quote-instances";
import { quoteReinstall } from "../state/pricing-inputs/reinstall-quote";
import { defineAction } from "./types";

/**
 * InquiryPriceResetInstance (seed 13268–13535): the price of reinstalling an instance with its own or another
 * image (seed 13272), refused as ResetInstance refuses it. Reinstalling is free; a larger system disk (seed
 * 13323–13327: 只支持扩容) is priced like a resize: PREPAID pays the monthly difference for the days left, the others
 * are quoted their new hourly price (the seed example: UnitPrice 0.66 per HOUR, seed 13385).
 */
export default defineAction<InquiryPriceResetInstanceRequest, InquiryPriceResetInstanceResponse>((params, ctx) => {
  const [rec] = requireQuoteInstances(ctx, [params.InstanceId], 1);
  assertQuotable(ctx.action, rec);
  const newSystemDiskSize = quoteReinstall(ctx, rec, params);
  const chargeType = chargeTypeOf(rec);
  const order = orderOf(rec);
  const price = priceReset({
    zone: order.zone,
    instanceType: order.instanceType,
    chargeType,
    systemDisk: order.systemDisk,
    dataDisks: order.dataDisks,
    newSystemDiskSize,
    ...(chargeType === "PREPAID" ? { term: remainingTermOf(rec, ctx.clock.now()) } : {}),
  });
  return { Price: price };
});
