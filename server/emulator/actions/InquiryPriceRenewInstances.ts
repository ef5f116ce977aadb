import type {
  InquiryPriceRenewInstancesRequest,
  InquiryPriceRenewInstancesResponse,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { priceRenew } from "../pricing";
import { ApiError } from "../protocol/errors";
import { assertChargeType } from "../state/changes/operations";
import { parsePrepaidPeriod } from "../state/pricing-inputs/charge-prepaid";
import { withDocumentedCodes } from "../state/pricing-inputs/documented-codes";
import { orderOf } from "../state/pricing-inputs/instance-order";
import { assertQuotable, requireQuoteInstances } from "../state/pricing-inputs/quote-instances";
import { sumPrices } from "../state/pricing-inputs/sum-prices";
import { defineAction } from "./types";

/**
 * InquiryPriceRenewInstances (seed 13007–13267): what RenewInstances will charge for Period more months of up to
 * 100 PREPAID instances (seed 13013: "只支持查询包年包月实例的续费价格"; seed 13035: 上限为100) — the price of buying the
 * same configuration for that term, BANDWIDTH_PREPAID bandwidth included. The emulator's data disks are all bought
 * with the instance (non-portable), so RenewPortableDataDisk (seed 13058) changes nothing. DryRun (seed 13046)
 * checks everything and answers DryRunOperation.
 */
export default defineAction<InquiryPriceRenewInstancesRequest, InquiryPriceRenewInstancesResponse>((params, ctx) => {
  const period = parsePrepaidPeriod(params.InstanceChargePrepaid, true)!;
  const recs = requireQuoteInstances(ctx, params.InstanceIds, 100);
  const prepaid = recs.filter((r) => r.InstanceChargeType === "PREPAID");
  if (prepaid.length > 0 && prepaid.length < recs.length) {
    // seed 13237: "不支持操作不同计费方式的实例".
    throw new ApiError("InvalidParameterValue.InstanceNotSupportedMixPricingModel", { en: "Instances of different charge types cannot be priced together.", zh: "不支持操作不同计费方式的实例。" });
  }
  withDocumentedCodes(ctx.action, () => assertChargeType(recs, ["PREPAID"]), { "UnsupportedOperation.InstanceChargeType": "InvalidInstance.NotSupported" });
  for (const rec of recs) assertQuotable(ctx.action, rec, true);
  if (params.DryRun) throw new ApiError("DryRunOperation", { en: "The request would have succeeded, but DryRun was set.", zh: "DryRun 操作，请求将会成功。" });
  return { Price: sumPrices(recs.map((rec) => priceRenew({ ...orderOf(rec), period }))) };
});
