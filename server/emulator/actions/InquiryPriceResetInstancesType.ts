import type {
  InquiryPriceResetInstancesTypeRequest,
  InquiryPriceResetInstancesTypeResponse,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { priceChangeType } from "../pricing";
import { ApiError } from "../protocol/errors";
import { typeChangeRefusal } from "../state/changes/type-change";
import { documentedCode } from "../state/pricing-inputs/documented-codes";
import { chargeTypeOf, orderOf, remainingTermOf } from "../state/pricing-inputs/instance-order";
import { assertQuotable, requireQuoteInstances } from "../state/pricing-inputs/quote-instances";
import { defineAction } from "./types";

/** seed 13542: "目前只支持系统盘类型是CLOUD_BSSD、CLOUD_PREMIUM、CLOUD_SSD类型的实例使用该接口进行调整机型询价". */
const QUOTABLE_SYSTEM_DISKS = ["CLOUD_BSSD", "CLOUD_PREMIUM", "CLOUD_SSD"];

/** ResetInstancesType's refusals (state/changes/type-change.ts) under the codes this page documents (seed 13702–13840). */
const CODE_MAP: Record<string, string> = {
  "UnsupportedOperation.SystemDiskType": "InvalidInstance.NotSupported",
  "InvalidParameterValue.InvalidGPUFamilyChange": "UnsupportedOperation.UnsupportedChangeInstanceFamily",
  "ResourceNotFound.InvalidZoneInstanceType": "ResourceUnavailable.InstanceType",
  "UnsupportedOperation.NoInstanceTypeSupportSpot": "UnsupportedOperation.UnsupportedChangeInstanceToThisInstanceFamily",
};

/**
 * InquiryPriceResetInstancesType (seed 13536–13840): the price of changing one instance (seed 13567: 上限为1) to
 * InstanceType, refused exactly as ResetInstancesType refuses it. PREPAID: the monthly difference for the days left
 * in the term at its discount (0 for a downgrade); otherwise the new hourly price (pricing/price-change.ts).
 */
export default defineAction<InquiryPriceResetInstancesTypeRequest, InquiryPriceResetInstancesTypeResponse>((params, ctx) => {
  const [rec] = requireQuoteInstances(ctx, params.InstanceIds, 1);
  assertQuotable(ctx.action, rec);
  if (!QUOTABLE_SYSTEM_DISKS.includes(rec.SystemDisk.DiskType ?? "")) {
    throw new ApiError("InvalidInstance.NotSupported", {
      en: `Instances with a ${rec.SystemDisk.DiskType} system disk cannot be priced for a type change.`,
      zh: `系统盘类型为 ${rec.SystemDisk.DiskType} 的实例不支持调整机型询价。`,
    });
  }
  const refusal = typeChangeRefusal(rec, params.InstanceType);
  if (refusal) throw new ApiError(documentedCode(ctx.action, refusal.code, CODE_MAP), refusal);
  const chargeType = chargeTypeOf(rec);
  const price = priceChangeType({
    ...orderOf(rec),
    newInstanceType: params.InstanceType,
    chargeType,
    ...(chargeType === "PREPAID" ? { term: remainingTermOf(rec, ctx.clock.now()) } : {}),
  });
  return { Price: price };
});
