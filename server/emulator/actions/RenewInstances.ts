import type { RenewInstancesRequest, RenewInstancesResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError } from "../protocol/errors";
import { parsePrepaid, renewInstance } from "../state/changes/billing";
import { assertAllOperable, assertChargeType, finishImmediately, requireBatch } from "../state/changes/operations";
import { defineAction } from "./types";

/**
 * RenewInstances (seed 14832–15083): extend the term of up to 100 PREPAID instances (seed 14860) by
 * InstanceChargePrepaid.Period months (required for prepaid instances, seed 14868), billed at the price
 * InquiryPriceRenewInstances quotes. ExpiredTime grows from the current expiry; an instance isolated at expiry
 * (SHUTDOWN) is restored. A batch mixing charge types is refused (seed 15050).
 */
export default defineAction<RenewInstancesRequest, RenewInstancesResponse>((params, ctx) => {
  const recs = requireBatch(ctx, params.InstanceIds, 100);
  const prepaid = recs.filter((r) => r.InstanceChargeType === "PREPAID");
  if (prepaid.length > 0 && prepaid.length < recs.length) {
    throw new ApiError("InvalidParameterValue.InstanceNotSupportedMixPricingModel", {
      en: "Instances of different charge types cannot be renewed together.",
      zh: "不支持操作不同计费方式的实例。",
    });
  }
  assertChargeType(recs, ["PREPAID"]);
  const { period, renewFlag } = parsePrepaid(params.InstanceChargePrepaid);
  assertAllOperable(ctx, recs, ["RUNNING", "STOPPED", "SHUTDOWN", "RESCUE_MODE"]);
  ctx.store.transaction(() => {
    for (const rec of recs) {
      renewInstance(rec, period, renewFlag);
      finishImmediately(ctx, rec);
    }
  });
  return {};
});
