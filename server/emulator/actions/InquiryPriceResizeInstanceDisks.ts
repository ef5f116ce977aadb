import type {
  InquiryPriceResizeInstanceDisksRequest,
  InquiryPriceResizeInstanceDisksResponse,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { priceResize } from "../pricing";
import { ApiError } from "../protocol/errors";
import { resizedLayout } from "../state/changes/disk-changes";
import { withDocumentedCodes } from "../state/pricing-inputs/documented-codes";
import { chargeTypeOf, orderOf, remainingTermOf } from "../state/pricing-inputs/instance-order";
import { assertQuotable, requireQuoteInstances } from "../state/pricing-inputs/quote-instances";
import { defineAction } from "./types";

/** ResizeInstanceDisks' refusals (state/changes/disk-changes.ts) under the codes this page documents (seed 18228–18290). */
const CODE_MAP: Record<string, string> = {
  "UnsupportedOperation.InvalidDataDisk": "UnsupportedOperation.InvalidDisk",
};

/**
 * InquiryPriceResizeInstanceDisks (seed 17946–18295): the price of growing the system disk or one data disk
 * (seed 17956, 18024: one of DataDisks / SystemDisk, not both), checked as ResizeInstanceDisks checks it. Not for
 * CDH instances (seed 17954). An online resize (ResizeOnline) needs a running instance
 * (UnsupportedOperation.InstanceStateStopped, seed 18284). PREPAID: the disks' monthly difference for the days left;
 * otherwise the new hourly price of instance and disks (pricing/price-change.ts).
 */
export default defineAction<InquiryPriceResizeInstanceDisksRequest, InquiryPriceResizeInstanceDisksResponse>((params, ctx) => {
  const [rec] = requireQuoteInstances(ctx, [params.InstanceId], 1);
  assertQuotable(ctx.action, rec);
  if (rec.InstanceChargeType === "CDHPAID") {
    throw new ApiError("InvalidInstance.NotSupported", { en: "Disk resizes of CDH instances cannot be priced.", zh: "目前不支持CDH实例扩容数据盘询价。" });
  }
  if (params.ResizeOnline === true && rec.InstanceState === "STOPPED") {
    throw new ApiError("UnsupportedOperation.InstanceStateStopped", { en: `The instance ${rec.InstanceId} is STOPPED; it cannot be resized online.`, zh: "请求不支持已关机的实例。" });
  }
  const layout = withDocumentedCodes(ctx.action, () => resizedLayout(rec, params), CODE_MAP);
  const chargeType = chargeTypeOf(rec);
  const order = orderOf(rec);
  const price = priceResize({
    zone: order.zone,
    instanceType: order.instanceType,
    chargeType,
    current: { systemDisk: order.systemDisk, dataDisks: order.dataDisks },
    target: { systemDisk: layout.SystemDisk, dataDisks: layout.DataDisks },
    ...(chargeType === "PREPAID" ? { term: remainingTermOf(rec, ctx.clock.now()) } : {}),
  });
  return { Price: price };
});
